import Foundation

/// A break of a rostered shift, as absolute instants.
public struct RosterBreak: Sendable, Hashable {
  public var start: Date
  public var end: Date
  /// Paid rests count as worked time; unpaid meals do not.
  public var paid: Bool

  public init(start: Date, end: Date, paid: Bool) {
    self.start = start
    self.end = end
    self.paid = paid
  }
}

/// One shift of one agent: the unit of `roster.csv`, the rule checker and the calendars.
public struct RosterAssignment: Sendable, Equatable {
  public var agent: String
  public var role: RoleKind
  public var region: String
  /// The agent's time zone: local dates, week windows and displayed times use it.
  public var timeZone: TimeZone
  /// The local date the shift starts on.
  public var date: LocalDate
  public var start: Date
  public var end: Date
  /// `D`, `S`, `N` or a label of a generated rotation.
  public var shift: String
  public var breaks: [RosterBreak]
  /// Why this agent works this shift (rotation line and week, or the cover of a gap).
  public var reason: String

  public init(
    agent: String, role: RoleKind, region: String, timeZone: TimeZone, date: LocalDate,
    start: Date, end: Date, shift: String, breaks: [RosterBreak] = [], reason: String = ""
  ) {
    self.agent = agent
    self.role = role
    self.region = region
    self.timeZone = timeZone
    self.date = date
    self.start = start
    self.end = end
    self.shift = shift
    self.breaks = breaks
    self.reason = reason
  }

  /// ISO 8601 local start with offset, e.g. `2027-01-04T22:00:00-06:00`.
  public var localStart: String { isoLocalTime(start, zone: timeZone) }
  /// ISO 8601 local end with offset.
  public var localEnd: String { isoLocalTime(end, zone: timeZone) }

  /// Elapsed minutes from start to end (a night across a DST change is 7 h or 9 h).
  public var elapsedMinutes: Int { Int((end.timeIntervalSince(start) / 60).rounded()) }

  /// Worked minutes: elapsed time less unpaid breaks.
  public var paidMinutes: Int {
    let unpaid = breaks.filter { !$0.paid }.reduce(0.0) { $0 + $1.end.timeIntervalSince($1.start) }
    return elapsedMinutes - Int((unpaid / 60).rounded())
  }

  /// The shift family (by label, else by local start time).
  public var kind: ShiftKind {
    let local = LocalDateTime(instant: start, zone: timeZone)
    return ShiftKind.classify(label: shift, localStartMinute: local.minute)
  }

  /// Breaks as `HH:MM-HH:MM` local times separated by `;` (the `roster.csv` column).
  public var breaksText: String {
    breaks.map { item in
      let from = LocalDateTime(instant: item.start, zone: timeZone).minute
      let to = LocalDateTime(instant: item.end, zone: timeZone).minute
      return TimeOfDay(minutes: from).description + "-" + TimeOfDay(minutes: to).description
    }.joined(separator: ";")
  }
}
