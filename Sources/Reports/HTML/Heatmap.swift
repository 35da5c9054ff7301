/// A grid of signed values, rows × columns (e.g. days × hours of under/over coverage in
/// agent-hours), coloured on a diverging scale symmetric about zero: zero is neutral grey-white,
/// negative orange, positive purple (ColorBrewer PuOr). Each cell also prints its value when
/// the cell is wide enough, so the chart reads in grayscale; a legend bar shows the scale.
public struct Heatmap: SVGChart, Equatable {
  public var title: String
  /// Labels of the rows, top to bottom ("Mon" … "Sun").
  public var rowLabels: [String]
  /// Labels of the columns, left to right ("00" … "23").
  public var columnLabels: [String]
  /// Values row by row; a short row or NaN leaves the cell blank ("no data").
  public var values: [[Double]]
  public var rowAxis: ChartAxis
  public var columnAxis: ChartAxis
  /// What the colour measures, with unit: ChartAxis("Coverage", unit: "agent-hours").
  public var valueAxis: ChartAxis
  /// Words for the two sides of zero in the legend: ("under", "over").
  public var negativeMeaning: String
  public var positiveMeaning: String
  /// Decimals of the values printed in cells.
  public var decimals: Int
  public var summary: String
  public var id: String
  public var width: Double

  public init(
    title: String, rowLabels: [String], columnLabels: [String], values: [[Double]],
    rowAxis: ChartAxis, columnAxis: ChartAxis, valueAxis: ChartAxis,
    negativeMeaning: String = "below zero", positiveMeaning: String = "above zero",
    decimals: Int = 1, summary: String = "", id: String? = nil, width: Double = 960
  ) {
    self.title = title
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    self.values = values
    self.rowAxis = rowAxis
    self.columnAxis = columnAxis
    self.valueAxis = valueAxis
    self.negativeMeaning = negativeMeaning
    self.positiveMeaning = positiveMeaning
    self.decimals = decimals
    self.summary = summary
    self.id = id ?? "chart-" + HTMLText.identifier(title, fallback: "heatmap")
    self.width = width
  }

  /// The value of a cell, NaN when missing.
  func value(row: Int, column: Int) -> Double {
    guard row < values.count, column < values[row].count else { return .nan }
    return values[row][column]
  }

  /// The colour scale's limit: the largest |value| rounded up to a whole 1-2-5 step of a
  /// tenth of it (11 → 12, 3.7 → 4; 1 when all values are zero or missing), so the legend
  /// ends on a round figure close to the data.
  public var limit: Double {
    let largest = values.joined().filter(\.isFinite).map(abs).max() ?? 0
    guard largest > 0 else { return 1 }
    return AxisScale.nice(covering: 0, largest, intervals: 10).upper
  }

  /// The fill colour of `value` on this chart's scale (neutral for zero and for NaN).
  public func colour(of value: Double) -> String {
    ChartPalette.diverging(value, limit: limit)
  }

