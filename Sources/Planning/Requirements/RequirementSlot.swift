/// One interval of one stream, as a planner names it: "Tue 10:30 chat" (UTC, on the grid).
public struct RequirementSlot: Sendable, Equatable {
  public var day: Weekday
  public var time: TimeOfDay
  public var channel: RequirementChannel

  public init(day: Weekday, time: TimeOfDay, channel: RequirementChannel) {
    self.day = day
    self.time = time
    self.channel = channel
  }

  /// Index of the interval in the week on a grid of `intervalMinutes`.
  public func interval(intervalMinutes: Int) -> Int {
    (day.index * 1440 + time.minutes) / max(1, intervalMinutes)
  }

  /// What a specifier looks like, for messages.
  public static let accepted =
    "DAY HH:MM CHANNEL, e.g. \"Tue 10:30 chat\": DAY one of Mon…Sun, HH:MM in UTC on the "
    + "scenario's grid, CHANNEL one of "
    + RequirementChannel.allCases.map(\.rawValue).joined(separator: ", ")

  /// Parses "DAY HH:MM CHANNEL" (words in any case, any spacing); the time must start an
  /// interval of the grid.
  public init(parsing text: String, intervalMinutes: Int) throws(RequirementSlotError) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard words.count == 3 else { throw .malformed(text) }
    let dayWord = words[0].lowercased()
    guard let day = Weekday.allCases.first(where: { weekday in
      let name = weekday.rawValue.lowercased()
      let full = Self.fullNames[weekday] ?? name
      return dayWord == name || (dayWord.count >= 3 && full.hasPrefix(dayWord))
    }) else { throw .unknownDay(words[0]) }
    let parts = words[1].split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]),
      let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes)
    else { throw .badTime(words[1]) }
    let minute = hours * 60 + minutes
    guard intervalMinutes > 0, minute % intervalMinutes == 0 else {
      throw .offGrid(time: words[1], intervalMinutes: intervalMinutes)
    }
    guard let channel = RequirementChannel(rawValue: words[2].lowercased()) else {
      throw .unknownChannel(words[2])
    }
    self.init(day: day, time: TimeOfDay(minutes: minute), channel: channel)
  }

  static let fullNames: [Weekday: String] = [
    .mon: "monday", .tue: "tuesday", .wed: "wednesday", .thu: "thursday", .fri: "friday",
    .sat: "saturday", .sun: "sunday",
  ]
}

/// Why an interval specifier was not understood; each names what is accepted.
public enum RequirementSlotError: Error, Equatable, CustomStringConvertible {
  case malformed(String)
  case unknownDay(String)
  case badTime(String)
  case offGrid(time: String, intervalMinutes: Int)
  case unknownChannel(String)
  /// The scenario has no requirement for the stream.
  case noSeries(RequirementChannel, available: [RequirementChannel])

  public var description: String {
    switch self {
    case .malformed(let text):
      return "cannot read '\(text)'; accepted: \(RequirementSlot.accepted)"
    case .unknownDay(let word):
      return "unknown day '\(word)'; accepted: Mon, Tue, Wed, Thu, Fri, Sat, Sun"
    case .badTime(let word):
      return "bad time '\(word)'; accepted: HH:MM in UTC, 00:00…23:59"
    case .offGrid(let time, let grid):
      return "\(time) is not on the scenario's \(grid)-minute grid; accepted: a time whose "
        + "minutes are a multiple of \(grid) (e.g. \(grid == 60 ? "10:00" : "10:\(grid)"))"
    case .unknownChannel(let word):
      return "unknown channel '\(word)'; accepted: "
        + RequirementChannel.allCases.map(\.rawValue).joined(separator: ", ")
    case .noSeries(let channel, let available):
      return "the scenario has no \(channel.rawValue) requirement; accepted: "
        + available.map(\.rawValue).joined(separator: ", ")
    }
  }
}
