/// Several series over a common x axis: e.g. a week of required and scheduled agents per
/// 15-minute interval. Lines differ by colour (Okabe–Ito) and dash; NaN values break the line.
public struct LineChart: SVGChart, Equatable {
  /// How points are joined.
  public enum Style: Sendable, Equatable {
    /// Straight segments between points.
    case line
    /// Each value holds until the next point (interval data); the last value holds for one
    /// more step of the previous spacing.
    case step
  }

  public var title: String
  public var xAxis: ChartAxis
  public var yAxis: ChartAxis
  public var series: [ChartSeries]
  public var style: Style
  /// Extra sentence for the SVG `<desc>` (the generated summary is always included).
  public var summary: String
  /// The `id` of the `<svg>`; must be unique in a document. Defaults to one from the title.
  public var id: String
  public var width: Double
  public var height: Double

  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, series: [ChartSeries],
    style: Style = .line, summary: String = "", id: String? = nil,
    width: Double = 960, height: Double = 380
  ) {
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.series = series
    self.style = style
    self.summary = summary
    self.id = id ?? "chart-" + HTMLText.identifier(title, fallback: "line")
    self.width = width
    self.height = height
  }

  /// The finite points of all series.
  private var finitePoints: [ChartPoint] {
    series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
  }

  /// The x scale: the axis bounds and ticks when fixed, else nice ticks over the data.
  func xScale() -> AxisScale {
    let xs = finitePoints.map(\.x)
    if let ticks = xAxis.ticks {
      let lower = xAxis.bounds?.lowerBound ?? (xs.min() ?? ticks.first?.value ?? 0)
      let upper = xAxis.bounds?.upperBound ?? (xs.max() ?? ticks.last?.value ?? 1)
      return AxisScale(lower: lower, upper: upper, ticks: ticks.map(\.value))
    }
    if let bounds = xAxis.bounds {
      let nice = AxisScale.nice(
        covering: bounds.lowerBound, bounds.upperBound, intervals: 8, includingZero: false)
      return AxisScale(
        lower: bounds.lowerBound, upper: bounds.upperBound,
        ticks: nice.ticks.filter { bounds.contains($0) }, decimals: nice.decimals)
    }
    return AxisScale.nice(
      covering: xs.min() ?? 0, xs.max() ?? 1, intervals: 8, includingZero: false)
  }

  /// The y scale: nice ticks covering the data and zero with 5% headroom above the highest
  /// value (so a peak never runs along the plot's top edge), or the axis bounds when fixed.
  func yScale() -> AxisScale {
    if let bounds = yAxis.bounds {
      return AxisScale.nice(covering: bounds.lowerBound, bounds.upperBound, includingZero: false)
    }
    let ys = finitePoints.map(\.y)
    let low = ys.min() ?? 0
    let high = ys.max() ?? 1
    let headroom = high > 0 ? (high - min(low, 0)) * 0.05 : 0
    return AxisScale.nice(covering: low, high + headroom)
  }

  public func svg() -> String {
    let xScale = xScale()
    let yScale = yScale()
    var canvas = SVGCanvas(
      width: width, height: height, id: id, title: title, description: description(yScale))
    let legendEntries = series.enumerated().map { index, item in
      LegendEntry(
        name: item.name,
        key: .line(colour: ChartPalette.colour(index), dash: ChartPalette.dash(index)))
    }
    let legendBottom = canvas.legend(legendEntries, x: 12, y: 32, maxX: width - 12)
    let area = PlotArea(
      left: 12 + valueAxisMargin(yScale), top: legendBottom + 14, right: width - 20,
      bottom: height - 52)
    canvas.valueAxis(yScale, axis: yAxis, area: area)
    drawXAxis(&canvas, scale: xScale, area: area)
    if finitePoints.isEmpty {
      canvas.emptyNote("No data", in: area)
    }
    canvas.raw("<g class=\"series\" fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\">\n")
    for (index, item) in series.enumerated() {
      draw(item, index: index, canvas: &canvas, x: xScale, y: yScale, area: area)
    }
    canvas.raw("</g>\n")
    canvas.baseline(area)
    return canvas.finished()
  }

  private func description(_ yScale: AxisScale) -> String {
    let names = series.map(\.name).joined(separator: ", ")
    var text = "Line chart of \(series.count) series (\(names)); x: \(xAxis.label); "
    text += "y: \(yAxis.label) from \(yScale.label(yScale.lower))"
    text += " to \(yScale.label(yScale.upper))."
    return summary.isEmpty ? text : text + " " + summary
  }

  /// Tick marks, gridlines and labels of the x axis, and its title.
  ///
  /// - Complexity: O(ticks).
  private func drawXAxis(_ canvas: inout SVGCanvas, scale: AxisScale, area: PlotArea) {
    let ticks =
      xAxis.ticks
      ?? scale.ticks.map { AxisTick($0, label: scale.label($0), gridline: true) }
    canvas.raw("<g class=\"axis x-axis\">\n")
    for tick in ticks where tick.value >= scale.lower && tick.value <= scale.upper {
      let x = scale.position(tick.value, from: area.left, to: area.right)
      if tick.gridline {
        canvas.line(x1: x, y1: area.top, x2: x, y2: area.bottom, stroke: SVGCanvas.grid)
        canvas.line(x1: x, y1: area.bottom, x2: x, y2: area.bottom + 5, stroke: "#444444")
      }
      if !tick.label.isEmpty {
        canvas.text(tick.label, x: x, y: area.bottom + 19)
      }
    }
    canvas.raw("</g>\n")
    canvas.xAxisTitle(xAxis, area: area)
  }

  /// Draws one series: optional area, the line (broken at NaN), a dot for a lone point.
  ///
  /// - Complexity: O(points).
  private func draw(
    _ item: ChartSeries, index: Int, canvas: inout SVGCanvas, x: AxisScale, y: AxisScale,
    area: PlotArea
  ) {
    let colour = ChartPalette.colour(index)
    let dash = ChartPalette.dash(index)
    let runs = finiteRuns(item.points)
    let zeroY = y.position(min(max(0, y.lower), y.upper), from: area.bottom, to: area.top)
    for run in runs {
      let coordinates = path(run).map { point in
        (x.position(point.x, from: area.left, to: area.right),
         y.position(point.y, from: area.bottom, to: area.top))
      }
      guard let first = coordinates.first, let last = coordinates.last else { continue }
      if coordinates.count == 1 {
        canvas.raw(
          "<circle cx=\"\(n(first.0))\" cy=\"\(n(first.1))\" r=\"3.5\" fill=\"\(colour)\"/>\n")
        continue
      }
      var d = "M\(n(first.0)) \(n(first.1))"
      for point in coordinates.dropFirst() { d += "L\(n(point.0)) \(n(point.1))" }
      if item.fillsArea {
        let closed = d + "L\(n(last.0)) \(n(zeroY))L\(n(first.0)) \(n(zeroY))Z"
        canvas.raw(
          "<path d=\"\(closed)\" fill=\"\(colour)\" fill-opacity=\"0.15\" stroke=\"none\"/>\n")
      }
      canvas.raw("<path d=\"\(d)\" stroke=\"\(colour)\"")
      if !dash.isEmpty { canvas.raw(" stroke-dasharray=\"\(dash)\"") }
      canvas.raw("/>\n")
    }
  }

  /// Maximal runs of consecutive points with finite coordinates (NaN splits a run).
  private func finiteRuns(_ points: [ChartPoint]) -> [[ChartPoint]] {
    var runs: [[ChartPoint]] = []
    var current: [ChartPoint] = []
    for point in points {
      if point.x.isFinite && point.y.isFinite {
        current.append(point)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// The vertices to draw for a run: the points themselves, or for a step line a horizontal
  /// then vertical move per interval, the last value extended by the previous spacing.
  private func path(_ run: [ChartPoint]) -> [ChartPoint] {
    guard style == .step, run.count > 1 else { return run }
    var vertices: [ChartPoint] = []
    for (index, point) in run.enumerated() {
      let nextX =
        index + 1 < run.count ? run[index + 1].x : point.x + (point.x - run[index - 1].x)
      vertices.append(point)
      vertices.append(ChartPoint(x: nextX, y: point.y))
    }
    return vertices
  }
}
