import Foundation

/// One resolved input that differs between compared scenarios: its dotted key in the printed
/// scenario (`customers.standard.count`) and each scenario's value (nil where absent).
public struct ScenarioDifference: Sendable, Equatable {
  public var key: String
  public var values: [String?]

  public init(key: String, values: [String?]) {
    self.key = key
    self.values = values
  }

  /// Keys whose values differ between the printed scenarios (`ScenarioPrinter.yaml`), in the
  /// order of the first scenario that has them. Comments are skipped (they restate derived
  /// numbers); the `name` and `description` keys are left out (they always differ).
  /// - Complexity: O(total lines).
  public static func between(_ yamls: [String]) -> [ScenarioDifference] {
    let flattened = yamls.map(flatten)
    var order: [String] = []
    var seen = Set<String>()
    for entries in flattened {
      for (key, _) in entries where !seen.contains(key) {
        seen.insert(key)
        order.append(key)
      }
    }
    let maps = flattened.map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
    return order.compactMap { key in
      guard key != "name", key != "description" else { return nil }
      let values = maps.map { $0[key] }
      return Set(values.map { $0 ?? "\u{0}" }).count > 1
        ? ScenarioDifference(key: key, values: values) : nil
    }
  }

  /// `path = value` pairs of a block-style YAML text: the path is the chain of parent keys
  /// by indentation, list items numbered from 1 (`shifts.templates.2.length`).
  static func flatten(_ yaml: String) -> [(String, String)] {
    var stack: [(indent: Int, key: String)] = []
    var listCounters: [String: Int] = [:]
    var result: [(String, String)] = []
    for raw in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = String(raw)
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      var indent = line.count - trimmed.count
      var body = String(trimmed)
      while let last = stack.last, last.indent >= indent { stack.removeLast() }
      if body.hasPrefix("- ") {
        let parent = stack.map(\.key).joined(separator: ".")
        let number = (listCounters[parent] ?? 0) + 1
        listCounters[parent] = number
        stack.append((indent, String(number)))
        body = String(body.dropFirst(2))
        indent += 2
      }
      guard let colon = body.range(of: ": ") ?? (body.hasSuffix(":") ? body.range(of: ":") : nil)
      else {
        result.append((stack.map(\.key).joined(separator: "."), body))
        continue
      }
      let key = String(body[..<colon.lowerBound])
      let value = String(body[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
      let path = (stack.map(\.key) + [key]).joined(separator: ".")
      if value.isEmpty {
        stack.append((indent, key))
      } else {
        result.append((path, value))
      }
    }
    return result
  }
}
