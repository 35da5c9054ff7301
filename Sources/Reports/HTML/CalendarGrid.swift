/// One shift code of a calendar grid and how it is shown: "D" = "Day 07:00–19:00".
public struct CalendarKey: Sendable, Equatable {
  public var code: String
  public var name: String
  /// `#RRGGBB`, or nil for the default colour of the key's position.
  public var colour: String?

  public init(_ code: String, name: String, colour: String? = nil) {
    self.code = code
    self.name = name
    self.colour = colour
  }

  /// Default colours by key position: Okabe–Ito ordered light to dark so that day, evening
  /// and night shifts stay apart in grayscale (yellow, orange, blue, …).
  public static let defaultColours: [String] = [
    "#F0E442", "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
  ]
}

/// A roster as a grid: one row per agent, one column per day, each cell coloured by the
/// shift code worked that day, with a legend of codes. Compact enough for 200 agents × 42
/// days: one `<rect>` per cell with no attributes but its position and size, cells grouped
/// by code under one `<g fill>`; codes are printed in the cells when the grid is small.
public struct CalendarGrid: SVGChart, Equatable {
  public var title: String
  /// Row labels, top to bottom (agent names).
  public var agents: [String]
  /// Column labels, left to right ("Mo 3", "2025-03-03").
  public var days: [String]
  /// Codes per agent and day (`shifts[agent][day]`); "" leaves the cell blank.
  public var shifts: [[String]]
  /// The codes in legend order; a code not listed is drawn grey and listed as "other".
  public var keys: [CalendarKey]
  public var rowAxis: ChartAxis
  public var columnAxis: ChartAxis
  /// A heavier line before every n-th column (7 marks weeks); 0 for none.
  public var separatorEvery: Int
  /// Print the code in each cell; nil prints them when there are at most 2,000 cells.
  public var showsCodes: Bool?
  public var summary: String
  public var id: String
  public var width: Double

  public init(
    title: String, agents: [String], days: [String], shifts: [[String]], keys: [CalendarKey],
    rowAxis: ChartAxis = ChartAxis("Agent", unit: "name"),
    columnAxis: ChartAxis = ChartAxis("Date", unit: "local"), separatorEvery: Int = 7,
    showsCodes: Bool? = nil, summary: String = "", id: String? = nil, width: Double = 960
  ) {
    self.title = title
    self.agents = agents
    self.days = days
    self.shifts = shifts
    self.keys = keys
    self.rowAxis = rowAxis
    self.columnAxis = columnAxis
    self.separatorEvery = separatorEvery
    self.showsCodes = showsCodes
    self.summary = summary
    self.id = id ?? "chart-" + HTMLText.identifier(title, fallback: "calendar")
    self.width = width
  }

  static let otherColour = "#BBBBBB"

  /// The code of a cell, "" when outside the data.
  func code(agent: Int, day: Int) -> String {
    guard agent < shifts.count, day < shifts[agent].count else { return "" }
    return shifts[agent][day]
  }

  /// The fill colour of each key, by position.
  func colour(ofKey index: Int) -> String {
    keys[index].colour ?? CalendarKey.defaultColours[index % CalendarKey.defaultColours.count]
  }

