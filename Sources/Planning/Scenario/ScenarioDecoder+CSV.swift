import Queueing

/// One row of a CSV file: its 1-based line and its fields with their 1-based columns.
struct CSVRow {
  var line: Int
  var fields: [(text: String, column: Int)]
}

/// Splits simple CSV (no quoting; the formats here need none) into rows, skipping blank lines.
/// - Complexity: O(n) in the length of the text.
func csvRows(_ text: String) -> [CSVRow] {
  var rows: [CSVRow] = []
  // "\r\n" is one Character in Swift, so split on any newline character, not on "\n".
  let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  for (index, line) in lines.enumerated() {
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
    var fields: [(String, Int)] = []
    var column = 1
    for field in line.split(separator: ",", omittingEmptySubsequences: false) {
      // The column of the text itself, after any leading spaces.
      let leading = field.prefix { $0 == " " || $0 == "\t" }.count
      fields.append((field.trimmedOfSpaces(), column + leading))
      column += field.count + 1
    }
    rows.append(CSVRow(line: index + 1, fields: fields))
  }
  return rows
}

extension ScenarioDecoder {
  /// Reads a CSV named at `mark`, checks its header, and hands each data row to `row`.
  /// Returns nil when the file cannot be read, is empty or has the wrong header.
  private func readTable(
    _ relative: String, at mark: SourceMark, header: [String]
  ) -> (path: String, rows: [CSVRow])? {
    switch readCSV(relative, mark) {
    case .failure(let error):
      context.report(error.diagnostics)
      return nil
    case .success(let file):
      let rows = csvRows(file.text)
      guard let first = rows.first else {
        context.report(
          SourceMark(file: file.path, line: 1, column: 1),
          "the file is empty; expected the header '\(header.joined(separator: ","))' and rows")
        return nil
      }
      guard first.fields.map(\.text) == header else {
        context.report(
          SourceMark(file: file.path, line: first.line, column: 1),
          "the header is '\(first.fields.map(\.text).joined(separator: ","))'; expected '"
            + header.joined(separator: ",") + "'")
        return nil
      }
      return (file.path, Array(rows.dropFirst()))
    }
  }

  /// Reports a row whose field count is wrong; true when the row has `count` fields.
  private func checkWidth(_ row: CSVRow, _ path: String, _ header: [String]) -> Bool {
    guard row.fields.count == header.count else {
      context.report(
        SourceMark(file: path, line: row.line, column: 1),
        "malformed row: \(row.fields.count) fields; expected \(header.count) ("
          + header.joined(separator: ",") + ")")
      return false
    }
    return true
  }

  private func rowError(_ path: String, _ row: CSVRow, _ field: Int, _ message: String) {
    context.report(
      SourceMark(file: path, line: row.line, column: row.fields[field].column),
      "malformed row: " + message)
  }

  /// `day,start,required` rows on the planning grid (the format of the public weekly curve).
  /// - Complexity: O(rows).
  func requirementCurve(
    _ relative: String, at mark: SourceMark, intervalMinutes: Int
  ) -> RequirementCurve? {
    let header = ["day", "start", "required"]
    guard let table = readTable(relative, at: mark, header: header) else { return nil }
    var points: [RequirementCurve.Point] = []
    var seen = Set<Int>()
    let errorsBefore = context.diagnostics.count
    for row in table.rows where checkWidth(row, table.path, header) {
      let day = Weekday(rawValue: row.fields[0].text)
      if day == nil {
        rowError(table.path, row, 0, "day '\(row.fields[0].text)'; expected Mon, Tue, … Sun")
      }
      let start = TimeOfDay.parse(row.fields[1].text).flatMap { $0.minutes < 1440 ? $0 : nil }
      if let start, start.minutes % intervalMinutes != 0 {
        rowError(
          table.path, row, 1,
          "start \(start) is off the \(intervalMinutes)-minute grid; expected a multiple of "
            + "\(intervalMinutes) minutes")
      } else if start == nil {
        rowError(table.path, row, 1, "start '\(row.fields[1].text)'; expected HH:MM, 00:00–23:59")
      }
      let required = Int(row.fields[2].text).flatMap { $0 >= 0 ? $0 : nil }
      if required == nil {
        rowError(
          table.path, row, 2, "required '\(row.fields[2].text)'; expected a whole number ≥ 0")
      }
      guard let day, let start, let required else { continue }
      if !seen.insert(day.index * 1440 + start.minutes).inserted {
        rowError(
          table.path, row, 0, "\(day.rawValue) \(start) appears twice; one row per interval")
      }
      points.append(RequirementCurve.Point(day: day, start: start, required: required))
    }
    guard context.diagnostics.count == errorsBefore else { return nil }
    return RequirementCurve(path: relative, points: points)
  }

