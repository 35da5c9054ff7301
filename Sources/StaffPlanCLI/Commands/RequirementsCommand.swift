import Planning
import Reports

/// `staffplan requirements FILE`: every stream's requirement for every interval of the week.
enum RequirementsCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "requirements",
    summary: "Agents each channel needs in every interval of the week, and why.",
    discussion: """
      Loads a scenario (scenarios/README.md) and computes, per UTC interval of its grid, the
      agents on the floor and to schedule for each stream: chat and phone by Erlang C (Erlang A
      with patience) on the tier targets under the priority policy, email by the backlog model
      (work answered inside its window, levelled), escalation engineers by the time-varying
      chain, P1 on-call by Erlang B, each with its method. Text shows a day × hour view per
      channel and the weekly totals (agent-hours, peak, scheduled hours, FTE); CSV one row per
      channel and interval; JSON both. --explain prints every input and intermediate value of
      one interval. Exit status: 0 success, 1 bad scenario, 64 command-line misuse.
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("format", value: "FORMAT", help: "text (default), csv or json."),
      OptionSpec(
        "explain", value: "\"DAY HH:MM CHANNEL\"",
        help: "Explain one interval, e.g. \"Tue 10:30 chat\" (UTC, on the grid)."),
    ],
    examples: [
      "staffplan requirements scenarios/travis-baseline.yaml",
      "staffplan requirements scenarios/growth-50.yaml --format csv > growth.csv",
      "staffplan requirements scenarios/travis-baseline.yaml --format json",
      "staffplan requirements scenarios/travis-baseline.yaml --explain \"Tue 10:30 chat\"",
    ])

  static let formats = ["text", "csv", "json"]

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else {
      throw UsageError(
        arguments.positionals.isEmpty
          ? "expected FILE, e.g. 'staffplan requirements scenarios/travis-baseline.yaml'"
          : "unexpected argument '\(arguments.positionals[1])'; expected one FILE",
        command: spec.name)
    }
    let format = arguments.value("format") ?? "text"
    guard formats.contains(format) else {
      throw UsageError("--format: unknown format '\(format)'; accepted: text, csv, json")
    }
    let explain = arguments.value("explain")
    if explain != nil && arguments.has("format") && format != "text" {
      throw UsageError("--explain prints text; it does not combine with --format \(format)")
    }
    let path = arguments.positionals[0]
    let scenario = try ScenarioFile.load(path)
    let week: WeeklyRequirements
    do {
      week = try WeeklyRequirements(scenario: scenario)
    } catch {
      throw DataError(messages: ["\(path): \(error.description)"])
    }
    if let explain {
      let slot: RequirementSlot
      let explanation: RequirementExplanation
      do {
        slot = try RequirementSlot(parsing: explain, intervalMinutes: week.intervalMinutes)
        explanation = try week.explain(slot)
      } catch {
        throw UsageError("--explain: \(error.description)")
      }
      console.writeOutput(RequirementsReport.explanation(explanation))
      return
    }
    switch format {
    case "csv": console.writeOutput(RequirementsReport.csv(week))
    case "json": console.writeOutput(RequirementsReport.json(week).rendered(pretty: true) + "\n")
    default: console.writeOutput(RequirementsReport.text(week))
    }
  }
}
