/// One problem in a scenario file, at its place: `error: FILE:LINE:COLUMN: message`.
///
/// The message says what is wrong and, after `; `, what is accepted.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public init(mark: SourceMark, message: String) {
    self.init(file: mark.file, line: mark.line, column: mark.column, message: message)
  }

  public var mark: SourceMark { SourceMark(file: file, line: line, column: column) }

  /// The line printed on stderr: `error: FILE:LINE:COLUMN: message`.
  public var description: String { "error: \(file):\(line):\(column): \(message)" }
}

/// A scenario that could not be loaded, with every problem found (not just the first).
public struct ScenarioLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// In file order within each file; base files first.
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// One `error: …` line per diagnostic.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
