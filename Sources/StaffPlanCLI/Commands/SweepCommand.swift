import Planning
import Reports

/// `staffplan sweep`: one input varied over a range.
enum SweepCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "sweep",
    summary: "Vary one input over a range: headcount, cost and service level against it.",
    discussion: """
      Plans the scenario (requirements, headcount and the weekly shift design, as compare
      does, without the hiring plan or roster) once per value of KEY and prints a table
      (text, csv, json) or a page with line charts (html). Keys: \(SweepKey.accepted).
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("vary", value: "KEY=FROM..TO:STEP", help: "The input and its range (required)."),
      OptionSpec("format", value: "FORMAT", help: "text (default), csv, json or html."),
      OptionSpec("quiet", help: "No progress on stderr."),
    ],
    examples: [
      "staffplan sweep scenarios/travis-baseline.yaml --vary volume=0.8..1.5:0.1",
      "staffplan sweep scenarios/travis-baseline.yaml --vary chat.standard.within=60s..600s:60s",
      "staffplan sweep scenarios/travis-baseline.yaml --vary shrinkage=25..40:5 --format html",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one scenario FILE") }
    guard let vary = arguments.value("vary") else {
      throw UsageError("--vary KEY=FROM..TO:STEP is required; keys: \(SweepKey.accepted)")
    }
    let format = try OutputFormat.parse(
      arguments.value("format"), accepted: [.text, .csv, .json, .html])
    let (key, values, label) = try SweepKey.parse(vary)
    let scenario = try ScenarioFile.load(arguments.positionals[0])
    let progress = StageProgress(console: console, enabled: !arguments.has("quiet"))
    var points: [SweepReport.Point] = []
    for value in values {
      let changed = try key.apply(value, to: scenario)
      let figures = try progress.stage("\(label) = \(NumberText.trimmed(value))") {
        try CompareRun.figures(changed, capacity: false)
      }
      points.append(SweepReport.Point(value: value, figures: figures))
    }
    switch format {
    case .csv: console.writeOutput(SweepReport.csv(points, key: label))
    case .json:
      console.writeOutput(
        SweepReport.json(points, key: label, unit: key.unit).rendered(pretty: true) + "\n")
    case .html:
      console.writeOutput(SweepReport.html(points, key: label, unit: key.unit).rendered())
    default: console.writeOutput(SweepReport.text(points, key: label, unit: key.unit))
    }
  }
}
