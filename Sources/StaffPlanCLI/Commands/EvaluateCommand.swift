import Planning
import Queueing
import Reports

/// `staffplan evaluate`: the time-varying check of a plan's live channels.
enum EvaluateCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "evaluate",
    summary: "Check a plan with the time-varying queue: promised vs evaluated service level.",
    discussion: """
      Per-interval Erlang treats every interval as steady and independent; it over-promises
      at shift changes, after peaks and for long work. This integrates the M(t)/M/s(t)+M
      forward equations over the week (backward Euler at 1-minute steps, one tridiagonal
      LAPACKE solve each; backlog carries across intervals) and lists the intervals where
      the plan misses its target. PATH is a plan folder written by `staffplan plan` (its
      scenario.yaml and coverage.csv) or a scenario file (then the agents are the
      per-interval requirement, unless --coverage gives a coverage.csv).
      """,
    arguments: [ArgumentSpec("PATH", help: "plan folder or scenario file")],
    options: [
      OptionSpec("coverage", value: "FILE.csv", help: "Scheduled agents (day,time,channel,required,scheduled)."),
      OptionSpec("channel", value: "NAME", help: "Only this live channel (chat or phone)."),
      OptionSpec("format", value: "FORMAT", help: "text (default) or json."),
    ],
    examples: [
      "staffplan evaluate plan/",
      "staffplan evaluate scenarios/travis-baseline.yaml --channel chat",
      "staffplan evaluate scenarios/travis-baseline.yaml --coverage plan/coverage.csv --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else {
      throw UsageError("expected one PATH: a plan folder or a scenario file")
    }
    let format = try OutputFormat.parse(arguments.value("format"), accepted: [.text, .json])
    let source = try PlanSource.load(
      path: arguments.positionals[0], coveragePath: arguments.value("coverage"),
      channel: arguments.value("channel"))
    var checks: [ChannelEvaluation] = []
    for (workload, agents) in source.channels {
      do {
        let report = try PlanEvaluation.evaluate(
          arrivals: workload.arrivals, agents: agents, handleSeconds: workload.handleSeconds,
          patienceSeconds: workload.patienceSeconds, intervalSeconds: workload.intervalSeconds,
          targetSeconds: workload.targetSeconds, serviceLevelGoal: workload.serviceLevelGoal)
        checks.append(ChannelEvaluation(workload: workload, report: report))
      } catch {
        throw DataError("\(workload.channel.rawValue): \(error)")
      }
    }
    switch format {
    case .json:
      console.writeOutput(
        EvaluationReport.json(checks, agentsSource: source.agentsSource).rendered(pretty: true)
          + "\n")
    default:
      console.writeOutput(EvaluationReport.text(checks, agentsSource: source.agentsSource))
    }
  }
}

/// The output formats commands accept with `--format`.
enum OutputFormat: String, CaseIterable {
  case text, csv, json, markdown, html

  /// Parses `--format`; nil means text. Anything outside `accepted` is a usage error.
  static func parse(_ value: String?, accepted: [OutputFormat]) throws -> OutputFormat {
    guard let value else { return .text }
    guard let format = OutputFormat(rawValue: value.lowercased()), accepted.contains(format)
    else {
      throw UsageError(
        "--format \(value): unknown format; accepted: "
          + accepted.map(\.rawValue).joined(separator: ", "))
    }
    return format
  }
}
