/// Accumulates SVG markup for one chart: the root element with `<title>` and `<desc>`, the
/// title line, the legend, axes and primitives. Every text goes through `HTMLText.escaped`.
struct SVGCanvas {
  let width: Double
  let height: Double
  private(set) var markup = ""

  static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif"
  static let ink = "#222222"
  static let muted = "#555555"
  static let grid = "#DDDDDD"
  /// Average glyph width of the 12 px sans-serif used for labels, to lay out without a font.
  static let glyphWidth = 6.6

  /// Opens the `<svg>` with its accessible name and description and draws the title.
  init(width: Double, height: Double, id: String, title: String, description: String) {
    self.width = width
    self.height = height
    let titleID = HTMLText.escaped(id + "-title")
    let descID = HTMLText.escaped(id + "-desc")
    markup += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\""
    markup += HTMLText.escaped(id) + "\" viewBox=\"0 0 \(n(width)) \(n(height))\""
    markup += " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
    markup += " font-family=\"\(Self.fontFamily)\" font-size=\"12\" fill=\"\(Self.ink)\">\n"
    markup += "<title id=\"\(titleID)\">\(HTMLText.escaped(title))</title>\n"
    markup += "<desc id=\"\(descID)\">\(HTMLText.escaped(description))</desc>\n"
    markup += "<rect class=\"chart-bg\" width=\"\(n(width))\" height=\"\(n(height))\""
    markup += " fill=\"#FFFFFF\"/>\n"
    text(title, x: 12, y: 22, anchor: "start", extra: "font-size=\"16\" font-weight=\"600\"")
  }

  /// Closes the root element and returns the markup.
  func finished() -> String { markup + "</svg>\n" }

  mutating func raw(_ text: String) { markup += text }

  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "middle", extra: String = ""
  ) {
    markup += "<text x=\"\(n(x))\" y=\"\(n(y))\""
    if anchor != "start" { markup += " text-anchor=\"\(anchor)\"" }
    if !extra.isEmpty { markup += " " + extra }
    markup += ">\(HTMLText.escaped(content))</text>\n"
  }

  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
    dash: String = ""
  ) {
    markup += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
    markup += " stroke=\"\(stroke)\""
    if width != 1 { markup += " stroke-width=\"\(n(width))\"" }
    if !dash.isEmpty { markup += " stroke-dasharray=\"\(dash)\"" }
    markup += "/>\n"
  }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = ""
  ) {
    markup += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\""
    markup += " height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
    if !extra.isEmpty { markup += " " + extra }
    markup += "/>\n"
  }

  /// A centred note in an empty plot ("No data").
  mutating func emptyNote(_ note: String, in area: PlotArea) {
    text(
      note, x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2,
      extra: "fill=\"\(Self.muted)\" font-style=\"italic\"")
  }

  /// Estimated width in pixels of `text` at 12 px.
  static func textWidth(_ text: String) -> Double { Double(text.count) * glyphWidth }
}

/// Shorthand for SVG coordinates.
func n(_ value: Double) -> String { SVGNumber.text(value) }

/// The rectangle in which data is drawn, in SVG user units.
struct PlotArea: Sendable, Equatable {
  var left: Double
  var top: Double
  var right: Double
  var bottom: Double

  var width: Double { right - left }
  var height: Double { bottom - top }
}

/// One entry of a chart legend and how its key is drawn.
struct LegendEntry: Sendable, Equatable {
  enum Key: Sendable, Equatable {
    case line(colour: String, dash: String)
    case box(colour: String)
  }
  var name: String
  var key: Key
}

extension SVGCanvas {
  /// Draws legend entries left to right from `(x, y)`, wrapping at `maxX`; returns the bottom
  /// y of the legend (y itself when there are no entries).
  ///
  /// - Complexity: O(entries).
  mutating func legend(_ entries: [LegendEntry], x: Double, y: Double, maxX: Double) -> Double {
    guard !entries.isEmpty else { return y }
    let rowHeight = 18.0
    var cursorX = x
    var cursorY = y
    raw("<g class=\"legend\">\n")
    for entry in entries {
      let entryWidth = 28 + Self.textWidth(entry.name) + 18
      if cursorX > x && cursorX + entryWidth > maxX {
        cursorX = x
        cursorY += rowHeight
      }
      switch entry.key {
      case .line(let colour, let dash):
        line(
          x1: cursorX, y1: cursorY + 9, x2: cursorX + 22, y2: cursorY + 9, stroke: colour,
          width: 2.5, dash: dash)
      case .box(let colour):
        rect(
          x: cursorX + 4, y: cursorY + 3, width: 14, height: 12, fill: colour,
          extra: "stroke=\"#333333\" stroke-width=\"0.5\"")
      }
      text(entry.name, x: cursorX + 28, y: cursorY + 13, anchor: "start")
      cursorX += entryWidth
    }
    raw("</g>\n")
    return cursorY + rowHeight
  }

  /// Horizontal gridlines and tick labels of a value axis on the left (or right) of `area`,
  /// and the rotated axis title.
  ///
  /// - Complexity: O(ticks).
  mutating func valueAxis(
    _ scale: AxisScale, axis: ChartAxis, area: PlotArea, onRight: Bool = false,
    gridlines: Bool = true
  ) {
    raw("<g class=\"axis y-axis\">\n")
    var widest = 0.0
    for tick in scale.ticks {
      let y = scale.position(tick, from: area.bottom, to: area.top)
      if gridlines {
        let stroke = tick == 0 ? "#888888" : Self.grid
        line(x1: area.left, y1: y, x2: area.right, y2: y, stroke: stroke)
      }
      let label = scale.label(tick)
      widest = max(widest, Self.textWidth(label))
      if onRight {
        line(x1: area.right, y1: y, x2: area.right + 4, y2: y, stroke: Self.muted)
        text(label, x: area.right + 7, y: y + 4, anchor: "start")
      } else {
        text(label, x: area.left - 7, y: y + 4, anchor: "end")
      }
    }
    let titleX = onRight ? area.right + 14 + widest : area.left - 14 - widest
    let titleY = (area.top + area.bottom) / 2
    text(
      axis.label, x: titleX, y: titleY,
      extra: "transform=\"rotate(\(onRight ? 90 : -90) \(n(titleX)) \(n(titleY)))\""
        + " fill=\"\(Self.muted)\"")
    raw("</g>\n")
  }

  /// The x-axis title centred under `area`.
  mutating func xAxisTitle(_ axis: ChartAxis, area: PlotArea) {
    text(
      axis.label, x: (area.left + area.right) / 2, y: area.bottom + 40,
      extra: "fill=\"\(Self.muted)\"")
  }

  /// The frame line along the bottom of the plot.
  mutating func baseline(_ area: PlotArea) {
    line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, stroke: "#444444")
  }
}

/// The left margin needed for the tick labels and title of a value axis.
func valueAxisMargin(_ scale: AxisScale) -> Double {
  let widest = scale.ticks.map { SVGCanvas.textWidth(scale.label($0)) }.max() ?? 0
  return widest + 30
}