  public func svg() -> String {
    let limit = limit
    let labelWidth = (rowLabels.map(SVGCanvas.textWidth).max() ?? 0) + 46
    let columns = max(1, columnLabels.count)
    let cellWidth = ((width - 20 - labelWidth) / Double(columns)).rounded(.down)
    let cellHeight = min(32, max(18, cellWidth * 0.8)).rounded()
    let top = 96.0
    let gridHeight = cellHeight * Double(rowLabels.count)
    let height = top + gridHeight + 56
    let left = labelWidth
    var canvas = SVGCanvas(
      width: width, height: height, id: id, title: title, description: description(limit))
    drawLegendBar(&canvas, limit: limit, x: 12, y: 34)
    // Column labels on top.
    canvas.raw("<g class=\"axis\">\n")
    for (column, label) in columnLabels.enumerated() {
      canvas.text(label, x: left + (Double(column) + 0.5) * cellWidth, y: top - 6)
    }
    for (row, label) in rowLabels.enumerated() {
      canvas.text(
        label, x: left - 6, y: top + (Double(row) + 0.5) * cellHeight + 4, anchor: "end")
    }
    canvas.raw("</g>\n")
    let printsValues = cellWidth >= 26
    canvas.raw("<g class=\"cells\" stroke=\"#FFFFFF\" stroke-width=\"1\">\n")
    for row in rowLabels.indices {
      for column in columnLabels.indices {
        let value = value(row: row, column: column)
        guard value.isFinite else { continue }
        canvas.rect(
          x: left + Double(column) * cellWidth, y: top + Double(row) * cellHeight,
          width: cellWidth, height: cellHeight, fill: colour(of: value))
      }
    }
    canvas.raw("</g>\n")
    if printsValues {
      canvas.raw("<g class=\"cell-values\" font-size=\"10\" stroke=\"none\">\n")
      for row in rowLabels.indices {
        for column in columnLabels.indices {
          let value = value(row: row, column: column)
          guard value.isFinite else { continue }
          let fill = ChartPalette.needsLightText(value, limit: limit) ? "#FFFFFF" : "#222222"
          canvas.text(
            NumberText.fixed(value, decimals: decimals),
            x: left + (Double(column) + 0.5) * cellWidth,
            y: top + (Double(row) + 0.5) * cellHeight + 3.5, extra: "fill=\"\(fill)\"")
        }
      }
      canvas.raw("</g>\n")
    }
    let area = PlotArea(
      left: left, top: top, right: left + cellWidth * Double(columns),
      bottom: top + gridHeight)
    canvas.text(
      columnAxis.label, x: (area.left + area.right) / 2, y: area.bottom + 22,
      extra: "fill=\"\(SVGCanvas.muted)\"")
    let titleX = 18.0
    let titleY = (area.top + area.bottom) / 2
    canvas.text(
      rowAxis.label, x: titleX, y: titleY,
      extra: "transform=\"rotate(-90 \(n(titleX)) \(n(titleY)))\" fill=\"\(SVGCanvas.muted)\"")
    if values.joined().allSatisfy({ !$0.isFinite }) {
      canvas.emptyNote("No data", in: area)
    }
    return canvas.finished()
  }

  /// The legend: a bar of 9 steps from −limit to +limit with labels at the ends and zero,
  /// the meaning of each side and the unit.
  ///
  /// - Complexity: O(1).
  private func drawLegendBar(_ canvas: inout SVGCanvas, limit: Double, x: Double, y: Double) {
    let steps = 9
    let stepWidth = 26.0
    canvas.raw("<g class=\"legend\">\n")
    canvas.text(valueAxis.label + ":", x: x, y: y + 13, anchor: "start")
    let barX = x + SVGCanvas.textWidth(valueAxis.label + ":") + 10
    for step in 0..<steps {
      let value = limit * (Double(step) / Double(steps - 1) * 2 - 1)
      canvas.rect(
        x: barX + Double(step) * stepWidth, y: y + 2, width: stepWidth, height: 14,
        fill: ChartPalette.diverging(value, limit: limit),
        extra: "stroke=\"#999999\" stroke-width=\"0.5\"")
    }
    let scaleLabel = { (value: Double) in HTMLText.grouped(value, decimals: 2) }
    let end = barX + Double(steps) * stepWidth
    canvas.text(scaleLabel(-limit), x: barX, y: y + 30, extra: "font-size=\"11\"")
    canvas.text("0", x: (barX + end) / 2, y: y + 30, extra: "font-size=\"11\"")
    canvas.text(scaleLabel(limit), x: end, y: y + 30, extra: "font-size=\"11\"")
    canvas.text(
      "← \(negativeMeaning) · \(positiveMeaning) →", x: end + 12, y: y + 13, anchor: "start",
      extra: "fill=\"\(SVGCanvas.muted)\"")
    canvas.raw("</g>\n")
  }

  private func description(_ limit: Double) -> String {
    var text = "Heatmap of \(valueAxis.label) by \(rowAxis.label) (\(rowLabels.count) rows) "
    text += "and \(columnAxis.label) (\(columnLabels.count) columns); colour scale from "
    text += "\(HTMLText.grouped(-limit)) (\(negativeMeaning)) through 0 (neutral) to "
    text += "\(HTMLText.grouped(limit)) (\(positiveMeaning))."
    return summary.isEmpty ? text : text + " " + summary
  }
}