  public func svg() -> String {
    let labelWidth = min(24, agents.map(\.count).max() ?? 4) * 7 + 16
    let columns = max(1, days.count)
    let cellWidth = max(10, ((width - Double(labelWidth) - 16) / Double(columns)).rounded(.down))
    let svgWidth = max(width, Double(labelWidth) + cellWidth * Double(columns) + 16)
    let codes = showsCodes ?? (agents.count * days.count <= 2_000)
    let rowHeight = codes ? 16.0 : 12.0
    let turned = (days.map(SVGCanvas.textWidth).max() ?? 0) > cellWidth - 2
    let dateHeight = turned ? (days.map(SVGCanvas.textWidth).max() ?? 0) * 0.95 + 10 : 18
    let keyIndex = Dictionary(keys.enumerated().map { ($1.code, $0) }) { first, _ in first }
    let used = Set(shifts.joined())
    let hasOther = used.contains { !$0.isEmpty && keyIndex[$0] == nil }
    var entries = keys.enumerated().map { index, key in
      LegendEntry(name: "\(key.code) \(key.name)", key: .box(colour: colour(ofKey: index)))
    }
    if hasOther { entries.append(LegendEntry(name: "other", key: .box(colour: Self.otherColour))) }
    var measuring = SVGCanvas(width: svgWidth, height: 0, id: id, title: "", description: "")
    let legendBottom = measuring.legend(entries, x: 12, y: 32, maxX: svgWidth - 12)
    let gridTop = legendBottom + 22 + dateHeight
    let left = Double(labelWidth)
    let height = gridTop + rowHeight * Double(agents.count) + 12
    var canvas = SVGCanvas(
      width: svgWidth, height: height, id: id, title: title, description: description())
    _ = canvas.legend(entries, x: 12, y: 32, maxX: svgWidth - 12)
    canvas.text(
      columnAxis.label + " →", x: left + cellWidth * Double(columns) / 2, y: legendBottom + 14,
      extra: "fill=\"\(SVGCanvas.muted)\"")
    canvas.text(
      rowAxis.label + " ↓", x: 12, y: legendBottom + 14, anchor: "start",
      extra: "fill=\"\(SVGCanvas.muted)\"")
    drawLabels(&canvas, left: left, top: gridTop, cellWidth: cellWidth, rowHeight: rowHeight,
      turned: turned)
    drawCells(&canvas, left: left, top: gridTop, cellWidth: cellWidth, rowHeight: rowHeight,
      keyIndex: keyIndex)
    if codes {
      drawCodes(&canvas, left: left, top: gridTop, cellWidth: cellWidth, rowHeight: rowHeight,
        keyIndex: keyIndex)
    }
    if separatorEvery > 0 {
      for column in stride(from: separatorEvery, to: days.count, by: separatorEvery) {
        let x = left + Double(column) * cellWidth
        canvas.line(x1: x, y1: gridTop - 4, x2: x, y2: height - 10, stroke: "#444444", width: 1.5)
      }
    }
    if agents.isEmpty || days.isEmpty {
      canvas.text("No data", x: svgWidth / 2, y: gridTop + 8, extra: "font-style=\"italic\"")
    }
    return canvas.finished()
  }

  /// Agent names on the left and day labels on top.
  ///
  /// - Complexity: O(agents + days).
  private func drawLabels(
    _ canvas: inout SVGCanvas, left: Double, top: Double, cellWidth: Double, rowHeight: Double,
    turned: Bool
  ) {
    canvas.raw("<g class=\"axis\" font-size=\"11\">\n")
    for (row, agent) in agents.enumerated() {
      let name = agent.count <= 24 ? agent : String(agent.prefix(23)) + "…"
      canvas.text(name, x: left - 6, y: top + Double(row) * rowHeight + rowHeight - 3,
        anchor: "end")
    }
    for (column, day) in days.enumerated() {
      let x = left + (Double(column) + 0.5) * cellWidth
      if turned {
        let y = top - 5
        canvas.text(day, x: x + 3, y: y, anchor: "start",
          extra: "transform=\"rotate(-90 \(n(x + 3)) \(n(y)))\"")
      } else {
        canvas.text(day, x: x, y: top - 5)
      }
    }
    canvas.raw("</g>\n")
  }

