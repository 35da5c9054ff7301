/// A place in a scenario file: the file as the user named it, 1-based line and column.
public struct SourceMark: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE:COLUMN`, the prefix of every diagnostic.
  public var description: String { "\(file):\(line):\(column)" }
}

/// One node of a parsed YAML document, with the place it was written.
///
/// Only what scenario files need: scalars keep their text and whether they were quoted (a
/// quoted `"12"` is a string, not a number); mappings keep their keys in file order.
struct YAMLNode: Sendable, Equatable {
  enum ScalarStyle: Sendable, Equatable {
    /// Written without quotes: may be a number, a boolean, a duration.
    case plain
    /// Single- or double-quoted, literal or folded: always a string.
    case quoted
  }

  enum Content: Sendable, Equatable {
    case scalar(String, ScalarStyle)
    case sequence([YAMLNode])
    case mapping([YAMLEntry])
  }

  var content: Content
  var mark: SourceMark

  /// What the node is, for "wrong type" messages: `a mapping`, `a list`, `the text 'x'`.
  var kindDescription: String {
    switch content {
    case .scalar(let text, _): return text.isEmpty ? "an empty value" : "'\(text)'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }

  /// The text of a scalar node, nil for a list or mapping.
  var scalarText: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// The entries of a mapping node, nil otherwise.
  var entries: [YAMLEntry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  /// The items of a sequence node, nil otherwise.
  var items: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// A plain empty scalar or `~`/`null`: the value of `key:` with nothing after it.
  var isNull: Bool {
    if case .scalar(let text, .plain) = content {
      return text.isEmpty || text == "~" || text == "null"
    }
    return false
  }
}

/// One `key: value` pair of a mapping. Keys are scalars; their place is kept for messages.
struct YAMLEntry: Sendable, Equatable {
  var key: String
  var keyMark: SourceMark
  var value: YAMLNode
}
