import Testing

@testable import Reports

/// Nice 1-2-5 ticks (Heckbert, "Nice numbers for graph labels", Graphics Gems 1990). Expected
/// ticks are worked by hand: step = the 1-2-5 number ≥ span / 5, bounds widened to whole steps.
@Suite struct ChartScaleTests {
  @Test func zeroToEightySevenStepsByTwenty() {
    // span 87 / 5 = 17.4 → next 1-2-5 number 20; 87 rounds up to 100.
    let scale = AxisScale.nice(covering: 0, 87)
    #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
    #expect(scale.step == 20)
    #expect(scale.decimals == 0)
  }

  @Test func unitRangeStepsByTwoTenths() {
    // span 1 / 5 = 0.2 → step 0.2; ticks must print as 0.6, not 0.6000000000000001.
    let scale = AxisScale.nice(covering: 0, 1)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(scale.ticks.map(scale.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    #expect(scale.decimals == 1)
  }

  @Test func signedRangeStepsByFive() {
    // span 11.1 / 5 = 2.22 → step 5; −3.2 widens to −5, 7.9 to 10.
    let scale = AxisScale.nice(covering: -3.2, 7.9)
    #expect(scale.ticks == [-5, 0, 5, 10])
  }

  @Test func thousandsStepByTwoHundredThousand() {
    // span 870,000 / 5 = 174,000 → step 200,000; labels grouped with commas.
    let scale = AxisScale.nice(covering: 0, 870_000)
    #expect(scale.ticks.last == 1_000_000)
    #expect(scale.label(200_000) == "200,000")
  }

  @Test(arguments: [(0.0, 0.0), (Double.nan, Double.nan), (0, -0.0)])
  func emptyRangeBecomesZeroToOne(low: Double, high: Double) {
    // No span: the documented fallback 0…1, step 0.2.
    let scale = AxisScale.nice(covering: low, high)
    #expect(scale.lower == 0)
    #expect(scale.upper == 1)
    #expect(scale.ticks.count == 6)
  }

  @Test func constantPositiveSeriesIncludesZero() {
    // 42…42 with zero included is 0…42: span 42 / 5 = 8.4 → step 10, top 50.
    let scale = AxisScale.nice(covering: 42, 42)
    #expect(scale.ticks == [0, 10, 20, 30, 40, 50])
  }

  @Test func minimumStepKeepsCountsWhole() {
    // 0…2 people would step by 0.5; with a minimum step of 1 it is 0, 1, 2.
    #expect(AxisScale.nice(covering: 0, 2, minimumStep: 1).ticks == [0, 1, 2])
  }

  @Test func positionMapsBoundsToPixels() {
    // 0…100 onto 300…100 (a y axis, upward): 25 is a quarter of the way, at 250.
    let scale = AxisScale.nice(covering: 0, 87)
    #expect(scale.position(25, from: 300, to: 100) == 250)
  }

  @Test func groupedNumbers() {
    // Thousands separators written out by hand.
    #expect(HTMLText.grouped(1_250_000) == "1,250,000")
    #expect(HTMLText.grouped(-1234.5) == "-1,234.5")
    #expect(HTMLText.grouped(999) == "999")
    #expect(HTMLText.grouped(0.25) == "0.25")
  }

  @Test func svgCoordinatesHaveOneDecimal() {
    #expect(SVGNumber.text(12.34) == "12.3")
    #expect(SVGNumber.text(12.0) == "12")
    #expect(SVGNumber.text(-0.04) == "0")
    #expect(SVGNumber.text(-2.55) == "-2.6")
    #expect(SVGNumber.text(.nan) == "0")
  }
}