  /// One rect per non-blank cell, grouped by colour.
  ///
  /// - Complexity: O(agents × days).
  private func drawCells(
    _ canvas: inout SVGCanvas, left: Double, top: Double, cellWidth: Double, rowHeight: Double,
    keyIndex: [String: Int]
  ) {
    // Group index per key position, and keys.count for "other".
    var groups = Array(repeating: "", count: keys.count + 1)
    let w = n(cellWidth - 1)
    let h = n(rowHeight - 1)
    for agent in agents.indices {
      let y = n(top + Double(agent) * rowHeight)
      for day in days.indices {
        let code = code(agent: agent, day: day)
        guard !code.isEmpty else { continue }
        let group = keyIndex[code] ?? keys.count
        groups[group] += "<rect x=\"\(n(left + Double(day) * cellWidth))\" y=\"\(y)\""
        groups[group] += " width=\"\(w)\" height=\"\(h)\"/>"
        groups[group] += day % 7 == 6 ? "\n" : ""
      }
    }
    canvas.raw("<g class=\"cells\" stroke=\"#666666\" stroke-width=\"0.3\">\n")
    for (index, group) in groups.enumerated() where !group.isEmpty {
      let fill = index < keys.count ? colour(ofKey: index) : Self.otherColour
      canvas.raw("<g fill=\"\(fill)\">\n\(group)\n</g>\n")
    }
    canvas.raw("</g>\n")
  }

  /// The code printed in each cell, white on dark colours.
  ///
  /// - Complexity: O(agents × days).
  private func drawCodes(
    _ canvas: inout SVGCanvas, left: Double, top: Double, cellWidth: Double, rowHeight: Double,
    keyIndex: [String: Int]
  ) {
    canvas.raw("<g class=\"codes\" font-size=\"10\" text-anchor=\"middle\">\n")
    for agent in agents.indices {
      for day in days.indices {
        let code = code(agent: agent, day: day)
        guard !code.isEmpty else { continue }
        let fill = keyIndex[code].map(colour(ofKey:)) ?? Self.otherColour
        let dark = Self.isDark(fill)
        canvas.raw("<text x=\"\(n(left + (Double(day) + 0.5) * cellWidth - 0.5))\"")
        canvas.raw(" y=\"\(n(top + Double(agent) * rowHeight + rowHeight - 4.5))\"")
        canvas.raw(dark ? " fill=\"#FFFFFF\">" : ">")
        canvas.raw(HTMLText.escaped(code) + "</text>")
        canvas.raw(day % 7 == 6 ? "\n" : "")
      }
    }
    canvas.raw("\n</g>\n")
  }

  /// Whether `#RRGGBB` is dark enough to need white text (lightness below 0.45).
  static func isDark(_ hex: String) -> Bool {
    let digits = Array(hex.utf8.dropFirst())
    guard digits.count == 6 else { return false }
    func channel(_ start: Int) -> Int {
      Int(String(decoding: digits[start..<start + 2], as: UTF8.self), radix: 16) ?? 255
    }
    return RGB(channel(0), channel(2), channel(4)).luminance < 0.45
  }

  private func description() -> String {
    var text = "Calendar of \(agents.count) agents (rows, \(rowAxis.label)) over"
    text += " \(days.count) days (columns, \(columnAxis.label)); codes: "
    text += keys.map { "\($0.code) = \($0.name)" }.joined(separator: ", ") + "."
    return summary.isEmpty ? text : text + " " + summary
  }
}

extension CalendarGrid {
  /// The grid cut into parts of at most `agentsPerPart` rows, titled "… (agents 1–50 of 200)",
  /// so that each part fits a printed page (about 60 rows at 12 units a row).
  ///
  /// - Complexity: O(agents).
  public func parts(agentsPerPart: Int = 60) -> [CalendarGrid] {
    let size = max(1, agentsPerPart)
    guard agents.count > size else { return [self] }
    return stride(from: 0, to: agents.count, by: size).map { start in
      let end = min(start + size, agents.count)
      var part = self
      part.title = "\(title) (agents \(start + 1)–\(end) of \(agents.count))"
      part.agents = Array(agents[start..<end])
      part.shifts = Array(shifts[min(start, shifts.count)..<min(end, shifts.count)])
      part.id = "\(id)-\(start / size + 1)"
      // Every part shows codes or none, as the first (largest) part decides.
      part.showsCodes = showsCodes ?? (size * days.count <= 2_000)
      return part
    }
  }
}
