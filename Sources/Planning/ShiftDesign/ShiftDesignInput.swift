/// Required agents per interval over one cyclic week (Monday 00:00 first), the input of
/// weekly shift design.
public struct WeeklyRequirement: Sendable, Equatable {
  /// Interval length in minutes; must divide 1440 (15, 30 and 60 are the usual grids).
  public var intervalMinutes: Int
  /// Required agents per interval, `7 · 1440 / intervalMinutes` values; may be fractional.
  public var required: [Double]
  /// Optional hard floor per interval (agents that must be present while a channel is open);
  /// nil or an empty array for none. Same length as `required` when given.
  public var floor: [Double]?

  public init(intervalMinutes: Int, required: [Double], floor: [Double]? = nil) {
    self.intervalMinutes = intervalMinutes
    self.required = required
    self.floor = floor
  }

  /// Intervals in one week: 7 · 1440 / intervalMinutes.
  public var intervalsPerWeek: Int { intervalMinutes > 0 ? 7 * 1440 / intervalMinutes : 0 }
  /// Intervals in one day: 1440 / intervalMinutes.
  public var intervalsPerDay: Int { intervalMinutes > 0 ? 1440 / intervalMinutes : 0 }
}

/// One break of a shift: its length and the window of allowed starts, in minutes after the
/// shift start (both ends allowed). Paid rests count as paid time; unpaid meals do not.
public struct BreakWindow: Sendable, Equatable {
  public var name: String
  public var lengthMinutes: Int
  public var paid: Bool
  /// Earliest start, minutes after the shift start; rounded up to the interval grid.
  public var earliestStartMinutes: Int
  /// Latest start, minutes after the shift start; rounded down to the interval grid.
  public var latestStartMinutes: Int

  public init(
    name: String, lengthMinutes: Int, paid: Bool, earliestStartMinutes: Int,
    latestStartMinutes: Int
  ) {
    self.name = name
    self.lengthMinutes = lengthMinutes
    self.paid = paid
    self.earliestStartMinutes = earliestStartMinutes
    self.latestStartMinutes = latestStartMinutes
  }
}

/// A family of shifts: one length (breaks included), the days and times it may start, the
/// days it is worked (one day, or a tour such as five consecutive days) and its breaks.
public struct ShiftTemplate: Sendable, Equatable {
  /// Shown in the plan; also tells regions apart when each region has its own templates.
  public var name: String
  /// Spread of one working day, breaks included, in minutes; a multiple of the interval.
  public var lengthMinutes: Int
  /// Days a shift may start: 0 = Monday … 6 = Sunday.
  public var days: [Int]
  /// Allowed starts in minutes after midnight (UTC); multiples of the interval.
  public var startMinutes: [Int]
  /// Days worked, counted from the start day: `[0]` for a single shift, `[0, 1, 2, 3, 4]`
  /// for a tour of five consecutive days (the same start time each day). Wraps the week.
  public var workDayOffsets: [Int]
  public var breaks: [BreakWindow]
  /// Cost of one shift (one tour); nil means its paid hours (length − unpaid breaks, summed
  /// over the worked days).
  public var cost: Double?

  public init(
    name: String, lengthMinutes: Int, days: [Int] = Array(0..<7), startMinutes: [Int],
    workDayOffsets: [Int] = [0], breaks: [BreakWindow] = [], cost: Double? = nil
  ) {
    self.name = name
    self.lengthMinutes = lengthMinutes
    self.days = days
    self.startMinutes = startMinutes
    self.workDayOffsets = workDayOffsets
    self.breaks = breaks
    self.cost = cost
  }

  /// Paid hours of one shift: (length − unpaid breaks) / 60 per worked day.
  public var paidHours: Double {
    let unpaid = breaks.filter { !$0.paid }.reduce(0) { $0 + $1.lengthMinutes }
    return Double((lengthMinutes - unpaid) * workDayOffsets.count) / 60
  }
}

/// Penalties, options and limits of one shift-design run.
public struct ShiftDesignOptions: Sendable, Equatable {
  /// Cost per agent-hour of required coverage that is missing (soft coverage).
  public var underCoveragePenalty: Double
  /// Cost per agent-hour scheduled above the requirement.
  public var overCoveragePenalty: Double
  /// Cost per distinct shift used, a shift being (template, start time of day); adds binary
  /// "used" variables y ≥ x / M (the minimum-shift-design objective). 0 leaves them out.
  public var shiftTypeCost: Double
  /// When set, the count-weighted average shift length must be at least this many minutes:
  /// Σ xⱼ·(lengthⱼ − minimum) ≥ 0 (the MSD "duties per week" rule, avgMinutes / maxDuties).
  public var minimumAverageShiftMinutes: Double?
  /// CBC's wall-clock limit in seconds after the heuristic; nil for none. A time limit can
  /// make the result depend on machine speed; 0 or `runSolver == false` keeps the
  /// deterministic heuristic plan.
  public var timeLimit: Double?
  /// Stop CBC once (objective − bound) / objective ≤ this; nil proves optimality.
  public var relativeGap: Double?
  /// False skips CBC after the heuristic (LP bound still computed).
  public var runSolver: Bool
  /// LP re-solves of the heuristic's dive (round fractional counts up, re-solve); 0 skips it.
  public var lpDiveSteps: Int
  /// With a progress observer, follow CBC's log for live incumbents during the solve. It
  /// redirects the process's standard output while CBC runs (`StandardOutputTap`), so it is
  /// for an interactive progress bar only, never for code that shares descriptor 1.
  public var followSolverLog: Bool

  public init(
    underCoveragePenalty: Double = 100, overCoveragePenalty: Double = 0,
    shiftTypeCost: Double = 0, minimumAverageShiftMinutes: Double? = nil,
    timeLimit: Double? = 20, relativeGap: Double? = nil, runSolver: Bool = true,
    lpDiveSteps: Int = 40, followSolverLog: Bool = false
  ) {
    self.underCoveragePenalty = underCoveragePenalty
    self.overCoveragePenalty = overCoveragePenalty
    self.shiftTypeCost = shiftTypeCost
    self.minimumAverageShiftMinutes = minimumAverageShiftMinutes
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.runSolver = runSolver
    self.lpDiveSteps = lpDiveSteps
    self.followSolverLog = followSolverLog
  }
}
