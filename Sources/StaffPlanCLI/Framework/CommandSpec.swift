/// One option of a command: the same declaration drives parsing and the help text.
public struct OptionSpec: Sendable {
  /// The long name without dashes: `volume` for `--volume`.
  public let name: String
  /// The placeholder shown in help (`N`, `DURATION`, `PCT`); nil for a flag without value.
  public let valueName: String?
  /// One line of help, with the unit and the default.
  public let help: String
  /// Whether the option may be given more than once (each value is kept).
  public let repeatable: Bool

  public init(_ name: String, value: String? = nil, help: String, repeatable: Bool = false) {
    self.name = name
    self.valueName = value
    self.help = help
    self.repeatable = repeatable
  }

  public var takesValue: Bool { valueName != nil }
}

/// A positional argument, for help and for counting.
public struct ArgumentSpec: Sendable {
  public let name: String
  public let help: String
  /// Whether more than one may be given (`FILE…`).
  public let variadic: Bool
  public let optional: Bool

  public init(_ name: String, help: String, variadic: Bool = false, optional: Bool = false) {
    self.name = name
    self.help = help
    self.variadic = variadic
    self.optional = optional
  }
}

/// The declaration of a subcommand: its name, what it does, its arguments, options and examples.
public struct CommandSpec: Sendable {
  public let name: String
  public let summary: String
  public let discussion: String
  public let arguments: [ArgumentSpec]
  public let options: [OptionSpec]
  public let examples: [String]

  public init(
    name: String, summary: String, discussion: String = "", arguments: [ArgumentSpec] = [],
    options: [OptionSpec], examples: [String] = []
  ) {
    self.name = name
    self.summary = summary
    self.discussion = discussion
    self.arguments = arguments
    self.options = options + [OptionSpec("help", help: "Show this help.")]
    self.examples = examples
  }

  /// `staffplan NAME ARG… [options]`.
  public var usageLine: String {
    var parts = ["staffplan", name]
    for argument in arguments {
      var text = argument.name + (argument.variadic ? "…" : "")
      if argument.optional { text = "[" + text + "]" }
      parts.append(text)
    }
    parts.append("[options]")
    return parts.joined(separator: " ")
  }

  /// The help text generated from the declaration.
  public var helpText: String {
    var lines = ["\(summary)", "", "Usage: \(usageLine)"]
    if !discussion.isEmpty { lines += ["", discussion] }
    if !arguments.isEmpty {
      lines += ["", "Arguments:"]
      for argument in arguments {
        lines.append("  " + argument.name.padding(toWidth: 24) + argument.help)
      }
    }
    lines += ["", "Options:"]
    for option in options {
      var head = "--" + option.name
      if let value = option.valueName { head += " " + value }
      let padded = head.padding(toWidth: 24)
      if padded.count > 24 {
        lines.append("  " + head)
        lines.append("  " + String(repeating: " ", count: 24) + option.help)
      } else {
        lines.append("  " + padded + option.help)
      }
    }
    if !examples.isEmpty {
      lines += ["", "Examples:"]
      lines += examples.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The string followed by spaces up to `width` characters (never truncated).
  func padding(toWidth width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
