import Planning
import Reports

/// `staffplan compare`: scenarios side by side.
enum CompareCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "compare",
    summary: "Scenarios side by side: people, cost, service, coverage and hires, with deltas.",
    discussion: """
      Plans each scenario (requirements, headcount, a 12-month hiring plan and the weekly
      shift design; no roster, so paid hours come from the shifts) and prints one column
      per scenario with the delta against the first, then the resolved inputs that differ.
      Every scenario must plan on the same interval grid; different grids are refused.
      The SLA-credit row gives the credits owed a month under a scenario's sla_credits:
      accounts × monthly fee × the credit of the lowest threshold that attainment falls
      below, where attainment is the share of the tier's contacts arriving in intervals
      staffed to their channel's requirement (the blended team's shift coverage, given to
      phone, then chat, email the rest); "not defined" where the section is absent.
      """,
    arguments: [ArgumentSpec("FILE", help: "two or more scenario YAML files", variadic: true)],
    options: [
      OptionSpec("format", value: "FORMAT", help: "text (default), markdown, csv, json or html."),
      OptionSpec("quiet", help: "No progress on stderr."),
    ],
    examples: [
      "staffplan compare scenarios/travis-baseline.yaml scenarios/growth-50.yaml",
      "staffplan compare scenarios/*.yaml --format html > compare.html",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count >= 2 else {
      throw UsageError("expected two or more scenario FILEs")
    }
    let format = try OutputFormat.parse(
      arguments.value("format"), accepted: [.text, .markdown, .csv, .json, .html])
    let paths = arguments.positionals
    let scenarios = try paths.map { try ScenarioFile.load($0) }
    if let first = scenarios.first,
      let other = scenarios.indices.first(where: {
        scenarios[$0].intervalMinutes != first.intervalMinutes
      })
    {
      throw DataError(
        "\(paths[other]) plans on \(scenarios[other].intervalMinutes)-minute intervals but "
          + "\(paths[0]) on \(first.intervalMinutes)-minute intervals; compare needs one "
          + "planning grid: set the same `interval:` in every scenario (no resampling is done)")
    }
    let progress = StageProgress(console: console, enabled: !arguments.has("quiet"))
    var figures: [PlanFigures] = []
    for (path, scenario) in zip(paths, scenarios) {
      figures.append(try progress.stage("plan \(path)") { try CompareRun.figures(scenario) })
    }
    let differences = ScenarioDifference.between(scenarios.map(ScenarioPrinter.yaml))
    switch format {
    case .markdown: console.writeOutput(CompareReport.markdown(figures, differences: differences))
    case .csv: console.writeOutput(CompareReport.csv(figures))
    case .json:
      console.writeOutput(
        CompareReport.json(figures, differences: differences).rendered(pretty: true) + "\n")
    case .html:
      console.writeOutput(CompareReport.html(figures, differences: differences).rendered())
    default: console.writeOutput(CompareReport.text(figures, differences: differences))
    }
  }
}
