import Foundation
import Planning

/// Renders `staffplan compare`: scenarios as columns, the figures of issue 6 as rows, deltas
/// against the first scenario, and the resolved inputs that differ.
public enum CompareReport {
  /// One row: a figure for every scenario (nil where it does not apply).
  public struct Row: Sendable, Equatable {
    public var label: String
    public var values: [Double?]
    /// How the values print: decimals, and a unit kind.
    public var decimals: Int
    public var isPercent: Bool
    /// The text of a cell without a value (no delta), e.g. "not defined".
    public var text: String?
    /// Per scenario, words printed after the value (`/ month (99.95% of …)`); may be empty.
    public var details: [String?]

    public init(
      label: String, values: [Double?], decimals: Int = 0, isPercent: Bool = false,
      text: String? = nil, details: [String?] = []
    ) {
      self.label = label
      self.values = values
      self.decimals = decimals
      self.isPercent = isPercent
      self.text = text
      self.details = details
    }

    func format(_ value: Double?) -> String {
      guard let value else { return text ?? "—" }
      return isPercent
        ? NumberText.percent(value, decimals: 1)
        : HTMLText.grouped(value, decimals: decimals)
    }

    /// The value of scenario `index` with its details.
    func format(at index: Int) -> String {
      let value = format(values[index])
      guard values[index] != nil, index < details.count, let detail = details[index] else {
        return value
      }
      return value + " " + detail
    }

    /// value − first value, signed; empty for the first column or without both values.
    func delta(_ index: Int) -> String {
      guard index > 0, let base = values.first ?? nil, let value = values[index] else { return "" }
      let difference = value - base
      let sign = difference > 0 ? "+" : (difference < 0 ? "−" : "±")
      let magnitude =
        isPercent
        ? NumberText.fixed(abs(difference) * 100, decimals: 1) + " pt"
        : HTMLText.grouped(abs(difference), decimals: decimals)
      return sign + magnitude
    }
  }

  /// The rows for `figures` (one per scenario), in a planner's reading order.
  /// - Complexity: O(scenarios × rows).
  public static func rows(_ figures: [PlanFigures]) -> [Row] {
    var rows = [
      Row(label: "Customers", values: figures.map { Double($0.customers) }),
      Row(
        label: "Tickets a month after deflection",
        values: figures.map(\.monthlyTicketsAfterDeflection)),
    ]
    for role in union(figures.map { $0.roles.map(\.role.pluralName) }) {
      let pick = { (f: PlanFigures) in f.roles.first { $0.role.pluralName == role } }
      rows.append(Row(label: "FTE, \(role)", values: figures.map { pick($0)?.fte }, decimals: 2))
      rows.append(
        Row(
          label: "Headcount, \(role)",
          values: figures.map { pick($0).map { Double($0.headcount) } }))
    }
    rows.append(
      Row(label: "Headcount, all roles", values: figures.map { Double($0.totalHeadcount) }))
    rows.append(
      Row(
        label: "Paid hours a week (first-line shifts)", values: figures.map(\.paidHoursPerWeek),
        decimals: 1))
    rows.append(Row(label: "Monthly cost", values: figures.map(\.monthlyCost)))
    rows.append(Row(label: "Cost per ticket", values: figures.map(\.costPerTicket), decimals: 2))
    for label in union(figures.map { $0.serviceLevels.map(\.label) }) {
      rows.append(
        Row(
          label: "Service level as planned, \(label)",
          values: figures.map { f in f.serviceLevels.first { $0.label == label }?.achieved },
          isPercent: true))
    }
    rows.append(
      Row(label: "Occupancy, live channels", values: figures.map(\.occupancy), isPercent: true))
    rows.append(
      Row(
        label: "Under-coverage (agent-hours a week)", values: figures.map(\.underCoverageHours),
        decimals: 1))
    rows.append(
      Row(
        label: "Over-coverage (agent-hours a week)", values: figures.map(\.overCoverageHours),
        decimals: 1))
    rows.append(
      Row(
        label: "Hires over the next 12 months", values: figures.map { $0.hires.map(Double.init) }))
    rows.append(slaCreditRow(figures))
    return rows
  }

