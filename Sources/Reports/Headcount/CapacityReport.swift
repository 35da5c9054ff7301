public import Planning

/// Renders `staffplan capacity`: per role and month required, available, gap, hires, training
/// and cost, with the lead-time warnings.
public enum CapacityReport {
  public static func text(_ plan: CapacityPlan) -> String {
    var lines = [
      "Capacity plan (FTE; hires decided in a month start after the hiring lead time, train 30 "
        + "days at zero productivity and certify at 60 days)", "",
    ]
    for role in plan.roles {
      lines.append(role.role.pluralName + ":")
      var table = TextTable(header: [
        "month", "required", "available", "tenured", "ramping", "gap", "hires decided",
        "hires starting", "in training", "cost",
      ])
      for month in role.months {
        table.append([
          String(month.month), NumberText.fixed(month.required, decimals: 2),
          NumberText.fixed(month.available, decimals: 2), NumberText.fixed(month.tenured, decimals: 2),
          NumberText.fixed(month.ramping, decimals: 2), NumberText.fixed(month.gap, decimals: 2),
          String(month.hiresDecided), String(month.hiresStarting),
          NumberText.fixed(month.inTraining, decimals: 1), HeadcountReport.money(month.cost),
        ])
      }
      lines.append(table.rendered())
    }
    lines.append("Total cost over \(plan.roles.first?.months.count ?? 0) months: "
      + HeadcountReport.money(plan.totalCost) + " (relative MIP gap "
      + NumberText.percent(plan.relativeGap) + ")")
    for warning in plan.warnings { lines.append("warning: \(warning.message)") }
    for conflict in plan.conflicts { lines.append("conflict: \(conflict.message)") }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func csv(_ plan: CapacityPlan) -> String {
    CSVText.row([
      "role", "month", "required_fte", "available_fte", "tenured_fte", "ramping_fte", "gap_fte",
      "hires_decided", "hires_starting", "in_training", "cost",
    ]) + plan.roles.flatMap { role in
      role.months.map { month in
        CSVText.row([
          role.role.rawValue, String(month.month), NumberText.trimmed(month.required),
          NumberText.trimmed(month.available), NumberText.trimmed(month.tenured),
          NumberText.trimmed(month.ramping), NumberText.trimmed(month.gap),
          String(month.hiresDecided), String(month.hiresStarting),
          NumberText.trimmed(month.inTraining), NumberText.trimmed(month.cost, decimals: 2),
        ])
      }
    }.joined()
  }

  public static func json(_ plan: CapacityPlan) -> JSONValue {
    .object([
      ("roles", .array(plan.roles.map { role in
        .object([
          ("role", .string(role.role.rawValue)),
          ("months", .array(role.months.map { month in
            .object([
              ("month", .integer(month.month)), ("required", .number(month.required)),
              ("available", .number(month.available)), ("tenured", .number(month.tenured)),
              ("ramping", .number(month.ramping)), ("gap", .number(month.gap)),
              ("hiresDecided", .integer(month.hiresDecided)),
              ("hiresStarting", .integer(month.hiresStarting)),
              ("inTraining", .number(month.inTraining)), ("cost", .number(month.cost)),
            ])
          })),
        ])
      })),
      ("totalCost", .number(plan.totalCost)),
      ("relativeGap", .number(plan.relativeGap)),
      ("warnings", .array(plan.warnings.map { .string($0.message) })),
      ("conflicts", .array(plan.conflicts.map { .string($0.message) })),
    ])
  }
}
