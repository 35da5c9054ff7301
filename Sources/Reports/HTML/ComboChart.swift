/// Lines and bars over the same categories: the capacity plan's required and available FTE
/// per month as lines, hires per month as bars. Bars use their own axis on the right when
/// `barAxis` is given (hires are people, not FTE), else the left axis. Lines carry a marker
/// at each category and a dash pattern; NaN values are skipped (the line breaks).
public struct ComboChart: SVGChart, Equatable {
  public var title: String
  public var categories: [String]
  public var lines: [CategorySeries]
  public var bars: [CategorySeries]
  public var xAxis: ChartAxis
  /// The left axis, for the lines (and the bars when `barAxis` is nil).
  public var yAxis: ChartAxis
  /// The right axis for the bars, or nil to share the left one.
  public var barAxis: ChartAxis?
  public var summary: String
  public var id: String
  public var width: Double
  public var height: Double

  public init(
    title: String, categories: [String], lines: [CategorySeries], bars: [CategorySeries],
    xAxis: ChartAxis, yAxis: ChartAxis, barAxis: ChartAxis? = nil, summary: String = "",
    id: String? = nil, width: Double = 960, height: Double = 380
  ) {
    self.title = title
    self.categories = categories
    self.lines = lines
    self.bars = bars
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.barAxis = barAxis
    self.summary = summary
    self.id = id ?? "chart-" + HTMLText.identifier(title, fallback: "combo")
    self.width = width
    self.height = height
  }

  private static func finite(_ series: [CategorySeries], count: Int) -> [Double] {
    series.flatMap { $0.values.prefix(count) }.filter(\.isFinite)
  }

  public func svg() -> String {
    let count = categories.count
    let lineValues = Self.finite(lines, count: count)
    let barValues = Self.finite(bars, count: count)
    let shared = barAxis == nil
    let leftValues = shared ? lineValues + barValues : lineValues
    let leftScale = AxisScale.nice(covering: leftValues.min() ?? 0, leftValues.max() ?? 1)
    // On its own axis the bars take at most about half the height, below the lines, and
    // counts (all values whole) keep whole-number ticks.
    let whole = barValues.allSatisfy { $0 == $0.rounded() }
    let barScale =
      shared
      ? leftScale
      : AxisScale.nice(
        covering: 2 * (barValues.min() ?? 0), 2 * (barValues.max() ?? 0.5),
        minimumStep: whole ? 1 : 0)
    var canvas = SVGCanvas(
      width: width, height: height, id: id, title: title,
      description: description(leftScale, barScale))
    var entries = bars.enumerated().map { index, item in
      LegendEntry(name: item.name, key: .box(colour: barColour(index)))
    }
    entries += lines.enumerated().map { index, item in
      LegendEntry(
        name: item.name,
        key: .line(colour: ChartPalette.colour(index), dash: ChartPalette.dash(index)))
    }
    let legendBottom = canvas.legend(entries, x: 12, y: 32, maxX: width - 12)
    let axis = CategoryAxis(labels: categories)
    let left = 12 + valueAxisMargin(leftScale)
    let right = width - (shared ? 20 : valueAxisMargin(barScale) + 8)
    let area = PlotArea(
      left: left, top: legendBottom + 14, right: right,
      bottom: height - axis.bottomMargin(plotWidth: right - left))
    canvas.valueAxis(leftScale, axis: yAxis, area: area)
    if let barAxis {
      canvas.valueAxis(barScale, axis: barAxis, area: area, onRight: true, gridlines: false)
    }
    axis.draw(&canvas, axis: xAxis, area: area)
    if count == 0 || (lineValues.isEmpty && barValues.isEmpty) {
      canvas.emptyNote("No data", in: area)
    }
    drawBars(&canvas, scale: barScale, area: area, axis: axis)
    drawLines(&canvas, scale: leftScale, area: area, axis: axis)
    canvas.baseline(area)
    return canvas.finished()
  }

