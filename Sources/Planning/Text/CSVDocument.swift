/// A CSV file read into records whose fields remember where they stood (1-based line and
/// column), so every error can point at the cell.
///
/// RFC 4180: fields separated by commas, optionally in double quotes (a quote inside is
/// doubled); lines end in LF or CRLF. Blank lines are skipped.
public struct CSVDocument: Sendable {
  /// One cell of the file.
  public struct Field: Sendable, Equatable {
    public let text: String
    public let line: Int
    public let column: Int
  }

  /// One non-blank line of the file.
  public struct Record: Sendable, Equatable {
    public let line: Int
    public let fields: [Field]
  }

  /// Every non-blank record, the header (if any) first.
  public let records: [Record]

  /// A quote that is never closed, or text after a closing quote.
  public struct SyntaxError: Error, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(line):\(column): \(message)" }
  }

  /// Reads `text`. - Complexity: O(characters).
  public init(parsing text: String) throws(SyntaxError) {
    var records: [Record] = []
    var fields: [Field] = []
    var current = ""
    var line = 1
    var column = 1
    var fieldLine = 1
    var fieldColumn = 1
    var recordLine = 1
    var inQuotes = false
    var quotedField = false
    var afterQuote = false
    var iterator = Array(text.unicodeScalars)[...]

    func finishField() {
      fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
      current = ""
      quotedField = false
      afterQuote = false
    }
    func finishRecord() {
      let blank = fields.count == 1 && fields[0].text.isEmpty && !quotedField
      if !blank { records.append(Record(line: recordLine, fields: fields)) }
      fields = []
    }

    while let scalar = iterator.popFirst() {
      if inQuotes {
        if scalar == "\"" {
          if iterator.first == "\"" {
            iterator.removeFirst()
            current.unicodeScalars.append("\"")
            column += 2
            continue
          }
          inQuotes = false
          afterQuote = true
        } else {
          current.unicodeScalars.append(scalar)
          if scalar == "\n" {
            line += 1
            column = 0
          }
        }
        column += 1
        continue
      }
      switch scalar {
      case ",":
        finishField()
        column += 1
        fieldLine = line
        fieldColumn = column
      case "\r" where iterator.first == "\n":
        continue
      case "\n":
        finishField()
        finishRecord()
        line += 1
        column = 1
        fieldLine = line
        fieldColumn = 1
        recordLine = line
      case "\"" where current.isEmpty && !afterQuote:
        inQuotes = true
        quotedField = true
        column += 1
      default:
        if afterQuote {
          throw SyntaxError(
            line: line, column: column,
            message: "text after a closing quote; a quoted field ends at its quote")
        }
        current.unicodeScalars.append(scalar)
        column += 1
      }
    }
    if inQuotes {
      throw SyntaxError(line: fieldLine, column: fieldColumn, message: "quote never closed")
    }
    if !current.isEmpty || !fields.isEmpty || quotedField {
      finishField()
      finishRecord()
    }
    self.records = records
  }
}
