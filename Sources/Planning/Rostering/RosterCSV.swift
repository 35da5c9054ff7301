import Foundation

/// Every malformed row of a roster CSV, each with its line and column.
public struct RosterCSVError: Error, Sendable, Equatable, CustomStringConvertible {
  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    /// `FILE`-less `LINE:COLUMN: message`; the CLI prefixes `error: FILE:`.
    public var description: String { "\(line):\(column): \(message)" }
  }

  public var problems: [Problem]

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// `roster.csv`: `agent,role,region,date,start,end,shift,breaks`.
///
/// `start`/`end` are ISO 8601 local times with offset (`2027-01-04T22:00:00-06:00`, seconds
/// optional, `Z` accepted); `date` is the local date of the start; `breaks` are local
/// `HH:MM-HH:MM` ranges separated by `;`, each the first such time at or after the shift
/// start. A break is paid when the scenario has a paid break rule of its length and no
/// unpaid one (defaults: 15 min rests paid, 30 min meals unpaid).
public enum RosterCSV {
  public static let header = ["agent", "role", "region", "date", "start", "end", "shift", "breaks"]

  /// The roster in `text`; throws every problem found.
  /// - Complexity: O(rows).
  public static func parse(
    _ text: String, regions: [Region], breakRules: [BreakRule]
  ) throws(RosterCSVError) -> [RosterAssignment] {
    let document: CSVDocument
    do {
      document = try CSVDocument(parsing: text)
    } catch {
      throw RosterCSVError(
        problems: [.init(line: error.line, column: error.column, message: error.message)])
    }
    var problems: [RosterCSVError.Problem] = []
    var result: [RosterAssignment] = []
    guard let head = document.records.first else {
      throw RosterCSVError(
        problems: [.init(line: 1, column: 1, message: "empty file; expected the header "
          + header.joined(separator: ","))])
    }
    if head.fields.map(\.text) != header {
      problems.append(
        .init(line: head.line, column: 1, message: "header is "
          + head.fields.map(\.text).joined(separator: ",") + "; expected "
          + header.joined(separator: ",")))
    }
    var zones: [String: TimeZone] = [:]
    for region in regions { zones[region.name] = TimeZone(identifier: region.timeZone) }
    for record in document.records.dropFirst() {
      switch row(record, zones: zones, breakRules: breakRules) {
      case .success(let item): result.append(item)
      case .failure(let problem): problems.append(problem)
      }
    }
    if !problems.isEmpty { throw RosterCSVError(problems: problems) }
    return result
  }

