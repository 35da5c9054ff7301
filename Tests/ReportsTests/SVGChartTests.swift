import Foundation
import Testing

@testable import Reports

@Suite struct SVGChartTests {
  static let axis = ChartAxis("Agents", unit: "agents")

  @Test func heatmapZeroIsNeutral() {
    // Diverging scale: zero is the neutral middle colour of ColorBrewer PuOr (#F7F7F7); the
    // ends are PuOr's darkest orange (#B35806) and purple (#542788); a quarter of the way is
    // PuOr's next stop (#FEE0B6 / #D8DAEB) (colorbrewer2.org, 9-class PuOr).
    #expect(ChartPalette.diverging(0, limit: 10) == "#F7F7F7")
    #expect(ChartPalette.diverging(-0.0, limit: 10) == "#F7F7F7")
    #expect(ChartPalette.diverging(.nan, limit: 10) == "#F7F7F7")
    #expect(ChartPalette.diverging(-10, limit: 10) == "#B35806")
    #expect(ChartPalette.diverging(-25, limit: 10) == "#B35806")
    #expect(ChartPalette.diverging(10, limit: 10) == "#542788")
    #expect(ChartPalette.diverging(-2.5, limit: 10) == "#FEE0B6")
    #expect(ChartPalette.diverging(2.5, limit: 10) == "#D8DAEB")
  }

  @Test func heatmapLimitIsNiceAndZeroCellsNeutral() {
    let heatmap = Heatmap(
      title: "h", rowLabels: ["Mon"], columnLabels: ["00", "01", "02"], values: [[0, -3.7, 1]],
      rowAxis: ChartAxis("Day", unit: "UTC"), columnAxis: ChartAxis("Hour", unit: "UTC"),
      valueAxis: ChartAxis("Coverage", unit: "agent-hours"))
    // Largest |value| 3.7: a tenth is 0.37 → 1-2-5 step 0.5; 3.7 rounds up to 8 steps = 4.
    #expect(heatmap.limit == 4)
    #expect(heatmap.colour(of: 0) == "#F7F7F7")
    let svg = heatmap.svg()
    #expect(parseXML(svg).isWellFormed)
    #expect(svg.contains("fill=\"#F7F7F7\""))
    #expect(svg.contains(">-3.7</text>"))
  }

  @Test func emptyAllZeroNaNAndSinglePointSeriesRender() {
    let cases: [[ChartSeries]] = [
      [],
      [ChartSeries("none", values: [])],
      [ChartSeries("zeros", values: [0, 0, 0])],
      [ChartSeries("gaps", values: [1, .nan, 3, 4, .nan])],
      [ChartSeries("one", values: [5])],
      [ChartSeries("nan", values: [.nan, .nan])],
    ]
    for series in cases {
      for style in [LineChart.Style.line, .step] {
        let chart = LineChart(
          title: "t", xAxis: ChartAxis("x", unit: "h"), yAxis: Self.axis, series: series,
          style: style)
        let parsed = parseXML(chart.svg())
        #expect(parsed.isWellFormed, "\(parsed.error ?? "")")
      }
    }
    func svg(_ values: [Double]) -> String {
      LineChart(
        title: "t", xAxis: ChartAxis("x", unit: "h"), yAxis: Self.axis,
        series: [ChartSeries("s", values: values)]
      ).svg()
    }
    #expect(svg([]).contains("No data"))
    #expect(svg([.nan]).contains("No data"))
    #expect(!svg([0, 0]).contains("No data"))
    // A single point is a dot; a NaN in the middle splits the line into two paths.
    #expect(parseXML(svg([5])).count("circle") == 1)
    #expect(parseXML(svg([1, 2, .nan, 3, 4])).count("path") == 2)
  }

  @Test func stepLineHoldsEachValueUntilTheNextPoint() {
    // Two values on 0…2 (x) and 0…2 (y): 0→1 at y=1, then 1→2 at y=2. Plot 100…900 wide.
    let chart = LineChart(
      title: "t", xAxis: ChartAxis("x", unit: "h", bounds: 0...2),
      yAxis: ChartAxis("y", unit: "u", bounds: 0...2),
      series: [ChartSeries("s", values: [1, 2])], style: .step)
    let svg = chart.svg()
    let path = svg.components(separatedBy: "<path d=\"").dropFirst().first ?? ""
    // Four vertices: (0,1) (1,1) (1,2) (2,2).
    #expect(path.components(separatedBy: "L").count == 4)
  }

