public import Planning

/// Renders labour-rule violations as text, CSV or JSON.
public enum RuleViolationReport {
  /// `format` is text, csv or json; `checked` is the number of assignments read.
  public static func render(
    _ violations: [RuleViolation], format: String, checked: Int, source: String
  ) -> String {
    switch format {
    case "csv":
      return CSVText.row(["agent", "date", "rule", "measured", "limit", "detail"])
        + violations.map { violation in
          CSVText.row([
            violation.agent, violation.date.description, violation.rule.rawValue,
            NumberText.trimmed(violation.measured), NumberText.trimmed(violation.limit),
            violation.detail,
          ])
        }.joined()
    case "json":
      return JSONValue.object([
        ("source", .string(source)),
        ("assignments", .integer(checked)),
        ("violations", .array(violations.map { violation in
          .object([
            ("agent", .string(violation.agent)), ("date", .string(violation.date.description)),
            ("rule", .string(violation.rule.rawValue)), ("measured", .number(violation.measured)),
            ("limit", .number(violation.limit)), ("detail", .string(violation.detail)),
          ])
        })),
      ]).rendered(pretty: true) + "\n"
    default:
      if violations.isEmpty {
        return "\(source): \(checked) assignments, no labour-rule violations\n"
      }
      var table = TextTable(header: ["agent", "date", "rule", "by how much"])
      for violation in violations {
        table.append([
          violation.agent, violation.date.description, violation.rule.rawValue, violation.detail,
        ])
      }
      return "\(source): \(checked) assignments, \(violations.count) violation(s)\n\n"
        + table.rendered()
    }
  }
}
