/// The weekly shift mix that covers a requirement curve, with its cost, bound and coverage.
public struct WeeklyShiftPlan: Sendable, Equatable {
  /// Which stage produced the plan that was kept.
  public enum Stage: String, Sendable, Equatable {
    /// LP rounding, repair and local improvement (deterministic).
    case heuristic
    /// CBC's branch and bound, started from the heuristic plan.
    case solver
  }

  /// Shifts of one template starting at one time on one day.
  public struct Shift: Sendable, Equatable {
    public let templateName: String
    /// 0 = Monday … 6 = Sunday.
    public let day: Int
    /// Minutes after midnight.
    public let startMinute: Int
    public let lengthMinutes: Int
    public let count: Int
    /// Paid hours of one shift (one tour).
    public let paidHours: Double
    /// For each of the `count` agents, the break starts in minutes after the shift start
    /// (template break order, then worked day; a tour's later days add 1440 per day).
    public let breakStarts: [[Int]]
  }

  /// Required and scheduled agents in one interval (breaks subtracted).
  public struct IntervalCoverage: Sendable, Equatable {
    /// Interval index in the week, Monday 00:00 = 0.
    public let interval: Int
    public let day: Int
    public let minuteOfDay: Int
    public let required: Double
    public let scheduled: Double
  }

  public let shifts: [Shift]
  /// One entry per interval of the week.
  public let coverage: [IntervalCoverage]
  /// Σ count · paid hours.
  public let paidHours: Double
  /// The model objective: shift costs + coverage penalties + distinct-shift costs.
  public let objective: Double
  /// Best proven lower bound on the objective (LP relaxation, or CBC's bound if higher).
  public let lowerBound: Double
  /// (objective − lowerBound) / objective; 0 when proven optimal.
  public let gap: Double
  /// Σ max(0, required − scheduled) · interval hours, in agent-hours.
  public let underCoverageHours: Double
  /// Σ max(0, scheduled − required) · interval hours, in agent-hours.
  public let overCoverageHours: Double
  /// Distinct (template, start time) shifts used.
  public let distinctShifts: Int
  public let foundBy: Stage
  /// A one-line account: stage, solver status, objective, bound and gap.
  public let status: String
  /// Intervals with required > scheduled (the gaps a partial plan leaves).
  public var uncovered: [IntervalCoverage] {
    coverage.filter { $0.required - $0.scheduled > 1e-6 }
  }
  /// Floor rows that could not all be met, "floor_Mon_0930: short 2" — empty when the floor
  /// held. When not empty the plan ignores the floor (soft coverage only).
  public let floorConflicts: [String]
}
