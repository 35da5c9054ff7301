import Foundation
import Optimization
import Planning
import Reports

/// `staffplan headcount`: people per role from the week's requirements, ratios, coverage
/// windows, caps and costs.
enum HeadcountCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "headcount",
    summary: "How many agents, escalation engineers, TAMs and on-call per role, at what cost, and why.",
    discussion: """
      An integer program over the week's requirement hours per role (from the requirements
      stage), coverage floors (a 24×7 seat is 168 h a week, a 24×5 seat 120 h, before
      shrinkage), customer ratios, the weighted TAM coverage of Enterprise accounts and the
      optional budget and headcount caps, minimising monthly cost (COIN-OR CBC). Each role
      shows the constraint that binds. When caps conflict, the conflict is named in the
      scenario's terms and the best plan with the caps relaxed is shown (exit 1).
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("format", value: "FORMAT", help: "text (default), csv or json."),
      OptionSpec("explain", help: "Every floor of every role, in FTE."),
      OptionSpec("write-model", value: "FILE.mps", help: "Also write the MIP as free MPS."),
    ],
    examples: [
      "staffplan headcount scenarios/travis-baseline.yaml",
      "staffplan headcount scenarios/growth-50.yaml --format json",
      "staffplan headcount scenarios/travis-baseline.yaml --write-model headcount.mps",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one scenario FILE") }
    let format = try OutputFormat.parse(arguments.value("format"), accepted: [.text, .csv, .json])
    let scenario = try ScenarioFile.load(arguments.positionals[0])
    let requirements = try RequirementsRun.compute(scenario)
    let run = try HeadcountRun(scenario: scenario, requirements: requirements)
    if let path = arguments.value("write-model") {
      try ModelFile.write(run.model.model, to: path)
    }
    switch format {
    case .csv: console.writeOutput(HeadcountReport.csv(run.plan))
    case .json:
      console.writeOutput(HeadcountReport.json(run.plan, band: run.band).rendered(pretty: true) + "\n")
    default:
      console.writeOutput(HeadcountReport.text(run.plan, band: run.band, explain: arguments.has("explain")))
    }
    if !run.plan.isFeasible {
      throw DataError(messages: run.plan.conflicts.map(\.message))
    }
  }
}

/// The headcount stage for the commands that need it.
struct HeadcountRun {
  let inputs: HeadcountInputs
  let model: HeadcountModel
  let plan: HeadcountPlan
  let band: GuideBandComparison

  init(scenario: Scenario, requirements: WeeklyRequirements) throws {
    do {
      inputs = try HeadcountInputs(
        scenario: scenario, weeklyRequirementHours: requirements.productiveHoursByRole)
      model = try HeadcountModel(inputs)
      plan = try model.solve()
    } catch {
      throw DataError("headcount: \(error)")
    }
    band = GuideBand.guide.compare(plan, inputs: inputs)
  }
}

/// Writes a model as free MPS for `--write-model`, whole or not at all.
enum ModelFile {
  static func write(_ model: OptimizationModel, to path: String) throws {
    guard path.hasSuffix(".mps") else {
      throw UsageError("--write-model \(path): expected a file name ending in .mps")
    }
    do {
      try Data(model.mpsText().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw DataError("\(path): could not write the model (\(error.localizedDescription))")
    }
  }
}
