import Queueing

/// Collects the diagnostics of one load and reads typed values from YAML nodes.
///
/// Every reader reports a problem and returns nil, so decoding carries on and the user sees
/// every error of a file at once. Only used while loading; not shared across threads.
final class DecodingContext {
  private(set) var diagnostics: [Diagnostic] = []

  func report(_ mark: SourceMark, _ message: String) {
    diagnostics.append(Diagnostic(mark: mark, message: message))
  }

  func report(_ diagnostics: [Diagnostic]) {
    self.diagnostics.append(contentsOf: diagnostics)
  }

  /// The node as a mapping with only `allowed` keys; unknown keys are reported with a
  /// suggestion, and nil is returned when the node is not a mapping.
  func fields(_ node: YAMLNode, _ section: String, allowed: [String]) -> Fields? {
    guard let entries = node.entries else {
      report(
        node.mark,
        "\(section) has the wrong type: found \(node.kindDescription); expected a mapping "
          + "(key: value lines)")
      return nil
    }
    for entry in entries where !allowed.contains(entry.key) {
      reportUnknown(entry.key, at: entry.keyMark, kind: "key", in: section, accepted: allowed)
    }
    return Fields(node: node, entries: entries.filter { allowed.contains($0.key) }, context: self)
  }

  /// `unknown key 'x' in s; did you mean 'y'? accepted: a, b, c`.
  func reportUnknown(
    _ word: String, at mark: SourceMark, kind: String, in section: String, accepted: [String]
  ) {
    var message = "unknown \(kind) '\(word)' in \(section)"
    if let suggestion = closestMatch(to: word, among: accepted) {
      message += "; did you mean '\(suggestion)'?"
    }
    message +=
      (message.hasSuffix("?") ? " accepted: " : "; accepted: ")
      + accepted.joined(separator: ", ")
    report(mark, message)
  }

  // MARK: Scalars

  /// The text of a scalar (plain or quoted), reporting lists and mappings.
  func text(_ node: YAMLNode, _ what: String) -> String? {
    guard let text = node.scalarText, !node.isNull else {
      report(node.mark, "\(what) has the wrong type: found \(node.kindDescription); expected text")
      return nil
    }
    return text
  }

  /// The text of a scalar holding a number, duration or boolean (quotes are allowed: units make
  /// the text unambiguous); a list, mapping or empty value is a wrong type.
  private func plain(_ node: YAMLNode, _ what: String, expected: String) -> String? {
    guard let text = node.scalarText, !node.isNull else {
      report(
        node.mark,
        "\(what) has the wrong type: found \(node.kindDescription); expected \(expected)")
      return nil
    }
    return text
  }

  /// A whole number ≥ `minimum`.
  func integer(_ node: YAMLNode, _ what: String, minimum: Int = 0) -> Int? {
    let expected = "a whole number ≥ \(minimum)"
    guard let text = plain(node, what, expected: expected) else { return nil }
    guard let value = Int(text) else {
      report(node.mark, "\(what): '\(text)' is not a whole number; expected \(expected)")
      return nil
    }
    guard value >= minimum else {
      let problem = value < 0 ? "is negative" : "is too small"
      report(node.mark, "\(what): \(value) \(problem); expected \(expected)")
      return nil
    }
    return value
  }

  /// A non-negative decimal such as `2.5`.
  func decimal(_ node: YAMLNode, _ what: String) -> ExactDecimal? {
    let expected = "a number ≥ 0 such as 12 or 2.5"
    guard let text = plain(node, what, expected: expected) else { return nil }
    guard let value = ExactDecimal(parsing: text) else {
      let problem = text.hasPrefix("-") ? "is negative" : "is not a number"
      report(node.mark, "\(what): '\(text)' \(problem); expected \(expected)")
      return nil
    }
    return value
  }

  /// `80%` or `0.8`, at most 100%.
  func percentage(_ node: YAMLNode, _ what: String) -> Percentage? {
    guard let text = plain(node, what, expected: Percentage.accepted) else { return nil }
    switch Percentage.parse(text) {
    case .success(let value): return value
    case .failure(let error) where error.problem?.hasPrefix("a bare number") == true:
      report(
        node.mark,
        "\(what): '\(text)' is ambiguous (a bare number above 1); write \(text)% for a "
          + "percentage; expected \(error.expected)")
      return nil
    case .failure(let error):
      report(node.mark, "\(what): \(error)")
      return nil
    }
  }

