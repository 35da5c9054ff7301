import Planning

/// The `staffplan` command-line tool: dispatches to a subcommand and turns errors into exit codes.
///
/// It never calls `exit`; `run` returns the status so tests drive it in-process.
public struct StaffPlanTool {
  /// Every subcommand, in the order the overview lists them.
  static let commands: [CommandEntry] = [
    CommandEntry(ErlangCommand.self),
    CommandEntry(ScenarioCommand.self),
    CommandEntry(RequirementsCommand.self),
    CommandEntry(HeadcountCommand.self),
    CommandEntry(CapacityCommand.self),
    CommandEntry(EvaluateCommand.self),
    CommandEntry(SimulateCommand.self),
    CommandEntry(ScheduleCommand.self),
    CommandEntry(CheckRosterCommand.self),
    CommandEntry(PlanCommand.self),
    CommandEntry(CompareCommand.self),
    CommandEntry(SweepCommand.self),
  ]

  public init() {}

  /// Runs the tool on the process's standard streams.
  public func run(arguments: [String]) -> Int32 {
    run(arguments: arguments, console: StandardConsole())
  }

  /// Runs the tool, writing to `console`. Returns the exit status: 0, 1 (bad data) or 64 (usage).
  public func run(arguments: [String], console: Console) -> Int32 {
    guard let first = arguments.first else {
      console.writeError(overview)
      return ExitStatus.usage
    }
    if first == "--help" || first == "-h" || first == "help" {
      if first == "help", arguments.count > 1,
        let command = Self.commands.first(where: { $0.spec.name == arguments[1] })
      {
        console.writeOutput(command.spec.helpText)
      } else {
        console.writeOutput(overview)
      }
      return ExitStatus.success
    }
    if first == "--version" {
      console.writeOutput("staffplan \(Self.version)\n")
      return ExitStatus.success
    }
    guard let command = Self.commands.first(where: { $0.spec.name == first }) else {
      var message = "error: unknown command '\(first)'"
      if let suggestion = closestMatch(to: first, among: Self.commands.map(\.spec.name)) {
        message += "; did you mean '\(suggestion)'?"
      }
      console.writeError(message + "\n\n" + overview)
      return ExitStatus.usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.writeOutput(command.spec.helpText)
      return ExitStatus.success
    }
    do {
      let parsed = try ParsedArguments(rest, spec: command.spec)
      try command.run(parsed, console)
      return ExitStatus.success
    } catch let error as UsageError {
      console.writeError("error: \(error.message)\nusage: \(command.spec.usageLine)\n")
      return ExitStatus.usage
    } catch let error as DataError {
      for message in error.messages { console.writeError("error: \(message)\n") }
      return ExitStatus.dataError
    } catch {
      console.writeError("error: \(error)\n")
      return ExitStatus.dataError
    }
  }

  static let version = "0.1.0"


  /// The list of commands with one line each.
  var overview: String {
    var lines = [
      "staffplan: staffing and shift planning for customer-support teams", "",
      "Usage: staffplan COMMAND [options]   (staffplan COMMAND --help for details)", "",
      "Commands:",
    ]
    for command in Self.commands {
      lines.append("  " + command.spec.name.padding(toWidth: 14) + command.spec.summary)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A registered subcommand: its declaration and its body.
///
/// Held as a struct of closures rather than an array of existential metatypes, which crashes
/// SILGen in Swift 6.3.1 when used inside `do`/`catch`.
struct CommandEntry: Sendable {
  let spec: CommandSpec
  let run: @Sendable (ParsedArguments, Console) throws -> Void

  init<Command: StaffPlanCommand>(_ command: Command.Type) {
    spec = command.spec
    run = { arguments, console in try command.run(arguments, console: console) }
  }
}

/// A subcommand: its declaration and what it does with parsed arguments.
protocol StaffPlanCommand: SendableMetatype {
  static var spec: CommandSpec { get }
  /// Runs the command. Throws `UsageError` (exit 64) or `DataError` (exit 1).
  static func run(_ arguments: ParsedArguments, console: Console) throws
}