  static func row(
    _ record: CSVDocument.Record, zones: [String: TimeZone], breakRules: [BreakRule]
  ) -> Result<RosterAssignment, RosterCSVError.Problem> {
    let fields = record.fields
    func fail(_ index: Int, _ message: String) -> Result<RosterAssignment, RosterCSVError.Problem>
    {
      let column = index < fields.count ? fields[index].column : (fields.last?.column ?? 1)
      return .failure(.init(line: record.line, column: column, message: message))
    }
    guard fields.count == header.count else {
      return fail(
        min(fields.count, header.count - 1),
        "\(fields.count) fields; expected \(header.count): " + header.joined(separator: ","))
    }
    let text = fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
    guard !text[0].isEmpty else { return fail(0, "empty agent name") }
    guard let role = RoleKind(rawValue: text[1]) else {
      return fail(1, "unknown role \(text[1]); expected "
        + RoleKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard let zone = zones[text[2]] else {
      return fail(2, "unknown region \(text[2]); expected one of "
        + zones.keys.sorted().joined(separator: ", "))
    }
    guard let date = LocalDate(parsing: text[3]) else {
      return fail(3, "date \(text[3]) is not a date; expected YYYY-MM-DD")
    }
    guard let start = ISOTime(text[4]) else { return fail(4, ISOTime.expected(text[4])) }
    guard let end = ISOTime(text[5]) else { return fail(5, ISOTime.expected(text[5])) }
    guard start.wall.date == date else {
      return fail(4, "start \(text[4]) is not on the row's date \(date)")
    }
    guard end.instant > start.instant else { return fail(5, "end \(text[5]) is not after start") }
    for (index, time) in [(4, start), (5, end)] {
      let actual = zone.secondsFromGMT(for: time.instant)
      if actual != time.offsetSeconds {
        return fail(
          index, "offset \(isoOffset(time.offsetSeconds)) does not match "
            + "\(zone.identifier) (\(isoOffset(actual))) at that time")
      }
    }
    guard !text[6].isEmpty else { return fail(6, "empty shift label") }
    var breaks: [RosterBreak] = []
    if !text[7].isEmpty {
      for part in text[7].split(separator: ";", omittingEmptySubsequences: false) {
        let ends = part.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let from = TimeOfDay.parse(String(ends[0])),
          let to = TimeOfDay.parse(String(ends[1]))
        else { return fail(7, "break \(part) is not HH:MM-HH:MM (several separated by ;)") }
        let offset = ((from.minutes - start.wall.minute) % 1440 + 1440) % 1440
        let length = ((to.minutes - from.minutes) % 1440 + 1440) % 1440
        let begin = start.instant.addingTimeInterval(Double(offset * 60))
        let finish = begin.addingTimeInterval(Double(length * 60))
        guard finish <= end.instant else { return fail(7, "break \(part) ends after the shift") }
        let paidRule = breakRules.contains { $0.paid && Int($0.length.seconds) == length * 60 }
        let unpaidRule = breakRules.contains { !$0.paid && Int($0.length.seconds) == length * 60 }
        breaks.append(RosterBreak(start: begin, end: finish, paid: paidRule && !unpaidRule))
      }
    }
    return .success(
      RosterAssignment(
        agent: text[0], role: role, region: text[2], timeZone: zone, date: date,
        start: start.instant, end: end.instant, shift: text[6], breaks: breaks,
        reason: "line \(record.line) of the roster file"))
  }

  /// The CSV text of `roster` (header first, LF line ends), the inverse of `parse`. Each gap
  /// is a row with agent `OPEN` (`RosterGap.openAgent`), placed among the worked shifts by
  /// start (stable: the given order first).
  /// - Complexity: O(n log n) for n rows with gaps, else O(assignments).
  public static func render(_ roster: [RosterAssignment], gaps: [RosterGap] = []) -> String {
    var rows = roster
    if !gaps.isEmpty {
      rows = (roster.enumerated().map { ($0.offset, $0.element) }
        + gaps.enumerated().map { (roster.count + $0.offset, $0.element.openShift) })
        .sorted { ($0.1.start, $0.0) < ($1.1.start, $1.0) }.map(\.1)
    }
    var lines = [header.joined(separator: ",")]
    for item in rows {
      lines.append(
        [
          item.agent, item.role.rawValue, item.region, item.date.description, item.localStart,
          item.localEnd, item.shift, item.breaksText,
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// `YYYY-MM-DDTHH:MM[:SS](±HH:MM|Z)`: a wall time, its offset and the instant.
struct ISOTime {
  var wall: LocalDateTime
  var offsetSeconds: Int
  var instant: Date

  static func expected(_ text: String) -> String {
    "time \(text) is not ISO 8601 with an offset; expected e.g. 2027-01-04T22:00:00-06:00"
  }

  init?(_ text: String) {
    let characters = Array(text)
    guard characters.count >= 17, characters[10] == "T" else { return nil }
    guard let date = LocalDate(parsing: String(characters[0..<10])) else { return nil }
    var rest = characters[11...]
    guard let clock = TimeOfDay.parse(String(rest.prefix(5))), clock.minutes < 1440 else {
      return nil
    }
    rest = rest.dropFirst(5)
    if rest.first == ":" {
      guard rest.count >= 3, String(rest.dropFirst().prefix(2)) == "00" else { return nil }
      rest = rest.dropFirst(3)
    }
    if rest == ["Z"] {
      offsetSeconds = 0
    } else {
      guard rest.count == 6, let sign = rest.first, sign == "+" || sign == "-",
        let offset = TimeOfDay.parse(String(rest.dropFirst()))
      else { return nil }
      offsetSeconds = (sign == "-" ? -1 : 1) * offset.minutes * 60
    }
    wall = LocalDateTime(date: date, minute: clock.minutes)
    let seconds = date.dayNumber * 86_400 + clock.minutes * 60 - offsetSeconds
    instant = Date(timeIntervalSince1970: Double(seconds))
  }
}
