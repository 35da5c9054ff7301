/// A table for the HTML report: a header row, body rows of text, a caption. Numeric columns
/// are right-aligned; by default a column is numeric when every non-blank body cell reads as
/// a number (optionally signed, with a currency sign, thousands commas, a decimal point and a
/// short unit such as `%`, ` h` or ` FTE`).
public struct HTMLTable: Sendable, Equatable {
  public enum Alignment: Sendable, Equatable {
    case left
    case right
  }

  public var caption: String
  public var header: [String]
  public var rows: [[String]]
  /// Per-column alignment; nil to detect numeric columns.
  public var alignments: [Alignment]?

  public init(
    caption: String, header: [String], rows: [[String]], alignments: [Alignment]? = nil
  ) {
    self.caption = caption
    self.header = header
    self.rows = rows
    self.alignments = alignments
  }

  /// From a `TextTable` (same header and rows).
  public init(caption: String, _ table: TextTable) {
    self.init(caption: caption, header: table.header, rows: table.rows)
  }

  /// The alignment of every column: the given one, else right for numeric columns.
  ///
  /// - Complexity: O(rows × columns).
  public func resolvedAlignments() -> [Alignment] {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    return (0..<columns).map { column in
      if let alignments, column < alignments.count { return alignments[column] }
      let cells = rows.compactMap { column < $0.count ? $0[column] : nil }
        .filter { !Self.isBlank($0) }
      return !cells.isEmpty && cells.allSatisfy(Self.isNumeric) ? .right : .left
    }
  }

  static func isBlank(_ cell: String) -> Bool {
    let trimmed = cell.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed == "—" || trimmed == "-" || trimmed == "n/a"
  }

  /// Whether a cell reads as a number: `[+−-]?[$€£]?digits[,digits]*[.digits]?` and an optional
  /// unit of at most 5 characters after it (`%`, ` s`, ` FTE`, `k`).
  static func isNumeric(_ cell: String) -> Bool {
    var rest = Substring(cell.trimmingCharacters(in: .whitespaces))
    if let first = rest.first, "+-−".contains(first) { rest = rest.dropFirst() }
    if let first = rest.first, "$€£".contains(first) { rest = rest.dropFirst() }
    let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    guard let first = number.first, first.isNumber else { return false }
    let unit = rest.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
    return unit.count <= 5 && !unit.contains { $0.isNumber }
  }

  /// The table as XHTML, inside a scrolling wrapper for narrow screens.
  ///
  /// - Complexity: O(rows × columns).
  func rendered() -> String {
    let alignments = resolvedAlignments()
    func cellClass(_ column: Int) -> String {
      column < alignments.count && alignments[column] == .right ? " class=\"num\"" : ""
    }
    var html = "<div class=\"table-wrap\"><table>\n"
    html += "<caption>\(HTMLText.escaped(caption))</caption>\n<thead><tr>"
    for (column, cell) in header.enumerated() {
      html += "<th scope=\"col\"\(cellClass(column))>\(HTMLText.escaped(cell))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for column in 0..<max(header.count, row.count) {
        let cell = column < row.count ? row[column] : ""
        let tag = column == 0 ? "th scope=\"row\"" : "td"
        let close = column == 0 ? "th" : "td"
        html += "<\(tag)\(cellClass(column))>\(HTMLText.escaped(cell))</\(close)>"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table></div>\n"
    return html
  }
}