  @Test func barChartsEmptyAndStacked() {
    for layout in [BarChart.Layout.grouped, .stacked] {
      let empty = BarChart(
        title: "b", categories: [], series: [], layout: layout, xAxis: ChartAxis("Role", unit: ""),
        yAxis: Self.axis)
      #expect(parseXML(empty.svg()).isWellFormed)
      #expect(empty.svg().contains("No data"))
    }
    let stacked = BarChart(
      title: "b", categories: ["A", "B"],
      series: [CategorySeries("x", values: [3, -1]), CategorySeries("y", values: [4, .nan])],
      layout: .stacked, xAxis: ChartAxis("Role", unit: ""), yAxis: Self.axis)
    // Stack tops by hand: A = 3 + 4 = 7 up; B = −1 down.
    #expect(stacked.extent().low == -1)
    #expect(stacked.extent().high == 7)
    let parsed = parseXML(stacked.svg())
    #expect(parsed.isWellFormed)
    // Background + 2 legend boxes + 3 finite non-zero bars.
    #expect(parsed.count("rect") == 6)
  }

  @Test func comboChartHasBothAxes() {
    let chart = HTMLDemoReport.capacityChart()
    let parsed = parseXML(chart.svg())
    #expect(parsed.isWellFormed)
    #expect(parsed.text.contains("Staff (FTE)"))
    #expect(parsed.text.contains("Hires (people)"))
    // 12 hire bars + 1 legend box + background; 12 markers per line.
    #expect(parsed.count("rect") == 14)
    #expect(parsed.count("circle") == 24)
    // Hires 0…2 on their own axis, doubled to keep bars low: 0…4, whole people only.
    #expect(parsed.text.contains("Hires (people)"))
    #expect(!parsed.text.contains("0.5"))
  }

  @Test func calendarSplitsIntoPrintableParts() {
    let parts = HTMLDemoReport.calendar(agents: 130, days: 7).parts(agentsPerPart: 60)
    // 130 = 60 + 60 + 10.
    #expect(parts.map(\.agents.count) == [60, 60, 10])
    #expect(parts.map(\.shifts.count) == [60, 60, 10])
    #expect(parts[2].title == "Roster, 130 agents over 7 days (agents 121–130 of 130)")
    #expect(parts[2].agents.first == "Agent 121")
    #expect(Set(parts.map(\.id)).count == 3)
  }

  @Test func calendarOf200AgentsBy42DaysIsOneRectPerCell() {
    let grid = HTMLDemoReport.calendar(agents: 200, days: 42)
    let svg = grid.svg()
    let parsed = parseXML(svg)
    #expect(parsed.isWellFormed)
    // 8,400 cells + 3 legend boxes + the background.
    #expect(parsed.count("rect") == 200 * 42 + 3 + 1)
    // Codes are not printed above 2,000 cells; the markup stays compact (≈ 50 bytes a cell).
    #expect(parsed.count("text") < 300)
    #expect(svg.utf8.count < 600_000)
  }

  @Test func calendarListsUnknownCodesAsOther() {
    let grid = CalendarGrid(
      title: "c", agents: ["Ann", "Bo"], days: ["Mo", "Tu"], shifts: [["D", "X"], ["", "D"]],
      keys: [CalendarKey("D", name: "Day")])
    let parsed = parseXML(grid.svg())
    #expect(parsed.isWellFormed)
    #expect(parsed.text.contains("other"))
    // Background + 2 legend boxes (D, other) + 3 non-blank cells.
    #expect(parsed.count("rect") == 6)
  }

  /// Writes the demo report where `STAFFPLAN_DEMO_REPORT` points, for scripts/check-report.sh.
  @Test func writeDemoReportWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["STAFFPLAN_DEMO_REPORT"] else { return }
    let html = HTMLDemoReport.document(calendarAgents: 90, calendarDays: 42).rendered()
    try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