  /// Credits owed a month per scenario, with the attainment they follow from; "not defined"
  /// for a scenario without `sla_credits:`.
  static func slaCreditRow(_ figures: [PlanFigures]) -> Row {
    let credits = figures.map(\.slaCredit)
    return Row(
      label: "SLA-credit exposure", values: credits.map { $0?.monthlyExposure },
      text: credits.contains(nil) ? "not defined" : nil,
      details: credits.map { $0.map { "/ month " + $0.compactAttainment } })
  }

  static func union(_ lists: [[String]]) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for item in lists.joined() where seen.insert(item).inserted { out.append(item) }
    return out
  }

  static func header(_ figures: [PlanFigures]) -> [String] {
    ["figure"]
      + figures.enumerated().map { index, f in
        index == 0 ? f.scenarioName : "\(f.scenarioName) (Δ)"
      }
  }

  static func cells(_ row: Row) -> [String] {
    row.values.indices.map { index in
      let value = row.format(at: index)
      let delta = row.delta(index)
      return delta.isEmpty ? value : "\(value) (\(delta))"
    }
  }

  public static func text(_ figures: [PlanFigures], differences: [ScenarioDifference]) -> String {
    var table = TextTable(header: header(figures))
    for row in rows(figures) { table.append([row.label] + cells(row)) }
    var out = "Compare (deltas against \(figures.first?.scenarioName ?? "the first scenario"))\n\n"
    out += table.rendered() + "\n" + differencesText(differences, figures)
    out += "Paid hours come from the weekly shift design (no roster is built by compare).\n"
    out += "SLA-credit exposure:\n  " + slaCreditNote(figures).joined(separator: "\n  ") + "\n"
    return out
  }

  /// How the SLA-credit row is measured, and which scenarios do not define credits, as lines.
  static func slaCreditNote(_ figures: [PlanFigures]) -> [String] {
    let undefined = figures.filter { $0.slaCredit == nil }.map(\.scenarioName)
    var lines = undefined.count < figures.count ? SLACreditExposure.basis : []
    if !undefined.isEmpty {
      lines.append(
        "Not defined for \(undefined.joined(separator: ", ")): no sla_credits section, so no "
          + "exposure is invented.")
    }
    return lines
  }

  static func differencesText(_ differences: [ScenarioDifference], _ figures: [PlanFigures])
    -> String
  {
    guard !differences.isEmpty else { return "What differs: no resolved input.\n" }
    var out = "What differs (resolved inputs):\n"
    for difference in differences {
      out +=
        "  \(difference.key): "
        + difference.values.map { $0 ?? "(absent)" }.joined(separator: " | ") + "\n"
    }
    return out
  }

  public static func markdown(_ figures: [PlanFigures], differences: [ScenarioDifference])
    -> String
  {
    let head = header(figures)
    var out = "# Compare\n\n| " + head.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: "---|", count: head.count) + "\n"
    for row in rows(figures) {
      out += "| " + ([row.label] + cells(row)).joined(separator: " | ") + " |\n"
    }
    out += "\nSLA-credit exposure: " + slaCreditNote(figures).joined(separator: " ") + "\n"
    out += "\n## What differs\n\n"
    if differences.isEmpty { out += "No resolved input differs.\n" }
    for difference in differences {
      out +=
        "- `\(difference.key)`: "
        + difference.values.map { "`\($0 ?? "(absent)")`" }.joined(separator: " → ") + "\n"
    }
    return out
  }

  /// figure,scenario…,Δ scenario… with plain numbers (percentages as fractions).
  public static func csv(_ figures: [PlanFigures]) -> String {
    var text = CSVText.row(
      ["figure"] + figures.map(\.scenarioName)
        + figures.dropFirst().map { "delta \($0.scenarioName)" })
    for row in rows(figures) {
      let values = row.values.map { value in
        value.map { NumberText.trimmed($0, decimals: 6) } ?? (row.text ?? "")
      }
      let base = row.values.first ?? nil
      let deltas = row.values.dropFirst().map { value -> String in
        guard let value, let base else { return "" }
        return NumberText.trimmed(value - base, decimals: 6)
      }
      text += CSVText.row([row.label] + values + deltas)
    }
    return text
  }

  public static func json(_ figures: [PlanFigures], differences: [ScenarioDifference]) -> JSONValue
  {
    .object([
      ("scenarios", .array(figures.map { PlanSummary.json($0) })),
      (
        "rows",
        .array(
          rows(figures).map { row in
            let base = row.values.first ?? nil
            return .object([
              ("figure", .string(row.label)),
              ("values", .array(row.values.map { $0.map(JSONValue.finite) ?? .null })),
              (
                "deltas",
                .array(
                  row.values.map { value in
                    guard let value, let base else { return .null }
                    return .finite(value - base)
                  })
              ),
              ("note", row.text.map(JSONValue.string) ?? .null),
              (
                "details",
                .array(row.values.indices.map { index in
                  (index < row.details.count ? row.details[index] : nil)
                    .map(JSONValue.string) ?? .null
                })
              ),
            ])
          })
      ),
      (
        "differences",
        .array(
          differences.map { difference in
            .object([
              ("key", .string(difference.key)),
              ("values", .array(difference.values.map { $0.map(JSONValue.string) ?? .null })),
            ])
          })
      ),
    ])
  }

  /// The comparison as a page: the table and the bar charts side by side.
  public static func html(_ figures: [PlanFigures], differences: [ScenarioDifference])
    -> HTMLDocument
  {
    var document = HTMLDocument(
      title: "StaffPlan compare — " + figures.map(\.scenarioName).joined(separator: " vs "),
      subtitle: "Deltas against \(figures.first?.scenarioName ?? "the first scenario")",
      footer: "Generated by staffplan compare.")
    let table = HTMLTable(
      caption: "Figures by scenario (delta against the first)", header: header(figures),
      rows: rows(figures).map { [$0.label] + cells($0) })
    let names = figures.map(\.scenarioName)
    let roles = union(figures.map { $0.roles.map(\.role.pluralName) })
    let headcount = BarChart(
      title: "Headcount by role and scenario", categories: names,
      series: roles.map { role in
        CategorySeries(
          role,
          values: figures.map { f in
            Double(f.roles.first { $0.role.pluralName == role }?.headcount ?? 0)
          })
      }, layout: .stacked, xAxis: ChartAxis("Scenario", unit: ""),
      yAxis: ChartAxis("Headcount", unit: "people"))
    let cost = BarChart(
      title: "Monthly cost by role and scenario", categories: names,
      series: roles.map { role in
        CategorySeries(
          role,
          values: figures.map { f in
            f.roles.first { $0.role.pluralName == role }?.monthlyCost ?? 0
          })
      }, layout: .stacked, xAxis: ChartAxis("Scenario", unit: ""),
      yAxis: ChartAxis("Cost", unit: "currency per month"))
    document.append(
      HTMLSection(
        "Comparison",
        blocks: [
          .table(table), .chart(headcount), .chart(cost),
          .note("Paid hours come from the weekly shift design; compare builds no roster."),
          .note("SLA-credit exposure: " + slaCreditNote(figures).joined(separator: " ")),
        ]))
    document.append(
      HTMLSection(
        "What differs",
        blocks: differences.isEmpty
          ? [.paragraph("No resolved input differs.")]
          : [
            .table(
              HTMLTable(
                caption: "Resolved inputs that differ", header: ["input"] + names,
                rows: differences.map { [$0.key] + $0.values.map { $0 ?? "(absent)" } }))
          ]))
    return document
  }
}
