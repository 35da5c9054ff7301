/// A plan's `coverage.csv` read back: scheduled agents per channel and interval.
///
/// Format: header `day,time,channel,required,scheduled`; one row per channel and interval,
/// `day` Mon…Sun, `time` HH:MM in UTC on the plan's grid, counts whole numbers ≥ 0.
public struct CoverageFile: Sendable, Equatable {
  /// Scheduled agents per interval (Monday 00:00 UTC first), by channel name as written.
  public let scheduled: [String: [Int]]
  /// Required agents per interval, by channel name.
  public let required: [String: [Int]]
  public let intervalMinutes: Int

  public static let header = ["day", "time", "channel", "required", "scheduled"]

  /// A cell that could not be used, with where it is.
  public struct Problem: Error, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(line):\(column): \(message)" }
  }

  /// Reads `text` for a plan on a grid of `intervalMinutes`; every row must sit on that grid
  /// and every channel must have every interval of the week exactly once.
  /// - Complexity: O(rows).
  public init(parsing text: String, intervalMinutes: Int) throws(CoverageFileErrors) {
    let document: CSVDocument
    do {
      document = try CSVDocument(parsing: text)
    } catch {
      throw CoverageFileErrors([Problem(line: error.line, column: error.column, message: error.message)])
    }
    guard let head = document.records.first else {
      throw CoverageFileErrors([Problem(line: 1, column: 1,
        message: "the file is empty; expected the header " + Self.header.joined(separator: ","))])
    }
    guard head.fields.map(\.text) == Self.header else {
      throw CoverageFileErrors([Problem(line: head.line, column: 1,
        message: "the header is '\(head.fields.map(\.text).joined(separator: ","))'; expected "
          + Self.header.joined(separator: ","))])
    }
    let perDay = 1440 / intervalMinutes
    let count = 7 * perDay
    var scheduled: [String: [Int?]] = [:]
    var required: [String: [Int?]] = [:]
    var problems: [Problem] = []
    for record in document.records.dropFirst() {
      guard record.fields.count == 5 else {
        problems.append(Problem(line: record.line, column: record.fields.last?.column ?? 1,
          message: "the row has \(record.fields.count) fields; expected 5 (day,time,channel,required,scheduled)"))
        continue
      }
      let f = record.fields
      guard let day = Weekday(rawValue: f[0].text) else {
        problems.append(Problem(line: f[0].line, column: f[0].column,
          message: "unknown day '\(f[0].text)'; accepted: Mon, Tue, Wed, Thu, Fri, Sat, Sun"))
        continue
      }
      guard let time = TimeOfDay.parse(f[1].text), time.minutes < 1440 else {
        problems.append(Problem(line: f[1].line, column: f[1].column,
          message: "'\(f[1].text)' is not a time; expected HH:MM from 00:00 to 23:59"))
        continue
      }
      guard time.minutes % intervalMinutes == 0 else {
        problems.append(Problem(line: f[1].line, column: f[1].column,
          message: "\(f[1].text) is not on the plan's \(intervalMinutes)-minute grid"))
        continue
      }
      var counts: [Int] = []
      for field in [f[3], f[4]] {
        guard let value = Int(field.text), value >= 0 else {
          problems.append(Problem(line: field.line, column: field.column,
            message: "'\(field.text)' is not a whole number ≥ 0"))
          break
        }
        counts.append(value)
      }
      guard counts.count == 2 else { continue }
      let channel = f[2].text
      let index = day.index * perDay + time.minutes / intervalMinutes
      var scheduledSeries = scheduled[channel] ?? Array(repeating: nil, count: count)
      if scheduledSeries[index] != nil {
        problems.append(Problem(line: record.line, column: 1,
          message: "\(channel) \(day.rawValue) \(f[1].text) appears twice"))
        continue
      }
      scheduledSeries[index] = counts[1]
      scheduled[channel] = scheduledSeries
      var requiredSeries = required[channel] ?? Array(repeating: nil, count: count)
      requiredSeries[index] = counts[0]
      required[channel] = requiredSeries
    }
    for (channel, series) in scheduled.sorted(by: { $0.key < $1.key }) {
      if let gap = series.firstIndex(where: { $0 == nil }) {
        let day = Weekday.allCases[gap / perDay].rawValue
        let time = TimeOfDay(minutes: (gap % perDay) * intervalMinutes)
        problems.append(Problem(line: document.records.count, column: 1,
          message: "\(channel) has no row for \(day) \(time); a coverage file lists every "
            + "\(intervalMinutes)-minute interval of the week"))
      }
    }
    if !problems.isEmpty { throw CoverageFileErrors(problems) }
    self.scheduled = scheduled.mapValues { $0.map { $0 ?? 0 } }
    self.required = required.mapValues { $0.map { $0 ?? 0 } }
    self.intervalMinutes = intervalMinutes
  }
}

/// Every problem of a coverage file.
public struct CoverageFileErrors: Error, Equatable {
  public let problems: [CoverageFile.Problem]
  public init(_ problems: [CoverageFile.Problem]) { self.problems = problems }
}
