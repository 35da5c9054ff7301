import Planning

/// `staffplan scenario show|check FILE`: the resolved scenario, or validation only.
enum ScenarioCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "scenario",
    summary: "Check a scenario file, or show it resolved with every default filled in.",
    discussion: """
      ACTION is `check` (validate only: prints every error as FILE:LINE:COLUMN, exit 1) or
      `show` (print the resolved scenario: base: files merged and every default filled in, so
      all assumptions are visible). The keys are documented in scenarios/README.md.
      """,
    arguments: [
      ArgumentSpec("ACTION", help: "show or check"),
      ArgumentSpec("FILE", help: "the scenario YAML file"),
    ],
    options: [],
    examples: [
      "staffplan scenario check scenarios/travis-baseline.yaml",
      "staffplan scenario show scenarios/growth-50.yaml",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 2 else {
      throw UsageError("expected ACTION and FILE, e.g. 'staffplan scenario check FILE'")
    }
    let action = arguments.positionals[0]
    guard action == "show" || action == "check" else {
      throw UsageError("unknown action '\(action)'; accepted: show, check")
    }
    let scenario = try ScenarioFile.load(arguments.positionals[1])
    if action == "show" {
      console.writeOutput(ScenarioPrinter.yaml(scenario))
    } else {
      console.writeOutput("\(arguments.positionals[1]): ok (scenario '\(scenario.name)')\n")
    }
  }
}

/// Loads scenario files for every command, reading through Foundation and turning the
/// loader's diagnostics into a data error (exit 1) with one line each.
enum ScenarioFile {
  static let loader = ScenarioLoader { path in try InputFile.read(path) }

  static func load(_ path: String) throws -> Scenario {
    do {
      return try loader.load(path: path)
    } catch {
      throw DataError(messages: error.diagnostics.map { diagnostic in
        let text = diagnostic.description
        return text.hasPrefix("error: ") ? String(text.dropFirst(7)) : text
      })
    }
  }
}