  /// `start,weight` rows of an intraday arrival profile, starting at 00:00, in time order.
  /// - Complexity: O(rows).
  func intradayProfile(_ relative: String, at mark: SourceMark) -> [ArrivalProfile.Point]? {
    let header = ["start", "weight"]
    guard let table = readTable(relative, at: mark, header: header) else { return nil }
    var points: [ArrivalProfile.Point] = []
    let errorsBefore = context.diagnostics.count
    for row in table.rows where checkWidth(row, table.path, header) {
      let start = TimeOfDay.parse(row.fields[0].text).flatMap { $0.minutes < 1440 ? $0 : nil }
      if start == nil {
        rowError(table.path, row, 0, "start '\(row.fields[0].text)'; expected HH:MM, 00:00–23:59")
      } else if let start, let last = points.last, start <= last.start {
        rowError(
          table.path, row, 0, "start \(start) is not after \(last.start); rows in time order")
      } else if let start, points.isEmpty, start.minutes != 0 {
        rowError(table.path, row, 0, "the first start is \(start); the profile starts at 00:00")
      }
      let weight = ExactDecimal(parsing: row.fields[1].text)
      if weight == nil {
        rowError(table.path, row, 1, "weight '\(row.fields[1].text)'; expected a number ≥ 0")
      }
      guard let start, let weight else { continue }
      points.append(ArrivalProfile.Point(start: start, weight: weight))
    }
    guard context.diagnostics.count == errorsBefore else { return nil }
    if points.allSatisfy(\.weight.isZero) {
      context.report(mark, "the profile '\(relative)' has no positive weight; expected some > 0")
      return nil
    }
    return points
  }

  /// `name,role,region,contract_hours,skills,unavailable` rows; skills and dates split by `;`.
  /// - Complexity: O(rows).
  func agentsTable(_ relative: String, at mark: SourceMark, regions: [String]) -> [Agent] {
    let header = ["name", "role", "region", "contract_hours", "skills", "unavailable"]
    guard let table = readTable(relative, at: mark, header: header) else { return [] }
    var agents: [Agent] = []
    var lines: [String: Int] = [:]
    for row in table.rows where checkWidth(row, table.path, header) {
      let text = row.fields.map(\.text)
      if let problem = agentNameProblem(text[0]) {
        rowError(table.path, row, 0, problem)
      } else if let first = lines[text[0]] {
        rowError(
          table.path, row, 0, "name '\(text[0])' is already on line \(first); expected one row "
            + "per agent")
      } else {
        lines[text[0]] = row.line
      }
      let role = RoleKind(rawValue: text[1])
      if role == nil {
        rowError(
          table.path, row, 1,
          "role '\(text[1])'; expected one of "
            + RoleKind.allCases.map(\.rawValue).joined(separator: ", "))
      }
      if !regions.contains(text[2]) {
        rowError(
          table.path, row, 2,
          "region '\(text[2])'; expected one of the scenario's regions: "
            + regions.joined(separator: ", "))
      }
      var hours: TimeSpan?
      switch TimeSpan.parse(text[3]) {
      case .success(let value):
        if let problem = contractHoursProblem(value, written: text[3]) {
          rowError(table.path, row, 3, problem)
        } else {
          hours = value
        }
      case .failure(let error): rowError(table.path, row, 3, "contract_hours \(error)")
      }
      let skillNames = text[4].split(separator: ";").map { $0.trimmedOfSpaces() }
      let skills = skillNames.compactMap { Channel(rawValue: $0) }
      if skills.count != skillNames.count {
        rowError(
          table.path, row, 4,
          "skills '\(text[4])'; expected channels separated by ';' from "
            + Channel.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let dates = text[5].split(separator: ";").map { $0.trimmedOfSpaces() }
      if let bad = dates.first(where: { !isISODate($0) }) {
        // Point at the bad date itself, not at the start of the field.
        let field = row.fields[5]
        let offset = field.text.range(of: bad).map {
          field.text.distance(from: field.text.startIndex, to: $0.lowerBound)
        } ?? 0
        context.report(
          SourceMark(file: table.path, line: row.line, column: field.column + offset),
          "malformed row: " + unavailableDateProblem(bad) + ", several separated by ';'")
      }
      guard let role, let hours, regions.contains(text[2]) else { continue }
      agents.append(
        Agent(
          name: text[0], role: role, region: text[2], contractHours: hours, skills: skills,
          unavailable: dates))
    }
    return agents
  }
}

/// What is wrong with an agent's name, or nil: empty, or the `OPEN` of open shifts.
func agentNameProblem(_ name: String) -> String? {
  if name.isEmpty { return "empty name; expected the agent's name, e.g. Ada Byrne" }
  if name == RosterGap.openAgent {
    return "name '\(name)' marks open shifts in roster.csv; expected another name"
  }
  return nil
}

/// What is wrong with contract hours a week, or nil: more than 0 h, at most the 168 h of a week.
/// `written` is the text as the file has it (default: the parsed value).
func contractHoursProblem(_ hours: TimeSpan, written: String? = nil) -> String? {
  guard hours.exactSeconds.isZero || hours > TimeSpan(seconds: 168 * 3600) else { return nil }
  return "contract_hours '\(written ?? hours.description)' a week is impossible; expected "
    + "more than 0h and at most 168h, e.g. 40h"
}

/// Why `text` is not an unavailable date: not `YYYY-MM-DD`, or a day that does not exist.
func unavailableDateProblem(_ text: String) -> String {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  let shaped = parts.map(\.count) == [4, 2, 2]
    && text.allSatisfy { $0 == "-" || ($0.isASCII && $0.isNumber) }
  return shaped
    ? "date '\(text)' does not exist; expected a calendar date YYYY-MM-DD"
    : "date '\(text)'; expected YYYY-MM-DD"
}

/// Whether `text` is a calendar date `YYYY-MM-DD` that exists (2027-02-29 does not).
func isISODate(_ text: String) -> Bool {
  text.allSatisfy { $0 == "-" || ($0.isASCII && $0.isNumber) } && LocalDate(parsing: text) != nil
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmedOfSpaces() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