  /// Bars take colours after the lines' so a bar never shares a line's colour.
  private func barColour(_ index: Int) -> String { ChartPalette.colour(lines.count + index) }

  /// - Complexity: O(bar series × categories).
  private func drawBars(
    _ canvas: inout SVGCanvas, scale: AxisScale, area: PlotArea, axis: CategoryAxis
  ) {
    guard !bars.isEmpty else { return }
    let slot = axis.slotWidth(in: area)
    let barWidth = slot * 0.6 / Double(bars.count)
    let zeroValue = min(max(0, scale.lower), scale.upper)
    let zero = scale.position(zeroValue, from: area.bottom, to: area.top)
    canvas.raw("<g class=\"bars\" stroke=\"#333333\" stroke-width=\"0.5\">\n")
    var labels: [(String, Double, Double)] = []
    for category in categories.indices {
      let groupLeft = axis.centre(category, in: area) - slot * 0.3
      for (index, item) in bars.enumerated() {
        guard category < item.values.count, item.values[category].isFinite else { continue }
        let value = item.values[category]
        let y = scale.position(value, from: area.bottom, to: area.top)
        let x = groupLeft + Double(index) * barWidth
        canvas.rect(
          x: x, y: min(y, zero), width: barWidth, height: abs(zero - y), fill: barColour(index),
          extra: "fill-opacity=\"0.75\"")
        let label = HTMLText.grouped(value, decimals: 1)
        if value != 0 && SVGCanvas.textWidth(label) * 0.85 <= barWidth + 4 {
          labels.append((label, x + barWidth / 2, value > 0 ? y - 4 : y + 12))
        }
      }
    }
    canvas.raw("</g>\n")
    if !labels.isEmpty {
      canvas.raw("<g class=\"values\" font-size=\"10\">\n")
      for (text, x, y) in labels { canvas.text(text, x: x, y: y) }
      canvas.raw("</g>\n")
    }
  }

  /// - Complexity: O(line series × categories).
  private func drawLines(
    _ canvas: inout SVGCanvas, scale: AxisScale, area: PlotArea, axis: CategoryAxis
  ) {
    canvas.raw("<g class=\"series\" fill=\"none\" stroke-width=\"2.5\">\n")
    for (index, item) in lines.enumerated() {
      let colour = ChartPalette.colour(index)
      let dash = ChartPalette.dash(index)
      var d = ""
      var markers = ""
      var penDown = false
      for category in categories.indices {
        guard category < item.values.count, item.values[category].isFinite else {
          penDown = false
          continue
        }
        let x = axis.centre(category, in: area)
        let y = scale.position(item.values[category], from: area.bottom, to: area.top)
        d += (penDown ? "L" : "M") + "\(n(x)) \(n(y))"
        penDown = true
        markers += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3\"/>"
      }
      if !d.isEmpty {
        canvas.raw("<path d=\"\(d)\" stroke=\"\(colour)\"")
        if !dash.isEmpty { canvas.raw(" stroke-dasharray=\"\(dash)\"") }
        canvas.raw("/>\n")
        canvas.raw("<g fill=\"\(colour)\" stroke=\"none\">\(markers)</g>\n")
      }
    }
    canvas.raw("</g>\n")
  }

  private func description(_ left: AxisScale, _ right: AxisScale) -> String {
    var text = "Lines of \(lines.map(\.name).joined(separator: ", ")) on \(yAxis.label)"
    text += " from \(left.label(left.lower)) to \(left.label(left.upper))"
    text += ", bars of \(bars.map(\.name).joined(separator: ", "))"
    if let barAxis {
      text += " on \(barAxis.label) from \(right.label(right.lower))"
      text += " to \(right.label(right.upper))"
    }
    text += ", over \(categories.count) categories of \(xAxis.label)."
    return summary.isEmpty ? text : text + " " + summary
  }
}
