internal import CYaml

/// Parses YAML text into a `YAMLNode` tree with libyaml's event API.
///
/// Rejects what scenario files never need and that would hide mistakes: several documents,
/// anchors and aliases, non-scalar keys, duplicate keys.
enum YAMLReader {
  /// Parses `text`, naming `file` in every mark and diagnostic.
  ///
  /// Throws `ScenarioLoadError` with one diagnostic for a syntax error (libyaml stops at the
  /// first) or with every duplicate key / alias found.
  /// - Complexity: O(n) in the length of the text.
  static func parse(_ text: String, file: String) throws(ScenarioLoadError) -> YAMLNode {
    // libyaml keeps a pointer into its own parser struct, so the struct lives on the heap, and
    // the input buffer must outlive the whole parse: both are released only at the end.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      throw ScenarioLoadError(
        [Diagnostic(file: file, line: 1, column: 1, message: "cannot start the YAML parser")])
    }
    defer { yaml_parser_delete(parser) }
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    defer { buffer.deallocate() }
    buffer.initialize(from: bytes, count: bytes.count)
    yaml_parser_set_input_string(parser, buffer, bytes.count)

    var builder = TreeBuilder(file: file)
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }
    while true {
      guard yaml_parser_parse(parser, event) == 1 else {
        throw ScenarioLoadError([syntaxError(parser.pointee, file: file)])
      }
      let done = event.pointee.type == YAML_STREAM_END_EVENT
      builder.consume(event.pointee)
      yaml_event_delete(event)
      if done { break }
    }
    return try builder.finish()
  }

  /// `problem context` at the problem's place, as libyaml reports them (0-based → 1-based).
  private static func syntaxError(_ parser: yaml_parser_t, file: String) -> Diagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    let context = parser.context.map { String(cString: $0) }
    let mark = parser.problem_mark
    var message = "YAML syntax error: " + problem
    if let context { message += " " + context }
    message += "; check indentation, colons and quotes"
    return Diagnostic(
      file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
  }
}

/// Builds the node tree from the event stream, collecting structural diagnostics.
private struct TreeBuilder {
  private enum Frame {
    case sequence([YAMLNode], SourceMark)
    case mapping([YAMLEntry], pendingKey: YAMLNode?, SourceMark)
  }

  let file: String
  private var stack: [Frame] = []
  private var root: YAMLNode?
  private var documents = 0
  private var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  mutating func consume(_ event: yaml_event_t) {
    let mark = SourceMark(
      file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents == 2 {
        diagnostics.append(
          Diagnostic(
            mark: mark,
            message: "a second YAML document ('---'); a scenario file holds one document"))
      }
    case YAML_ALIAS_EVENT:
      let name = event.data.alias.anchor.map { String(cString: $0) } ?? "name"
      diagnostics.append(
        Diagnostic(
          mark: mark,
          message: "aliases (*\(name)) are not supported; write the value out, or use 'base:'"))
      add(YAMLNode(content: .scalar("", .plain), mark: mark))
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      rejectAnchor(scalar.anchor, at: mark)
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      let style: YAMLNode.ScalarStyle =
        scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .quoted
      add(YAMLNode(content: .scalar(text, style), mark: mark))
    case YAML_SEQUENCE_START_EVENT:
      rejectAnchor(event.data.sequence_start.anchor, at: mark)
      stack.append(.sequence([], mark))
    case YAML_MAPPING_START_EVENT:
      rejectAnchor(event.data.mapping_start.anchor, at: mark)
      stack.append(.mapping([], pendingKey: nil, mark))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return }
      switch frame {
      case .sequence(let items, let start):
        add(YAMLNode(content: .sequence(items), mark: start))
      case .mapping(let entries, _, let start):
        add(YAMLNode(content: .mapping(entries), mark: start))
      }
    default:
      break
    }
  }

  private mutating func rejectAnchor(
    _ anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: SourceMark
  ) {
    guard let anchor else { return }
    let name = String(cString: anchor)
    diagnostics.append(
      Diagnostic(
        mark: mark,
        message: "anchors (&\(name)) are not supported; write the value out, or use 'base:'"))
  }

  private mutating func add(_ node: YAMLNode) {
    guard let top = stack.popLast() else {
      if root == nil { root = node }
      return
    }
    switch top {
    case .sequence(var items, let mark):
      items.append(node)
      stack.append(.sequence(items, mark))
    case .mapping(var entries, let pendingKey, let mark):
      guard let key = pendingKey else {
        if node.scalarText == nil {
          diagnostics.append(
            Diagnostic(
              mark: node.mark,
              message: "a key must be a plain name, found \(node.kindDescription)"))
        }
        stack.append(.mapping(entries, pendingKey: node, mark))
        return
      }
      let name = key.scalarText ?? ""
      if let first = entries.first(where: { $0.key == name }) {
        diagnostics.append(
          Diagnostic(
            mark: key.mark,
            message:
              "duplicate key '\(name)' (first at line \(first.keyMark.line)); "
              + "each key may appear once in a mapping"))
      } else {
        entries.append(YAMLEntry(key: name, keyMark: key.mark, value: node))
      }
      stack.append(.mapping(entries, pendingKey: nil, mark))
    }
  }

  func finish() throws(ScenarioLoadError) -> YAMLNode {
    if !diagnostics.isEmpty { throw ScenarioLoadError(diagnostics) }
    guard let root, !root.isNull else {
      throw ScenarioLoadError(
        [
          Diagnostic(
            file: file, line: 1, column: 1,
            message: "the file is empty; a scenario is a YAML mapping starting with 'name:'")
        ])
    }
    return root
  }
}
