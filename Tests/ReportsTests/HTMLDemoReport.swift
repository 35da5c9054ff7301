import Foundation

@testable import Reports

/// A demo report with every chart, built from made-up but plausible numbers (not a plan): the
/// shape of what `staffplan plan` will feed the builders. Used by the tests and, with
/// `STAFFPLAN_DEMO_REPORT=/path/demo.html swift test --filter HTMLDemo`, written to disk for
/// scripts/check-report.sh.
enum HTMLDemoReport {
  /// Required agents of a channel in quarter-hour `index` of the week: a daytime hump,
  /// lower at weekends; `scale` sets the peak.
  static func required(_ index: Int, scale: Double) -> Double {
    let day = index / 96
    let hour = Double(index % 96) / 4
    let hump = max(0, sin((hour - 6) / 14 * Double.pi))
    let weekend = day >= 5 ? 0.45 : 1
    return (2 + scale * hump * weekend).rounded()
  }

  static func weekChart() -> LineChart {
    let phone = (0..<672).map { required($0, scale: 28) }
    let chat = (0..<672).map { required($0, scale: 14) }
    // Scheduled in 2-hour blocks at the block's peak, as shifts would be.
    let scheduled = (0..<672).map { index in
      let block = index / 8 * 8
      return (block..<block + 8).map { phone[$0] + chat[$0] }.max() ?? 0
    }
    return LineChart(
      title: "Required vs scheduled agents, week of 3 March",
      xAxis: .week(), yAxis: ChartAxis("Agents", unit: "agents per 15 min"),
      series: [
        ChartSeries("Phone required", values: phone, step: 0.25, fillsArea: true),
        ChartSeries("Chat required", values: chat, step: 0.25),
        ChartSeries("Scheduled (all channels)", values: scheduled, step: 0.25),
      ], style: .step)
  }

  static func heatmap() -> Heatmap {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let values = days.indices.map { day in
      (0..<24).map { hour -> Double in
        let wave = sin(Double(hour + day * 3) / 3.7) * 6 - (hour == 9 ? 5 : 0)
        return (wave * 2).rounded() / 2
      }
    }
    return Heatmap(
      title: "Under and over coverage by day and hour", rowLabels: days,
      columnLabels: (0..<24).map { String(format: "%02d", $0) }, values: values,
      rowAxis: ChartAxis("Day", unit: "UTC"), columnAxis: ChartAxis("Hour", unit: "UTC"),
      valueAxis: ChartAxis("Scheduled − required", unit: "agent-hours"),
      negativeMeaning: "under-covered", positiveMeaning: "over-covered")
  }

  static func rolesChart() -> BarChart {
    BarChart(
      title: "Headcount by role and region", categories: [
        "First-line agents", "Escalation engineers", "Technical account managers", "On-call",
      ],
      series: [
        CategorySeries("Dublin", values: [9, 3, 1, 2]),
        CategorySeries("Austin", values: [7, 2, 1, 2]),
        CategorySeries("Manila", values: [6, 1, .nan, 1]),
      ], layout: .stacked, xAxis: ChartAxis("Role", unit: ""),
      yAxis: ChartAxis("Headcount", unit: "people"))
  }

  static func compareChart() -> BarChart {
    BarChart(
      title: "Monthly cost by scenario", categories: ["Baseline", "Growth +50%", "Deflection 30%"],
      series: [
        CategorySeries("Agents", values: [118_000, 171_500, 86_000]),
        CategorySeries("Escalation", values: [42_000, 56_000, 42_000]),
        CategorySeries("TAMs", values: [24_000, 36_000, 24_000]),
      ], xAxis: ChartAxis("Scenario", unit: ""), yAxis: ChartAxis("Cost", unit: "USD per month"))
  }

  static func capacityChart() -> ComboChart {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let required = months.indices.map { 22 * pow(1.03, Double($0)) }
    let available = [22, 21.6, 21.2, 22.8, 24.4, 24.9, 25.6, 26.1, 27.5, 28.6, 29.4, 30.2]
    let hires: [Double] = [0, 2, 2, 0, 1, 1, 2, 1, 1, 1, 0, 1]
    return ComboChart(
      title: "Capacity plan: required vs available FTE, with hires", categories: months,
      lines: [CategorySeries("Required", values: required),
        CategorySeries("Available", values: available)],
      bars: [CategorySeries("Hires", values: hires)], xAxis: ChartAxis("Month", unit: "2025"),
      yAxis: ChartAxis("Staff", unit: "FTE"), barAxis: ChartAxis("Hires", unit: "people"))
  }

  /// A Panama-style rotation: four crews, each offset by 7 days.
  static func calendar(agents: Int, days: Int) -> CalendarGrid {
    let cycle = Array("DDOODDDOODDOOONNOONNNOONNOOO")
    let names = (1...agents).map { "Agent \(String(format: "%03d", $0))" }
    let weekdays = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    let labels = (0..<days).map { "\(weekdays[$0 % 7]) \($0 + 3)" }
    let shifts = (0..<agents).map { agent in
      (0..<days).map { day in String(cycle[(day + (agent % 4) * 7) % cycle.count]) }
    }
    return CalendarGrid(
      title: "Roster, \(agents) agents over \(days) days", agents: names, days: labels,
      shifts: shifts, keys: [
        CalendarKey("D", name: "Day 07:00–19:00"), CalendarKey("N", name: "Night 19:00–07:00",
          colour: "#0072B2"), CalendarKey("O", name: "Off", colour: "#FFFFFF"),
      ])
  }

  static func document(calendarAgents: Int = 24, calendarDays: Int = 28) -> HTMLDocument {
    var document = HTMLDocument(
      title: "StaffPlan report — demo scenario",
      subtitle: "Demo data for the report builders · 15-minute intervals · UTC",
      footer: "Generated by the StaffPlan report builders (demo data).")
    document.append(HTMLSection("Summary", blocks: [
      .keyFigures([KeyFigure("Headcount", value: "34"), KeyFigure("Monthly cost",
        value: "$184,000"), KeyFigure("Phone service level", value: "81.4%")]),
      .paragraph("Numbers in this demo are illustrative; the planner fills in real ones."),
      .table(HTMLTable(caption: "Headcount and cost by role",
        header: ["Role", "FTE", "Headcount", "Monthly cost", "Binding constraint"],
        rows: [["First-line agents", "21.4", "22", "$118,000", "requirement"],
          ["Escalation engineers", "5.6", "6", "$42,000", "coverage floor 24×7"],
          ["Technical account managers", "2.0", "2", "$24,000", "ratio 1:80"]])),
      .note("Service level is answered within target over all arrivals (Erlang C)."),
    ]))
    document.append(HTMLSection("Requirements", blocks: [.chart(weekChart()), .chart(heatmap())]))
    document.append(HTMLSection("Headcount", blocks: [.chart(rolesChart()),
      .chart(compareChart(), caption: "Scenarios side by side; deltas in the table.")]))
    document.append(HTMLSection("Capacity plan", blocks: [.chart(capacityChart())]))
    let roster = calendar(agents: calendarAgents, days: calendarDays)
    document.append(HTMLSection("Roster", blocks: roster.parts().map { .chart($0) }))
    return document
  }
}
