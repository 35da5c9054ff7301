import Testing

@testable import Reports

@Suite struct PlanReportTests {
  /// Two hand-written printed scenarios; the expected differences are read off by eye.
  static let first = """
    # Resolved scenario
    name: "A"
    interval: 15m
    customers:
      standard:
        count: 3000
        channels: { email: 70%, chat: 30% }
    shifts:
      templates:
        - name: early
          length: 8h
        - name: late
          length: 8h
    """
  static let second = """
    name: "B"
    interval: 15m
    customers:
      standard:
        count: 4500
        # derived comment that differs: 9000 tickets
        channels: { email: 70%, chat: 30% }
    shifts:
      templates:
        - name: early
          length: 8h
        - name: late
          length: 10h
    deflection:
      chatbot: 10%
    """

  @Test func flattenNamesEveryLeafByItsPath() {
    let flat = ScenarioDifference.flatten(Self.first)
    #expect(
      flat.map(\.0) == [
        "name", "interval", "customers.standard.count", "customers.standard.channels",
        "shifts.templates.1.name", "shifts.templates.1.length", "shifts.templates.2.name",
        "shifts.templates.2.length",
      ])
    #expect(flat.first { $0.0 == "shifts.templates.2.name" }?.1 == "late")
  }

  @Test func differencesSkipNamesCommentsAndEqualValues() {
    let differences = ScenarioDifference.between([Self.first, Self.second])
    #expect(
      differences == [
        ScenarioDifference(key: "customers.standard.count", values: ["3000", "4500"]),
        ScenarioDifference(key: "shifts.templates.2.length", values: ["8h", "10h"]),
        ScenarioDifference(key: "deflection.chatbot", values: [nil, "10%"]),
      ])
  }

  @Test func deltasAreSignedAgainstTheFirstColumn() {
    let money = CompareReport.Row(label: "Monthly cost", values: [441_500, 503_500, 389_000])
    // 503,500 − 441,500 = +62,000; 389,000 − 441,500 = −52,500 (by hand).
    #expect(money.delta(0) == "")
    #expect(money.delta(1) == "+62,000")
    #expect(money.delta(2) == "−52,500")
    let level = CompareReport.Row(label: "SL", values: [0.96, 0.951], isPercent: true)
    // 95.1% − 96.0% = −0.9 percentage points.
    #expect(level.delta(1) == "−0.9 pt")
    let missing = CompareReport.Row(label: "x", values: [nil, 3])
    #expect(missing.delta(1) == "")
    #expect(missing.format(nil) == "—")
  }
}
