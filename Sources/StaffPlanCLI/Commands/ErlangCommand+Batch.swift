import Foundation
import Planning
import Queueing
import Reports

extension ErlangCommand {
  /// Sizes every row of a CSV whose header names any of `ErlangFields.names`; a missing column
  /// takes the flag's value or default. Prints CSV (or JSON lines) in input order. Every bad
  /// cell is reported as `FILE:LINE:COLUMN: …` and nothing is printed then (exit 1).
  /// - Complexity: O(rows × cost of one sizing).
  static func runBatch(path: String, arguments: ParsedArguments, console: Console) throws {
    let text = try InputFile.read(path)
    let document: CSVDocument
    do {
      document = try CSVDocument(parsing: text)
    } catch {
      throw DataError("\(path):\(error.line):\(error.column): \(error.message)")
    }
    guard let header = document.records.first else {
      throw DataError("\(path):1:1: the file is empty; expected a header row naming columns "
        + "such as volume,aht")
    }
    var problems: [String] = []
    var columns: [String] = []
    for field in header.fields {
      let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
        .replacingOccurrences(of: "-", with: "_")
      if !ErlangFields.names.contains(name) {
        var message = "\(path):\(field.line):\(field.column): unknown column '\(field.text)'"
        if let suggestion = closestMatch(to: name, among: ErlangFields.names) {
          message += "; did you mean '\(suggestion)'?"
        }
        problems.append(message + "; accepted: " + ErlangFields.names.joined(separator: ", "))
      } else if columns.contains(name) {
        problems.append("\(path):\(field.line):\(field.column): column '\(name)' appears twice")
      }
      columns.append(name)
    }
    if !problems.isEmpty { throw DataError(messages: problems) }

    var results: [(row: Int, sizing: IntervalSizing)] = []
    for (index, record) in document.records.dropFirst().enumerated() {
      guard record.fields.count == columns.count else {
        let last = record.fields.last
        problems.append(
          "\(path):\(record.line):\(last?.column ?? 1): the row has \(record.fields.count) "
            + "fields; the header has \(columns.count)")
        continue
      }
      var cells: [String: CSVDocument.Field] = [:]
      for (name, field) in zip(columns, record.fields)
      where !field.text.trimmingCharacters(in: .whitespaces).isEmpty {
        cells[name] = field
      }
      let fields = ErlangFields { name in
        cells[name]?.text ?? arguments.value(name.replacingOccurrences(of: "_", with: "-"))
      }
      func location(_ field: String) -> String {
        let cell = cells[field]
        return "\(path):\(record.line):\(cell?.column ?? 1)"
      }
      func source(_ field: String) -> String {
        cells[field] != nil ? "column '\(field)'" : "--\(field.replacingOccurrences(of: "_", with: "-"))"
      }
      do {
        let request = try fields.request()
        let sizing = try size(request) { field, reason in
          DataError("\(location(field)): \(source(field)): \(reason)")
        }
        results.append((index + 1, sizing))
      } catch let error as ErlangFields.FieldError {
        problems.append("\(location(error.field)): \(source(error.field)): \(error.message)")
      } catch let error as DataError {
        let messages = error.messages.map { message in
          message.hasPrefix(path) ? message : "\(path):\(record.line):1: row \(index + 1): \(message)"
        }
        problems.append(contentsOf: messages)
      }
    }
    if !problems.isEmpty { throw DataError(messages: problems) }

    var output = ""
    if arguments.has("json") {
      for result in results {
        output += ErlangReport.json(result.sizing, includeTable: false).rendered() + "\n"
      }
    } else {
      output += CSVText.row(ErlangReport.csvHeader)
      for result in results { output += CSVText.row(ErlangReport.csvRow(result.sizing, row: result.row)) }
    }
    console.writeOutput(output)
  }
}
