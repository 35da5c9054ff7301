import Planning

/// The command line of one subcommand after parsing against its `CommandSpec`.
public struct ParsedArguments: Sendable {
  public let spec: CommandSpec
  /// Positional arguments in order.
  public let positionals: [String]
  /// Option values by name, in the order given.
  private let values: [String: [String]]

  /// Parses `--name value`, `--name=value` and flags. Unknown options are errors with a
  /// "did you mean" suggestion; `--` ends options.
  public init(_ arguments: [String], spec: CommandSpec) throws {
    self.spec = spec
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !argument.hasPrefix("--") || argument == "-" {
        if argument.hasPrefix("-") && argument.count > 1 && !optionsEnded && argument != "-"
          && Double(argument) == nil
        {
          throw UsageError(
            "unknown option '\(argument)'; options are written --name (see --help)",
            command: spec.name)
        }
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        var message = "unknown option '--\(name)' for 'staffplan \(spec.name)'"
        if let suggestion = closestMatch(to: name, among: spec.options.map(\.name)) {
          message += "; did you mean '--\(suggestion)'?"
        } else {
          message += "; see 'staffplan \(spec.name) --help'"
        }
        throw UsageError(message, command: spec.name)
      }
      let value: String
      if option.takesValue {
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.count else {
            throw UsageError(
              "option '--\(name)' needs a value (\(option.valueName ?? "")): \(option.help)",
              command: spec.name)
          }
          value = arguments[index]
          index += 1
        }
      } else {
        if inlineValue != nil {
          throw UsageError("option '--\(name)' takes no value", command: spec.name)
        }
        value = ""
      }
      if values[name] != nil && !option.repeatable {
        throw UsageError("option '--\(name)' is given more than once", command: spec.name)
      }
      values[name, default: []].append(value)
    }
    self.positionals = positionals
    self.values = values
  }

  /// The value of an option, or nil when not given.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeatable option.
  public func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether a flag (or any option) was given.
  public func has(_ name: String) -> Bool { values[name] != nil }

  /// Names of the options that were given, for cross-checks.
  public var givenOptions: Set<String> { Set(values.keys) }
}
