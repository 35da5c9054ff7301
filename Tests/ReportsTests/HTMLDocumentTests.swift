import Foundation
import Testing

@testable import Reports

@Suite struct HTMLDocumentTests {
  static let hostile = "<script>alert(\"x&y\")</script> O'Brien & <b>Co</b> ]]> --> \u{01}"
  /// The hostile text as an XML parser decodes it: the same, minus the control character
  /// that XML 1.0 cannot carry.
  static let hostileDecoded = "<script>alert(\"x&y\")</script> O'Brien & <b>Co</b> ]]> --> "

  @Test func escapesTheFiveSpecialCharacters() {
    // The five XML entities of XML 1.0 §4.6, written out by hand.
    #expect(HTMLText.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    #expect(HTMLText.escaped("tab\tok\u{07}") == "tab\tok")
  }

  @Test func demoReportIsWellFormedAndHasEveryChart() {
    let html = HTMLDemoReport.document().rendered()
    let parsed = parseXML(html)
    #expect(parsed.isWellFormed, "\(parsed.error ?? "")")
    #expect(parsed.count("svg") == 6)
    #expect(parsed.count("script") == 0)
    #expect(parsed.count("section") == 5)
    #expect(parsed.count("table") == 1)
    #expect(!html.contains("http://") || !html.contains("src="))
    for title in [
      "Required vs scheduled agents, week of 3 March", "Under and over coverage by day and hour",
      "Headcount by role and region", "Monthly cost by scenario",
      "Capacity plan: required vs available FTE, with hires", "Roster, 24 agents over 28 days",
    ] {
      #expect(parsed.text.contains(title), "title \(title)")
    }
    for label in [
      "Agents (agents per 15 min)", "Day of week (UTC)", "Hour (UTC)",
      "Scheduled − required (agent-hours):", "Headcount (people)", "Cost (USD per month)",
      "Staff (FTE)", "Hires (people)", "Month (2025)", "Date (local)", "Agent (name)",
    ] {
      #expect(parsed.text.contains(label), "axis label \(label)")
    }
    for legend in [
      "Phone required", "Scheduled (all channels)", "Dublin", "Manila", "Escalation",
      "Required", "Available", "D Day 07:00–19:00", "O Off", "under-covered",
    ] {
      #expect(parsed.text.contains(legend), "legend \(legend)")
    }
  }

  @Test func hostileTextIsEscapedEverywhere() {
    let chart = LineChart(
      title: Self.hostile, xAxis: ChartAxis(Self.hostile, unit: Self.hostile),
      yAxis: ChartAxis("y", unit: "u"),
      series: [ChartSeries(Self.hostile, values: [1, 2, 3])], id: Self.hostile)
    let calendar = CalendarGrid(
      title: "c", agents: [Self.hostile], days: [Self.hostile], shifts: [[Self.hostile]],
      keys: [CalendarKey(Self.hostile, name: Self.hostile)])
    let document = HTMLDocument(
      title: Self.hostile, subtitle: Self.hostile,
      sections: [HTMLSection(Self.hostile, blocks: [
        .paragraph(Self.hostile), .note(Self.hostile), .list([Self.hostile]),
        .keyFigures([KeyFigure(Self.hostile, value: Self.hostile)]),
        .table(HTMLTable(caption: Self.hostile, header: [Self.hostile],
          rows: [[Self.hostile, Self.hostile]])),
        .chart(chart, caption: Self.hostile), .chart(calendar),
      ])], footer: Self.hostile)
    let parsed = parseXML(document.rendered())
    #expect(parsed.isWellFormed, "\(parsed.error ?? "")")
    #expect(parsed.count("script") == 0)
    #expect(parsed.count("b") == 0)
    #expect(parsed.text.contains(Self.hostileDecoded))
  }

  @Test func sameInputGivesSameBytes() {
    let first = HTMLDemoReport.document().rendered()
    let second = HTMLDemoReport.document().rendered()
    #expect(first == second)
    #expect(Data(first.utf8).count == Data(second.utf8).count)
  }

  @Test func repeatedSectionHeadingsGetUniqueIDs() {
    let document = HTMLDocument(
      title: "t", sections: [HTMLSection("Roster"), HTMLSection("Roster"), HTMLSection("1 2")])
    #expect(document.sectionIDs() == ["roster", "roster-2", "section-1-2"])
  }

  @Test func numericColumnsAreRightAligned() {
    let table = HTMLTable(
      caption: "c", header: ["Role", "FTE", "Cost", "Share", "Note", "Mixed"],
      rows: [
        ["Agents", "1,250.5", "$3,000", "84.5%", "requirement", "12"],
        ["TAMs", "n/a", "−$200", "9 %", "ratio 1:80", "about 3"],
      ])
    #expect(table.resolvedAlignments() == [.left, .right, .right, .right, .left, .left])
    let parsed = parseXML("<div>" + table.rendered() + "</div>")
    #expect(parsed.isWellFormed)
    #expect(parsed.count("th") == 8)
  }
}
