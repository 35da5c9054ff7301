import Foundation

/// A shift of the rotation that nobody works, kept so that gaps are never silent.
///
/// `roster.csv` writes it as a row whose agent is `RosterGap.openAgent` (`OPEN`), so the open
/// shift sits among the worked ones with its date, region, times and breaks.
public struct RosterGap: Sendable, Equatable, CustomStringConvertible {
  /// The agent column of an open shift in `roster.csv`.
  public static let openAgent = "OPEN"

  public var region: String
  public var date: LocalDate
  public var shift: String
  public var start: Date
  public var end: Date
  /// Why it is open, e.g. `crew D has no agent` or `Ada Byrne unavailable; no cover`.
  public var reason: String
  /// The region's zone, for local times; the shift's breaks as it would be worked.
  public var timeZone: TimeZone
  public var breaks: [RosterBreak]

  public init(
    region: String, date: LocalDate, shift: String, start: Date, end: Date, reason: String,
    timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, breaks: [RosterBreak] = []
  ) {
    self.region = region
    self.date = date
    self.shift = shift
    self.start = start
    self.end = end
    self.reason = reason
    self.timeZone = timeZone
    self.breaks = breaks
  }

  /// `2027-01-06 emea D 08:00–16:00 local: Ada Byrne unavailable; no free agent …`.
  public var description: String {
    let from = LocalDateTime(instant: start, zone: timeZone).minute
    let to = LocalDateTime(instant: end, zone: timeZone).minute
    return "\(date) \(region) \(shift) \(TimeOfDay(minutes: from))–\(TimeOfDay(minutes: to)) "
      + "local: \(reason)"
  }

  /// The open shift as a roster row: agent `OPEN`, role agent, the gap's reason.
  public var openShift: RosterAssignment {
    RosterAssignment(
      agent: Self.openAgent, role: .agent, region: region, timeZone: timeZone, date: date,
      start: start, end: end, shift: shift, breaks: breaks, reason: "open: \(reason)")
  }
}

/// What one agent works over the plan, for the fairness report.
public struct AgentLoad: Sendable, Equatable {
  public var agent: String
  public var region: String
  /// The crew (rotation line) the agent starts on, empty for spare agents.
  public var crew: String
  public var shifts: Int
  /// Worked hours (elapsed less unpaid breaks).
  public var hours: Double
  /// Weeks in which the agent works Saturday or Sunday.
  public var weekendsWorked: Int
  public var nights: Int
  /// Swing (late) shifts.
  public var lates: Int
  /// One line: why the agent has this load.
  public var explanation: String
}

/// The roster of a plan: assignments, open gaps, notes and per-agent loads.
public struct RosterPlan: Sendable, Equatable {
  /// Sorted by start, then agent.
  public var assignments: [RosterAssignment]
  public var gaps: [RosterGap]
  /// Anything the planner could not do as asked (spare agents, unknown zones, …).
  public var notes: [String]
  public var loads: [AgentLoad]
  /// First date (a Monday) and number of weeks.
  public var startDate: LocalDate
  public var weeks: Int

  public init(
    assignments: [RosterAssignment], gaps: [RosterGap], notes: [String], loads: [AgentLoad],
    startDate: LocalDate, weeks: Int
  ) {
    self.assignments = assignments
    self.gaps = gaps
    self.notes = notes
    self.loads = loads
    self.startDate = startDate
    self.weeks = weeks
  }

  /// Largest minus smallest count per region over the plan, the worst region reported:
  /// (weekends worked, nights, lates).
  public var fairnessSpread: (weekends: Int, nights: Int, lates: Int) {
    var result = (weekends: 0, nights: 0, lates: 0)
    let regions = Dictionary(grouping: loads.filter { !$0.crew.isEmpty }, by: \.region)
    for (_, group) in regions {
      func spread(_ value: (AgentLoad) -> Int) -> Int {
        (group.map(value).max() ?? 0) - (group.map(value).min() ?? 0)
      }
      result.weekends = max(result.weekends, spread(\.weekendsWorked))
      result.nights = max(result.nights, spread(\.nights))
      result.lates = max(result.lates, spread(\.lates))
    }
    return result
  }
}
