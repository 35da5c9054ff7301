/// A plain-text table with a header row, columns right-aligned except the first.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// Per-row marker shown in a leading column (e.g. "→" for the answer); empty for none.
  public var markers: [String]

  public init(header: [String], rows: [[String]] = [], markers: [String] = []) {
    self.header = header
    self.rows = rows
    self.markers = markers
  }

  public mutating func append(_ row: [String], marker: String = "") {
    rows.append(row)
    markers.append(marker)
  }

  /// The table as lines joined by newlines, with a trailing newline.
  public func rendered() -> String {
    let columns = header.count
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < columns {
        widths[index] = max(widths[index], cell.count)
      }
    }
    let markerWidth = markers.map(\.count).max() ?? 0
    func line(_ cells: [String], marker: String) -> String {
      var parts: [String] = []
      for index in 0..<columns {
        let cell = index < cells.count ? cells[index] : ""
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        parts.append(index == 0 ? cell + pad : pad + cell)
      }
      let prefix =
        markerWidth > 0
        ? marker + String(repeating: " ", count: markerWidth - marker.count) + " " : ""
      var text = prefix + parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var lines = [line(header, marker: "")]
    for (index, row) in rows.enumerated() {
      lines.append(line(row, marker: index < markers.count ? markers[index] : ""))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
