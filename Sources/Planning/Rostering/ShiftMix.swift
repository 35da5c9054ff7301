/// One row of a weekly shift mix: `count` shifts of one start, length and region on a day.
///
/// Produced by the weekly shift design (issue 5); all times are UTC.
public struct ShiftMixEntry: Sendable, Equatable {
  /// The UTC weekday the shift starts on.
  public var day: Weekday
  /// Start in minutes after 00:00 UTC.
  public var startMinuteUTC: Int
  /// Length including breaks, in minutes.
  public var lengthMinutes: Int
  public var count: Int
  public var region: String
  public var breaks: [ShiftBreak]

  public init(
    day: Weekday, startMinuteUTC: Int, lengthMinutes: Int, count: Int, region: String,
    breaks: [ShiftBreak] = []
  ) {
    self.day = day
    self.startMinuteUTC = startMinuteUTC
    self.lengthMinutes = lengthMinutes
    self.count = count
    self.region = region
    self.breaks = breaks
  }
}

/// A generated cyclic rotation: one set of lines per region, and what it could not satisfy.
public struct GeneratedRotation: Sendable, Equatable {
  /// Crews `line 01` … per region; crew i works line (i + k) mod L in week k, so each
  /// crew's cycle is L weeks.
  public var rotation: Rotation
  /// The lines (one week each, Monday first, UTC days) per region, in cycle order.
  public var lines: [String: [[RotationShift?]]]
  /// max(busiest day, ⌈shifts / (7 − days off)⌉, ⌈hours / average cap⌉) per region: no
  /// rotation of fewer lines covers the mix within the rules.
  public var lowerBoundLines: [String: Int]
  /// Rules the construction could not satisfy, one entry per line and rule (the agent field
  /// names the line, e.g. `emea line 03`); measured over one cycle with its wrap-around.
  public var unmet: [RuleViolation]
  public var notes: [String]
}
