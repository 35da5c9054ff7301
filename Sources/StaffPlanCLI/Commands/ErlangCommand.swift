import Planning
import Queueing
import Reports

/// `staffplan erlang`: size one interval (or a CSV of intervals) with Erlang C or Erlang A.
enum ErlangCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "erlang",
    summary: "Size one interval with Erlang C (or Erlang A with --patience), or a CSV of them.",
    discussion: """
      Finds the smallest number of agents meeting every target given (service level, ASA,
      occupancy cap, abandonment cap), then the agents to schedule after shrinkage, and a
      staffing table of N−3 … N+5. Durations need a unit (20s, 4m, 1.5h); percentages are
      written 80% or 0.8. With --agents N it evaluates N agents instead of sizing.
      Exit status: 0 success, 1 bad data or targets that cannot be met, 64 command-line misuse.
      """,
    options: [
      OptionSpec("volume", value: "N", help: "Contacts arriving per interval (≥ 0; required)."),
      OptionSpec("interval", value: "DURATION", help: "Interval length (default 30m)."),
      OptionSpec("aht", value: "DURATION", help: "Average handle time per contact (required)."),
      OptionSpec("target", value: "DURATION", help: "Answer-time target of the service level."),
      OptionSpec("service-level", value: "PCT", help: "Share answered within --target (80%)."),
      OptionSpec("asa", value: "DURATION", help: "Maximum average speed of answer."),
      OptionSpec("max-occupancy", value: "PCT", help: "Maximum agent occupancy (e.g. 85%)."),
      OptionSpec("shrinkage", value: "PCT", help: "Share of paid time unavailable (default 0%)."),
      OptionSpec("patience", value: "DURATION", help: "Mean patience: switches to Erlang A."),
      OptionSpec("max-abandon", value: "PCT", help: "Maximum abandonment (needs --patience)."),
      OptionSpec("concurrency", value: "N", help: "Concurrent chats per agent (chat, 1…5)."),
      OptionSpec(
        "concurrency-factor", value: "F",
        help: "Throughput factor f(c) overriding the table 1, 1.7, 2.5, 2.9, 3.5."),
      OptionSpec("agents", value: "N", help: "Evaluate N agents instead of sizing."),
      OptionSpec("json", help: "Print one JSON object (JSON lines with --batch)."),
      OptionSpec("explain", help: "Show offered load, the formulas and each search step."),
      OptionSpec(
        "batch", value: "FILE.csv",
        help: "Size every row of a CSV; columns named like the options (service_level, …)."),
    ],
    examples: [
      "staffplan erlang --volume 360 --interval 30m --aht 240s --target 20s --service-level 80%",
      "staffplan erlang --volume 100 --aht 3m --target 20s --service-level 80% --patience 3m",
      "staffplan erlang --volume 120 --interval 1h --aht 15m --concurrency 3 --target 60s "
        + "--service-level 80%",
      "staffplan erlang --volume 360 --aht 240s --target 15s --agents 55 --json",
      "staffplan erlang --batch forecast.csv --aht 4m --target 20s --service-level 80% "
        + "--shrinkage 30%",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.isEmpty else {
      throw UsageError(
        "unexpected argument '\(arguments.positionals[0])'; all inputs are options",
        command: spec.name)
    }
    if let batch = arguments.value("batch") {
      if arguments.has("explain") {
        throw UsageError("--explain shows one interval; it does not combine with --batch")
      }
      if arguments.has("agents") || arguments.has("volume") {
        // Allowed: they become defaults for rows without those columns.
      }
      try runBatch(path: batch, arguments: arguments, console: console)
      return
    }
    let fields = ErlangFields { name in arguments.value(name.replacingOccurrences(of: "_", with: "-")) }
    let request: IntervalSizingRequest
    do {
      request = try fields.request()
    } catch {
      throw UsageError("--\(error.field.replacingOccurrences(of: "_", with: "-")): \(error.message)")
    }
    let sizing = try size(request) { field, reason in
      UsageError("--\(field): \(reason)")
    }
    if arguments.has("json") {
      console.writeOutput(ErlangReport.json(sizing).rendered(pretty: true) + "\n")
    } else {
      console.writeOutput(ErlangReport.text(sizing))
      if arguments.has("explain") {
        console.writeOutput("\n" + ErlangReport.explanation(sizing))
      }
    }
  }

  /// Sizes one request; invalid values become `invalid(field, reason)`, unmeetable targets a
  /// data error (exit 1).
  static func size(
    _ request: IntervalSizingRequest, invalid: (String, String) -> Error
  ) throws -> IntervalSizing {
    do {
      return try IntervalSizing(request)
    } catch {
      switch error {
      case .invalid(let field, let reason): throw invalid(field, reason)
      case .staffing(let staffing):
        throw DataError("targets cannot be met: \(staffing)")
      }
    }
  }
}
