/// Bars per category, grouped side by side or stacked: headcount or cost by role, or, for a
/// comparison, one bar per scenario in each category. Bars carry their value as a label when
/// there is room, so the chart reads in grayscale too. NaN values draw no bar.
public struct BarChart: SVGChart, Equatable {
  public enum Layout: Sendable, Equatable {
    /// Series side by side within each category.
    case grouped
    /// Series on top of each other (positive values up, negative down from zero).
    case stacked
  }

  public var title: String
  public var categories: [String]
  public var series: [CategorySeries]
  public var layout: Layout
  public var xAxis: ChartAxis
  public var yAxis: ChartAxis
  /// Print each bar's value (grouped) or each stack's total (stacked) when it fits.
  public var showsValues: Bool
  public var summary: String
  public var id: String
  public var width: Double
  public var height: Double

  public init(
    title: String, categories: [String], series: [CategorySeries], layout: Layout = .grouped,
    xAxis: ChartAxis, yAxis: ChartAxis, showsValues: Bool = true, summary: String = "",
    id: String? = nil, width: Double = 960, height: Double = 380
  ) {
    self.title = title
    self.categories = categories
    self.series = series
    self.layout = layout
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.showsValues = showsValues
    self.summary = summary
    self.id = id ?? "chart-" + HTMLText.identifier(title, fallback: "bars")
    self.width = width
    self.height = height
  }

  func value(series index: Int, category: Int) -> Double {
    let values = series[index].values
    return category < values.count ? values[category] : .nan
  }

  /// Lowest and highest value drawn: single bars when grouped, stack ends when stacked.
  ///
  /// - Complexity: O(series × categories).
  func extent() -> (low: Double, high: Double) {
    var low = 0.0
    var high = 0.0
    for category in categories.indices {
      var up = 0.0
      var down = 0.0
      for index in series.indices {
        let value = value(series: index, category: category)
        guard value.isFinite else { continue }
        if layout == .grouped {
          low = min(low, value)
          high = max(high, value)
        } else if value >= 0 {
          up += value
        } else {
          down += value
        }
      }
      low = min(low, down)
      high = max(high, up)
    }
    return (low, high)
  }

  public func svg() -> String {
    let (low, high) = extent()
    let scale: AxisScale
    if let bounds = yAxis.bounds {
      scale = AxisScale.nice(covering: bounds.lowerBound, bounds.upperBound, includingZero: false)
    } else {
      scale = AxisScale.nice(covering: low, high)
    }
    var canvas = SVGCanvas(
      width: width, height: height, id: id, title: title, description: description(scale))
    let entries = series.enumerated().map { index, item in
      LegendEntry(name: item.name, key: .box(colour: ChartPalette.colour(index)))
    }
    let legendBottom = canvas.legend(entries, x: 12, y: 32, maxX: width - 12)
    let axis = CategoryAxis(labels: categories)
    let left = 12 + valueAxisMargin(scale)
    let right = width - 20
    let area = PlotArea(
      left: left, top: legendBottom + 14, right: right,
      bottom: height - axis.bottomMargin(plotWidth: right - left))
    canvas.valueAxis(scale, axis: yAxis, area: area)
    axis.draw(&canvas, axis: xAxis, area: area)
    let hasData = series.contains { $0.values.contains(where: \.isFinite) }
    if categories.isEmpty || !hasData {
      canvas.emptyNote("No data", in: area)
    }
    canvas.raw("<g class=\"bars\" stroke=\"#333333\" stroke-width=\"0.5\">\n")
    switch layout {
    case .grouped: drawGrouped(&canvas, scale: scale, area: area, axis: axis)
    case .stacked: drawStacked(&canvas, scale: scale, area: area, axis: axis)
    }
    canvas.raw("</g>\n")
    canvas.baseline(area)
    return canvas.finished()
  }

  /// - Complexity: O(series × categories).
  private func drawGrouped(
    _ canvas: inout SVGCanvas, scale: AxisScale, area: PlotArea, axis: CategoryAxis
  ) {
    let slot = axis.slotWidth(in: area)
    let barWidth = slot * 0.8 / Double(max(1, series.count))
    let zero = scale.position(clampedZero(scale), from: area.bottom, to: area.top)
    var labels: [(String, Double, Double)] = []
    for category in categories.indices {
      let groupLeft = axis.centre(category, in: area) - slot * 0.4
      for index in series.indices {
        let value = value(series: index, category: category)
        guard value.isFinite else { continue }
        let y = scale.position(value, from: area.bottom, to: area.top)
        let x = groupLeft + Double(index) * barWidth
        canvas.rect(
          x: x, y: min(y, zero), width: barWidth, height: abs(zero - y),
          fill: ChartPalette.colour(index))
        let label = HTMLText.grouped(value, decimals: 1)
        if showsValues && SVGCanvas.textWidth(label) * 0.85 <= barWidth + 4 {
          labels.append((label, x + barWidth / 2, value >= 0 ? y - 4 : y + 12))
        }
      }
    }
    drawValueLabels(&canvas, labels)
  }

  /// - Complexity: O(series × categories).
  private func drawStacked(
    _ canvas: inout SVGCanvas, scale: AxisScale, area: PlotArea, axis: CategoryAxis
  ) {
    let barWidth = axis.slotWidth(in: area) * 0.6
    var labels: [(String, Double, Double)] = []
    for category in categories.indices {
      let x = axis.centre(category, in: area) - barWidth / 2
      var up = 0.0
      var down = 0.0
      for index in series.indices {
        let value = value(series: index, category: category)
        guard value.isFinite, value != 0 else { continue }
        let start = value > 0 ? up : down
        let end = start + value
        if value > 0 { up = end } else { down = end }
        let y0 = scale.position(start, from: area.bottom, to: area.top)
        let y1 = scale.position(end, from: area.bottom, to: area.top)
        canvas.rect(
          x: x, y: min(y0, y1), width: barWidth, height: abs(y1 - y0),
          fill: ChartPalette.colour(index))
      }
      let total = up + down
      let label = HTMLText.grouped(total, decimals: 1)
      if showsValues && (up != 0 || down != 0)
        && SVGCanvas.textWidth(label) * 0.85 <= barWidth + 4
      {
        let top = scale.position(up, from: area.bottom, to: area.top)
        labels.append((label, x + barWidth / 2, top - 4))
      }
    }
    drawValueLabels(&canvas, labels)
  }

  private func drawValueLabels(_ canvas: inout SVGCanvas, _ labels: [(String, Double, Double)]) {
    guard !labels.isEmpty else { return }
    canvas.raw("<g class=\"values\" font-size=\"10\" stroke=\"none\">\n")
    for (text, x, y) in labels { canvas.text(text, x: x, y: y) }
    canvas.raw("</g>\n")
  }

  private func clampedZero(_ scale: AxisScale) -> Double { min(max(0, scale.lower), scale.upper) }

  private func description(_ scale: AxisScale) -> String {
    let kind = layout == .grouped ? "Grouped" : "Stacked"
    var text = "\(kind) bar chart of \(series.map(\.name).joined(separator: ", "))"
    text += " for \(categories.count) categories of \(xAxis.label); y: \(yAxis.label)"
    text += " from \(scale.label(scale.lower)) to \(scale.label(scale.upper))."
    return summary.isEmpty ? text : text + " " + summary
  }
}
