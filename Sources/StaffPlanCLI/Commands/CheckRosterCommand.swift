import Planning
import Reports

/// `staffplan check-roster`: checks any roster, also one made by hand, against the labour rules.
enum CheckRosterCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "check-roster",
    summary: "Check a roster CSV against the scenario's labour rules; list every violation.",
    discussion: """
      ROSTER.csv has the columns agent,role,region,date,start,end,shift,breaks (start and
      end ISO 8601 local times with offset, breaks HH:MM-HH:MM separated by ';'), as
      `staffplan schedule` writes it. Rules and time zones come from the scenario (defaults:
      11 h rest between shifts, 35 h weekly rest, 6 days in a row, 48 h a week and 40 h on
      average, 2 days off together, a weekend off every 3 weeks, 4 nights in a row, forward
      rotation), and each agent the scenario names is held to their contract_hours. Each
      violation: agent, date, rule, and by how much. Exit 1 when there is any.
      Rows whose agent is OPEN are shifts nobody works (schedule writes its gaps so): they
      are counted and listed as open, not checked against the rules.
      """,
    arguments: [ArgumentSpec("ROSTER.csv", help: "the roster to check")],
    options: [
      OptionSpec("scenario", value: "FILE", help: "Scenario whose rules and regions apply (required)."),
      OptionSpec("format", value: "FORMAT", help: "text (default), csv or json."),
    ],
    examples: [
      "staffplan check-roster plan/roster.csv --scenario scenarios/travis-baseline.yaml",
      "staffplan check-roster my-roster.csv --scenario scenarios/travis-baseline.yaml --format csv",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one ROSTER.csv") }
    guard let scenarioPath = arguments.value("scenario") else {
      throw UsageError("--scenario FILE is required: the rules and time zones come from it")
    }
    let format = try OutputFormat.parse(arguments.value("format"), accepted: [.text, .csv, .json])
    let path = arguments.positionals[0]
    let scenario = try ScenarioFile.load(scenarioPath)
    let text = try InputFile.read(path)
    let roster: [RosterAssignment]
    do {
      roster = try RosterCSV.parse(text, regions: scenario.regions, breakRules: scenario.shifts.breaks)
    } catch {
      throw DataError(messages: error.problems.map { "\(path):\($0)" })
    }
    let open = roster.filter { $0.agent == RosterGap.openAgent }
    let worked = roster.filter { $0.agent != RosterGap.openAgent }
    let violations = LabourRuleChecker(scenario: scenario).check(worked)
    console.writeOutput(RuleViolationReport.render(
      violations, format: format.rawValue, checked: worked.count, source: path, open: open))
    if !violations.isEmpty {
      throw DataError("\(path): \(violations.count) labour-rule violation(s)")
    }
  }
}
