/// Layout of a category x axis (roles, months, scenarios): equal slots, labels centred under
/// each slot, turned 35° when they do not fit side by side.
struct CategoryAxis: Sendable, Equatable {
  var labels: [String]

  /// Labels longer than this are shortened with "…" (the full text stays in the table).
  static let maxLabelCharacters = 28

  var shownLabels: [String] {
    labels.map { label in
      label.count <= Self.maxLabelCharacters
        ? label : String(label.prefix(Self.maxLabelCharacters - 1)) + "…"
    }
  }

  /// Whether labels must be turned for a plot `plotWidth` wide.
  func turnsLabels(plotWidth: Double) -> Bool {
    let slot = plotWidth / Double(max(1, labels.count))
    let widest = shownLabels.map(SVGCanvas.textWidth).max() ?? 0
    return widest > slot - 6
  }

  /// Space below the plot for labels and the axis title.
  func bottomMargin(plotWidth: Double) -> Double {
    guard turnsLabels(plotWidth: plotWidth) else { return 52 }
    let widest = shownLabels.map(SVGCanvas.textWidth).max() ?? 0
    return 44 + widest * 0.58
  }

  /// The centre x of category `index`.
  func centre(_ index: Int, in area: PlotArea) -> Double {
    area.left + (Double(index) + 0.5) * slotWidth(in: area)
  }

  func slotWidth(in area: PlotArea) -> Double { area.width / Double(max(1, labels.count)) }

  /// Draws the labels and the axis title below `area`.
  ///
  /// - Complexity: O(categories).
  func draw(_ canvas: inout SVGCanvas, axis: ChartAxis, area: PlotArea) {
    let turned = turnsLabels(plotWidth: area.width)
    canvas.raw("<g class=\"axis x-axis\">\n")
    for (index, label) in shownLabels.enumerated() {
      let x = centre(index, in: area)
      canvas.line(x1: x, y1: area.bottom, x2: x, y2: area.bottom + 4, stroke: "#444444")
      if turned {
        let y = area.bottom + 14
        canvas.text(
          label, x: x, y: y, anchor: "end",
          extra: "transform=\"rotate(-35 \(n(x)) \(n(y)))\"")
      } else {
        canvas.text(label, x: x, y: area.bottom + 19)
      }
    }
    canvas.raw("</g>\n")
    let titleY = turned ? area.bottom + bottomMargin(plotWidth: area.width) - 10 : area.bottom + 40
    canvas.text(
      axis.label, x: (area.left + area.right) / 2, y: titleY,
      extra: "fill=\"\(SVGCanvas.muted)\"")
  }
}
