/// Day, swing (late) or night: the shift families of the rotation tables and of forward
/// rotation (D → S → N).
public enum ShiftKind: String, Sendable, Hashable, CaseIterable, Comparable {
  case day = "D"
  case swing = "S"
  case night = "N"

  /// 0 day, 1 swing, 2 night: forward rotation never goes down within a run of work days.
  public var rank: Int {
    switch self {
    case .day: return 0
    case .swing: return 1
    case .night: return 2
    }
  }

  public static func < (lhs: ShiftKind, rhs: ShiftKind) -> Bool { lhs.rank < rhs.rank }

  /// The family of a shift by its local start time, when its label is not `D`, `S` or `N`:
  /// starts in 04:00..<12:00 are day, 12:00..<20:00 swing, otherwise night (a shift from
  /// 20:00 on has at least 3 h in 23:00–06:00 once it is 6 h or longer, the EU Working Time
  /// Directive's night-worker test).
  public static func classify(label: String, localStartMinute: Int) -> ShiftKind {
    if let kind = ShiftKind(rawValue: label) { return kind }
    let minute = ((localStartMinute % 1440) + 1440) % 1440
    if (240..<720).contains(minute) { return .day }
    if (720..<1200).contains(minute) { return .swing }
    return .night
  }
}

/// A break inside a rotation shift, measured from the shift start.
public struct ShiftBreak: Sendable, Hashable {
  /// Minutes from the shift start.
  public var offsetMinutes: Int
  public var lengthMinutes: Int
  /// Paid breaks count as worked hours; unpaid meals do not.
  public var paid: Bool

  public init(offsetMinutes: Int, lengthMinutes: Int, paid: Bool) {
    self.offsetMinutes = offsetMinutes
    self.lengthMinutes = lengthMinutes
    self.paid = paid
  }
}

/// One shift of a rotation day: a label, a start on the rotation's clock and a length.
public struct RotationShift: Sendable, Hashable {
  /// `D`, `S`, `N` (or any label a generated rotation gives).
  public var label: String
  /// Minutes after midnight on the rotation's clock (local or UTC, see `Rotation.clock`).
  public var startMinute: Int
  /// Length including breaks, in minutes.
  public var lengthMinutes: Int
  public var breaks: [ShiftBreak]
  /// The region this shift belongs to (generated rotations); empty for catalogue patterns.
  public var region: String

  public init(
    label: String, startMinute: Int, lengthMinutes: Int, breaks: [ShiftBreak] = [],
    region: String = ""
  ) {
    self.label = label
    self.startMinute = startMinute
    self.lengthMinutes = lengthMinutes
    self.breaks = breaks
    self.region = region
  }

  /// The family for fairness counts and forward rotation.
  public var kind: ShiftKind { ShiftKind.classify(label: label, localStartMinute: startMinute) }

  /// Worked minutes: the length less unpaid breaks.
  public var paidMinutes: Int {
    lengthMinutes - breaks.filter { !$0.paid }.reduce(0) { $0 + $1.lengthMinutes }
  }
}

/// A rotation: every crew's cycle of days, each day one shift or off.
///
/// A crew is a group of agents who work the same days; with one agent per crew a crew is a
/// rotation line. Day 0 of every cycle is a Monday, so cycle day `d` of a plan starting on
/// Monday `m` is date `m + d`.
public struct Rotation: Sendable, Equatable {
  /// How the rotation's start minutes are read.
  public enum Clock: Sendable, Equatable {
    /// Wall-clock time in each agent's region (catalogue patterns: D starts 07:00 local).
    case local
    /// UTC (generated follow-the-sun rotations); shown in local time per region.
    case utc
  }

  /// One crew: its name and one entry per cycle day (`nil` = off).
  public struct Crew: Sendable, Equatable {
    public var name: String
    public var days: [RotationShift?]
    /// Region of the crew (generated rotations), empty when any region may work it.
    public var region: String

    public init(name: String, days: [RotationShift?], region: String = "") {
      self.name = name
      self.days = days
      self.region = region
    }

    /// `D`, `S`, `N` or `O` per day, e.g. `DDOODDDOODDOOO`.
    public var pattern: String {
      String(days.map { $0.map { Character(String($0.label.prefix(1))) } ?? "O" })
    }
  }

  public var name: String
  public var clock: Clock
  /// Length of the longest crew cycle in days; each crew repeats its own `days` (catalogue
  /// crews all have this length; generated regions may differ).
  public var cycleDays: Int
  public var crews: [Crew]

  public init(name: String, clock: Clock, cycleDays: Int, crews: [Crew]) {
    self.name = name
    self.clock = clock
    self.cycleDays = cycleDays
    self.crews = crews
  }

  /// Shifts worked per cycle day and label: `counts[d][label]`.
  ///
  /// The catalogue invariant is that every shift of every (open) day has exactly 1.
  /// - Complexity: O(crews × cycle days).
  public func coverage() -> [[String: Int]] {
    var counts = Array(repeating: [String: Int](), count: cycleDays)
    for crew in crews {
      for (day, shift) in crew.days.enumerated() where day < cycleDays {
        if let shift { counts[day][shift.label, default: 0] += 1 }
      }
    }
    return counts
  }

  /// Average paid-or-not hours per week of one crew over its cycle: shift lengths (breaks
  /// included, as in the DESIGN.md §4 table) × 7 / cycle days.
  public func averageWeeklyHours(crew index: Int) -> Double {
    guard crews.indices.contains(index), cycleDays > 0 else { return 0 }
    let minutes = crews[index].days.reduce(0) { $0 + ($1?.lengthMinutes ?? 0) }
    return Double(minutes) / 60 * 7 / Double(cycleDays)
  }
}