  /// A duration with its unit: `90s`, `4m`, `1.5h`, `2d`.
  func duration(_ node: YAMLNode, _ what: String) -> TimeSpan? {
    guard let text = plain(node, what, expected: TimeSpan.accepted) else { return nil }
    switch TimeSpan.parse(text) {
    case .success(let value): return value
    case .failure(let error):
      report(node.mark, "\(what): \(error)")
      return nil
    }
  }

  /// `true` or `false`.
  func boolean(_ node: YAMLNode, _ what: String) -> Bool? {
    guard let text = plain(node, what, expected: "true or false") else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default:
      report(node.mark, "\(what): '\(text)' is not a boolean; expected true or false")
      return nil
    }
  }

  /// `HH:MM`, 00:00…24:00.
  func timeOfDay(_ node: YAMLNode, _ what: String) -> TimeOfDay? {
    guard let text = text(node, what) else { return nil }
    guard let time = TimeOfDay.parse(text) else {
      report(
        node.mark, "\(what): '\(text)' is not a time of day; expected HH:MM from 00:00 to 24:00")
      return nil
    }
    return time
  }

  /// One of a fixed set of names, with "did you mean".
  func choice<Value: RawRepresentable & CaseIterable>(
    _ node: YAMLNode, _ what: String, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let text = text(node, what) else { return nil }
    if let value = Value(rawValue: text) { return value }
    reportUnknown(
      text, at: node.mark, kind: "value", in: what, accepted: Value.allCases.map(\.rawValue))
    return nil
  }

  /// Days as `Mon-Fri`, `Sat`, or a list `[Mon, Wed, Fri]`; in week order, no repeats.
  func weekdays(_ node: YAMLNode, _ what: String) -> [Weekday]? {
    let accepted = "a day range such as Mon-Fri, one day such as Sat, or a list [Mon, Wed]"
    if let items = node.items {
      var days: [Weekday] = []
      for item in items {
        guard let day = choice(item, what, as: Weekday.self) else { continue }
        if days.contains(day) {
          report(item.mark, "\(what): \(day.rawValue) is listed twice; each day once")
        }
        days.append(day)
      }
      return days.sorted()
    }
    guard let text = text(node, what) else { return nil }
    let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let parsed = ends.compactMap { Weekday(rawValue: $0) }
    guard parsed.count == ends.count, (1...2).contains(parsed.count) else {
      report(node.mark, "\(what): '\(text)' is not a set of days; expected \(accepted)")
      return nil
    }
    guard let first = parsed.first, let last = parsed.last, first <= last else {
      report(node.mark, "\(what): '\(text)' runs backwards; expected \(accepted) in week order")
      return nil
    }
    return Weekday.allCases.filter { $0 >= first && $0 <= last }
  }
}

/// The known keys of one mapping node, for typed lookups with the context's readers.
struct Fields {
  let node: YAMLNode
  let entries: [YAMLEntry]
  let context: DecodingContext

  var mark: SourceMark { node.mark }

  subscript(key: String) -> YAMLNode? {
    guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
      return nil
    }
    return entry.value
  }

  // Each typed lookup returns nil when the key is absent or its value is invalid (reported).

  /// The value of a required key; a missing key is reported at the mapping.
  func required(_ key: String, in section: String, example: String) -> YAMLNode? {
    if let value = self[key] { return value }
    context.report(
      node.mark, "missing required key '\(key)' in \(section); add e.g. '\(key): \(example)'")
    return nil
  }

  func integer(_ key: String, _ section: String, minimum: Int = 0) -> Int? {
    self[key].flatMap { context.integer($0, "\(section).\(key)", minimum: minimum) }
  }

  func decimal(_ key: String, _ section: String) -> ExactDecimal? {
    self[key].flatMap { context.decimal($0, "\(section).\(key)") }
  }

  func percentage(_ key: String, _ section: String) -> Percentage? {
    self[key].flatMap { context.percentage($0, "\(section).\(key)") }
  }

  func duration(_ key: String, _ section: String) -> TimeSpan? {
    self[key].flatMap { context.duration($0, "\(section).\(key)") }
  }

  func boolean(_ key: String, _ section: String) -> Bool? {
    self[key].flatMap { context.boolean($0, "\(section).\(key)") }
  }

  func text(_ key: String, _ section: String) -> String? {
    self[key].flatMap { context.text($0, "\(section).\(key)") }
  }
}
