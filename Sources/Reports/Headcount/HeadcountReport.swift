public import Planning

/// Renders `staffplan headcount`: per role FTE, people, cost and the binding constraint, the
/// guide band comparison, and any cap conflict.
public enum HeadcountReport {
  static func money(_ value: Double) -> String { HTMLText.grouped(value, decimals: 0) }

  public static func text(
    _ plan: HeadcountPlan, band: GuideBandComparison, explain: Bool
  ) -> String {
    var lines = ["Headcount by role (integer people; cost per month)", ""]
    var table = TextTable(header: ["role", "FTE needed", "headcount", "monthly cost", "why (binding)"])
    for role in plan.roles {
      table.append([
        role.role.pluralName, NumberText.fixed(role.fteNeeded, decimals: 2), String(role.headcount),
        money(role.monthlyCost), role.binding?.label ?? "no floor",
      ])
    }
    table.append(["total", "", String(plan.roles.reduce(0) { $0 + $1.headcount }),
      money(plan.totalMonthlyCost), ""])
    lines.append(table.rendered())
    lines.append(bandText(band))
    for conflict in plan.conflicts {
      lines.append("conflict: \(conflict.message)")
    }
    if !plan.conflicts.isEmpty {
      lines.append("The plan above is the best plan with those caps relaxed; the shortfall is shown.")
    }
    if explain {
      lines.append("")
      lines.append("Every floor per role (FTE; the largest binds):")
      for role in plan.roles {
        lines.append("  \(role.role.pluralName):")
        for floor in role.floors {
          lines.append("    \(floor.kind.rawValue): \(floor.label) = \(NumberText.fixed(floor.value, decimals: 3)) FTE")
        }
        if let ceiling = role.ratioGuidanceCeiling {
          lines.append("    ratio guidance ceiling: \(NumberText.fixed(ceiling, decimals: 2)) people")
        }
        if !role.tightLimits.isEmpty {
          lines.append("    caps with no room left: " + role.tightLimits.map(\.rawValue).joined(separator: ", "))
        }
      }
      lines.append("  FTE = productive hours / (1 − shrinkage) / paid hours per FTE; a 24×7 seat is "
        + "168 h a week, a 24×5 seat 120 h, before shrinkage.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func bandText(_ band: GuideBandComparison) -> String {
    var text =
      "Guide band: \(NumberText.trimmed(band.monthlyTickets, decimals: 0)) tickets a month → "
      + "\(NumberText.trimmed(band.band.lowerBound, decimals: 1))–\(NumberText.trimmed(band.band.upperBound, decimals: 1)) "
      + "agents (first line + escalation) plus \(band.bandTAMs) TAMs; this plan has "
      + "\(band.agents) agents and \(band.tams) TAMs: "
      + (band.isInside ? "inside the band." : "outside the band.")
    if !band.isInside {
      if let role = band.largestContributor {
        text += "\n  Largest contributor: \(role.pluralName)"
          + (band.largestContributorFloor.map { ", set by \($0.label)" } ?? "") + "."
      }
      if band.movers.isEmpty {
        text += "\n  No single assumption brings it inside the band."
      }
      for mover in band.movers {
        text += "\n  Moves it inside: \(mover.assumption) from \(NumberText.trimmed(mover.current)) to "
          + "\(NumberText.trimmed(mover.changedTo)) (\(mover.agents) agents)."
      }
    }
    return text
  }

  public static func csv(_ plan: HeadcountPlan) -> String {
    CSVText.row(["role", "fte_needed", "headcount", "monthly_cost", "binding_kind", "binding"])
      + plan.roles.map { role in
        CSVText.row([
          role.role.rawValue, NumberText.trimmed(role.fteNeeded, decimals: 4), String(role.headcount),
          NumberText.trimmed(role.monthlyCost, decimals: 2), role.binding?.kind.rawValue ?? "",
          role.binding?.label ?? "",
        ])
      }.joined()
  }

  public static func json(_ plan: HeadcountPlan, band: GuideBandComparison) -> JSONValue {
    .object([
      ("roles", .array(plan.roles.map { role in
        .object([
          ("role", .string(role.role.rawValue)),
          ("fteNeeded", .number(role.fteNeeded)),
          ("headcount", .integer(role.headcount)),
          ("monthlyCost", .number(role.monthlyCost)),
          ("binding", role.binding.map { floor in
            .object([("kind", .string(floor.kind.rawValue)), ("label", .string(floor.label)),
              ("fte", .number(floor.value))])
          } ?? .null),
          ("overCap", .integer(role.overCap)),
        ])
      })),
      ("totalMonthlyCost", .number(plan.totalMonthlyCost)),
      ("feasible", .bool(plan.isFeasible)),
      ("conflicts", .array(plan.conflicts.map { .string($0.message) })),
      ("guideBand", .object([
        ("low", .number(band.band.lowerBound)), ("high", .number(band.band.upperBound)),
        ("tams", .integer(band.bandTAMs)), ("agents", .integer(band.agents)),
        ("inside", .bool(band.isInside)),
        ("movers", .array(band.movers.map { .string("\($0.assumption): \($0.current) → \($0.changedTo)") })),
      ])),
    ])
  }
}
