import Planning
import Reports

/// `staffplan capacity`: the monthly hiring plan.
enum CapacityCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "capacity",
    summary: "Monthly hiring plan: required vs available per role, hires, training and cost.",
    discussion: """
      A multi-period MIP: hires per month and role minimise payroll plus a penalty per
      FTE-month of shortfall, given monthly volume (growth rate or explicit list in the
      scenario's capacity section), starting headcount, attrition, the hiring lead time, 30
      days of onboarding at zero productivity and certification at 60 days, and the class
      size. A gap that cannot be closed because of the lead time is warned about.
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("months", value: "N", help: "Horizon in months (default: the scenario's, 12)."),
      OptionSpec("format", value: "FORMAT", help: "text (default), csv or json."),
      OptionSpec("write-model", value: "FILE.mps", help: "Also write the MIP as free MPS."),
    ],
    examples: [
      "staffplan capacity scenarios/travis-baseline.yaml --months 12",
      "staffplan capacity scenarios/growth-50.yaml --months 24 --format csv",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one scenario FILE") }
    let format = try OutputFormat.parse(arguments.value("format"), accepted: [.text, .csv, .json])
    var scenario = try ScenarioFile.load(arguments.positionals[0])
    if arguments.value("months") != nil {
      scenario.capacity.months = try SimulateCommand.wholeNumber(
        arguments, "months", default: 12, minimum: 1)
    }
    let requirements = try RequirementsRun.compute(scenario)
    let headcount = try HeadcountRun(scenario: scenario, requirements: requirements)
    let run = try CapacityRun(scenario: scenario, headcount: headcount)
    if let path = arguments.value("write-model") {
      try ModelFile.write(run.model.model, to: path)
    }
    switch format {
    case .csv: console.writeOutput(CapacityReport.csv(run.plan))
    case .json: console.writeOutput(CapacityReport.json(run.plan).rendered(pretty: true) + "\n")
    default: console.writeOutput(CapacityReport.text(run.plan))
    }
    if !run.plan.isFeasible {
      throw DataError(messages: run.plan.conflicts.map(\.message))
    }
  }
}

/// The capacity stage for the commands that need it.
struct CapacityRun {
  let model: CapacityModel
  let plan: CapacityPlan

  init(scenario: Scenario, headcount: HeadcountRun) throws {
    do {
      let inputs = try CapacityPlanInputs(scenario: scenario, headcount: headcount.inputs)
      model = try CapacityModel(inputs)
      plan = try model.solve(options: CapacityModel.defaultSolveOptions)
    } catch {
      throw DataError("capacity: \(error)")
    }
  }
}
