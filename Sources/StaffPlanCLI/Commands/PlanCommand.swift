import Foundation
import Planning
import Reports

/// `staffplan plan`: every stage from one scenario into one folder.
enum PlanCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "plan",
    summary:
      "Plan everything from a scenario: requirements, headcount, hiring, shifts, roster, report.",
    discussion: """
      Runs the requirements, headcount, capacity (hiring plan) and schedule stages and writes
      into DIR: summary.txt, summary.md, requirements.csv, headcount.csv, capacity.csv,
      roster.csv, coverage.csv, calendars/, report.html, plan.json and scenario.yaml (the
      resolved scenario, so `staffplan evaluate DIR` and `simulate DIR` work on the folder).
      Files are written whole or not at all, and the same scenario gives the same bytes: by
      default the shift design is the deterministic heuristic with its LP bound and gap
      reported; --time-limit S > 0 also runs CBC for up to S seconds, which may find a
      cheaper plan but can differ from run to run. --validate checks the live channels with
      the time-varying queue, raises the requirement where an interval misses its target,
      re-plans the shifts and reports the rounds and the added cost. A partial plan
      (conflicting caps; intervals uncovered, shifts open or labour rules broken) is still
      written whole, each problem is named on stderr, and the exit status is 1.
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("out", value: "DIR", help: "Output folder (required; replaced whole)."),
      OptionSpec("months", value: "N", help: "Capacity horizon in months (default 12)."),
      OptionSpec("weeks", value: "N", help: "Weeks of roster and calendars (default 4)."),
      OptionSpec(
        "time-limit", value: "SECONDS", help: "CBC time limit for shifts (default 0: heuristic)."),
      OptionSpec("validate", help: "Close the loop: evaluate, raise, re-plan shifts."),
      OptionSpec("quiet", help: "No progress on stderr."),
    ],
    examples: [
      "staffplan plan scenarios/travis-baseline.yaml --out plan/",
      "staffplan plan scenarios/growth-50.yaml --out growth/ --months 24 --validate",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one scenario FILE") }
    guard let out = arguments.value("out") else { throw UsageError("--out DIR is required") }
    let months = try SimulateCommand.wholeNumber(arguments, "months", default: 12, minimum: 1)
    let weeks = try SimulateCommand.wholeNumber(arguments, "weeks", default: 4, minimum: 1)
    let timeLimit = try timeLimit(arguments)
    let progress = StageProgress(console: console, enabled: !arguments.has("quiet"))
    let scenario = try ScenarioFile.load(arguments.positionals[0])
    try OutputFolder.checkWritable(out)
    let plan = try PlanRun(
      scenario: scenario, capacityMonths: months, timeLimit: timeLimit, weeks: weeks,
      progress: progress)
    var validation: PlanValidationFigures?
    if arguments.has("validate") {
      validation = try progress.stage("validate (time-varying evaluation, raise, re-plan)") {
        try PlanValidation.run(plan)
      }
    }
    let written: [String: String] = try progress.stage("report and files") {
      Self.files(plan, validation: validation)
    }
    try OutputFolder.write(written, to: out)
    for warning in plan.warnings { progress.note("warning: \(warning)") }
    console.writeOutput(written["summary.txt"] ?? "")
    let problems = plan.problems
    if !problems.isEmpty {
      throw DataError(
        messages: problems + ["plan: the best partial plan was written to \(out)"])
    }
  }

  /// `--time-limit`: seconds ≥ 0; 0 (the default) keeps the deterministic heuristic.
  static func timeLimit(_ arguments: ParsedArguments) throws -> Double {
    guard let text = arguments.value("time-limit") else { return PlanRun.defaultTimeLimit }
    guard let value = Double(text), value >= 0, value.isFinite else {
      throw UsageError("--time-limit \(text): expected seconds, 0 or more (0: heuristic only)")
    }
    return value
  }

  /// Every file of the plan folder, by relative path.
  static func files(_ plan: PlanRun, validation: PlanValidationFigures?) -> [String: String] {
    var files = ScheduleRun.files(plan.schedule)
    files["summary.txt"] = PlanSummary.text(plan.figures, validation: validation)
    files["summary.md"] = PlanSummary.markdown(plan.figures, validation: validation)
    files["requirements.csv"] = RequirementsReport.csv(plan.requirements)
    files["headcount.csv"] = HeadcountReport.csv(plan.headcount.plan)
    if let capacity = plan.capacity { files["capacity.csv"] = CapacityReport.csv(capacity.plan) }
    files["scenario.yaml"] = ScenarioPrinter.yaml(plan.scenario)
    files["report.html"] = PlanHTMLReport.document(
      figures: plan.figures, schedule: plan.schedule, capacity: plan.capacity?.plan,
      validation: validation
    ).rendered()
    var json: [(String, JSONValue)] = [
      ("figures", PlanSummary.json(plan.figures, validation: validation)),
      ("headcount", HeadcountReport.json(plan.headcount.plan, band: plan.headcount.band)),
    ]
    if let capacity = plan.capacity {
      json.append(("capacity", CapacityReport.json(capacity.plan)))
    }
    json.append(("schedule", ScheduleReport.json(plan.schedule)))
    files["plan.json"] = JSONValue.object(json).rendered(pretty: true) + "\n"
    return files
  }
}
