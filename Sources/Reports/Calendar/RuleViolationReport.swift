public import Planning

/// Renders labour-rule violations as text, CSV or JSON.
public enum RuleViolationReport {
  /// `format` is text, csv or json; `checked` is the number of worked assignments read;
  /// `open` the shifts nobody works (agent `OPEN`), listed in text and JSON, not in CSV
  /// (whose rows are violations).
  public static func render(
    _ violations: [RuleViolation], format: String, checked: Int, source: String,
    open: [RosterAssignment] = []
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
        ("openShifts", .array(open.map { shift in
          .object([
            ("region", .string(shift.region)), ("date", .string(shift.date.description)),
            ("shift", .string(shift.shift)), ("start", .string(shift.localStart)),
            ("end", .string(shift.localEnd)),
          ])
        })),
        ("violations", .array(violations.map(json))),
      ]).rendered(pretty: true) + "\n"
    default:
      var openText = ""
      if !open.isEmpty {
        openText = "\(open.count) open shift\(open.count == 1 ? "" : "s") (agent "
          + "\(RosterGap.openAgent), nobody works them):\n"
          + open.map {
            "  \($0.date) \($0.region) \($0.shift) \($0.localStart) – \($0.localEnd)\n"
          }
          .joined() + "\n"
      }
      if violations.isEmpty {
        return "\(source): \(checked) assignments, no labour-rule violations\n" + openText
      }
      var table = TextTable(header: ["agent", "date", "rule", "by how much"])
      for violation in violations {
        table.append([
          violation.agent, violation.date.description, violation.rule.rawValue, violation.detail,
        ])
      }
      return "\(source): \(checked) assignments, \(violations.count) violation(s)\n\n"
        + openText + table.rendered()
    }
  }

  /// One violation as `{agent, date, rule, measured, limit, detail}`.
  public static func json(_ violation: RuleViolation) -> JSONValue {
    .object([
      ("agent", .string(violation.agent)), ("date", .string(violation.date.description)),
      ("rule", .string(violation.rule.rawValue)), ("measured", .number(violation.measured)),
      ("limit", .number(violation.limit)), ("detail", .string(violation.detail)),
    ])
  }
}
