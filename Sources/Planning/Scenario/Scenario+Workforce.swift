public import Queueing

/// The roles headcount is planned for (issue 4).
public enum RoleKind: String, Sendable, Hashable, CaseIterable, Comparable {
  /// First-line agents on email, chat and phone.
  case agent
  /// Escalation engineers working escalated tickets.
  case escalationEngineer = "escalation_engineer"
  /// Technical account managers of Enterprise accounts.
  case tam
  /// On-call responders of the P1 hotline.
  case onCall = "on_call"

  public static func < (lhs: RoleKind, rhs: RoleKind) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// What one full-time person of a role works and costs.
///
/// FTE = productive hours / (1 − shrinkage) / paid hours per FTE (DESIGN.md §4).
public struct Role: Sendable, Equatable {
  /// `paid_hours:` — paid hours per FTE per week.
  public var paidHoursPerWeek: TimeSpan
  /// `shrinkage:` — default: `staffing.shrinkage`.
  public var shrinkage: Percentage
  /// `monthly_cost:` — fully loaded cost per FTE per month, in the scenario's currency.
  public var monthlyCost: ExactDecimal
  /// `max_headcount:` — optional cap.
  public var maxHeadcount: Int?

  public init(
    paidHoursPerWeek: TimeSpan, shrinkage: Percentage, monthlyCost: ExactDecimal,
    maxHeadcount: Int? = nil
  ) {
    self.paidHoursPerWeek = paidHoursPerWeek
    self.shrinkage = shrinkage
    self.monthlyCost = monthlyCost
    self.maxHeadcount = maxHeadcount
  }
}

/// Customers per agent, as a band (`250-500`) or one number (`80`, min = max).
public struct CustomerRatio: Sendable, Equatable {
  /// The fewest customers per agent (the most agents).
  public var minimum: Int
  /// The most customers per agent (the fewest agents).
  public var maximum: Int

  public init(minimum: Int, maximum: Int) {
    self.minimum = minimum
    self.maximum = maximum
  }
}

/// Ratio constraints of the headcount stage (guide line 28).
public struct StaffingRatios: Sendable, Equatable {
  /// `customers_per_agent:` — per tier; a tier without a ratio adds no constraint.
  public var customersPerAgent: [Tier: CustomerRatio]
  /// `tam_account_weight:` — load of one Enterprise account on a TAM.
  public var tamAccountWeight: ExactDecimal
  /// `tam_capacity:` — weighted accounts one TAM covers: accounts × weight ≤ TAMs × capacity.
  public var tamCapacity: ExactDecimal

  public init(
    customersPerAgent: [Tier: CustomerRatio], tamAccountWeight: ExactDecimal,
    tamCapacity: ExactDecimal
  ) {
    self.customersPerAgent = customersPerAgent
    self.tamAccountWeight = tamAccountWeight
    self.tamCapacity = tamCapacity
  }
}

/// Inputs of the monthly hiring plan (issue 4).
public struct CapacityInputs: Sendable, Equatable {
  /// How volume moves month to month.
  public enum Volume: Sendable, Equatable {
    /// `monthly_growth:` — month m has volume × (1 + g)^m.
    case growth(Percentage)
    /// `monthly_volumes:` — total tickets of each month, one per month.
    case explicit([Int])
  }

  /// `months:` — horizon, default 12.
  public var months: Int
  public var volume: Volume
  /// `starting_headcount:` — people on staff in month 0, per role (0 when absent).
  public var startingHeadcount: [RoleKind: Int]
  /// `attrition:` — share of staff leaving each month.
  public var attritionPerMonth: Percentage
  /// `hiring_lead_months:` — months from the decision to hire to the first day.
  public var hiringLeadMonths: Int
  /// `onboarding:` — time at zero productivity after the first day (guide line 29: 30 days).
  public var onboarding: TimeSpan
  /// `certified_after:` — full productivity from here; linear ramp after onboarding (60 days).
  public var certifiedAfter: TimeSpan
  /// `class_size:` — most hires per role per month.
  public var classSize: Int

  public init(
    months: Int, volume: Volume, startingHeadcount: [RoleKind: Int],
    attritionPerMonth: Percentage, hiringLeadMonths: Int, onboarding: TimeSpan,
    certifiedAfter: TimeSpan, classSize: Int
  ) {
    self.months = months
    self.volume = volume
    self.startingHeadcount = startingHeadcount
    self.attritionPerMonth = attritionPerMonth
    self.hiringLeadMonths = hiringLeadMonths
    self.onboarding = onboarding
    self.certifiedAfter = certifiedAfter
    self.classSize = classSize
  }
}

/// A break inside a shift, placed anywhere in its window after the shift start.
public struct BreakRule: Sendable, Equatable {
  /// `name:` — e.g. `rest`, `meal`.
  public var name: String
  /// `length:`
  public var length: TimeSpan
  /// `paid:` — paid rests count as paid hours; unpaid meals do not.
  public var paid: Bool
  /// `after:` — earliest start, measured from the shift start.
  public var earliest: TimeSpan
  /// `before:` — latest start, measured from the shift start.
  public var latest: TimeSpan

  public init(name: String, length: TimeSpan, paid: Bool, earliest: TimeSpan, latest: TimeSpan) {
    self.name = name
    self.length = length
    self.paid = paid
    self.earliest = earliest
    self.latest = latest
  }
}

/// Shift templates: every length, starting on the grid, on the given days, in every region.
public struct ShiftPolicy: Sendable, Equatable {
  /// `lengths:` — shift lengths including unpaid breaks (default 8h and 10h).
  public var lengths: [TimeSpan]
  /// `start_every:` — the start grid (default 30m).
  public var startEvery: TimeSpan
  /// `days:` — days shifts may start.
  public var days: [Weekday]
  /// `breaks:` — breaks of every shift.
  public var breaks: [BreakRule]

  public init(lengths: [TimeSpan], startEvery: TimeSpan, days: [Weekday], breaks: [BreakRule]) {
    self.lengths = lengths
    self.startEvery = startEvery
    self.days = days
    self.breaks = breaks
  }
}

/// Labour rules (DESIGN.md §4 defaults, all configurable).
public struct LabourRules: Sendable, Equatable {
  public var minRestBetweenShifts: TimeSpan
  public var minWeeklyRest: TimeSpan
  public var maxConsecutiveDays: Int
  public var maxHoursPerWeek: TimeSpan
  public var maxAverageHoursPerWeek: TimeSpan
  public var consecutiveDaysOff: Int
  /// At least one weekend off in every this many weeks.
  public var weekendOffEveryWeeks: Int
  public var maxNightsInARow: Int
  /// Shifts rotate day → swing → night, never backwards.
  public var forwardRotation: Bool

  public init(
    minRestBetweenShifts: TimeSpan, minWeeklyRest: TimeSpan, maxConsecutiveDays: Int,
    maxHoursPerWeek: TimeSpan, maxAverageHoursPerWeek: TimeSpan, consecutiveDaysOff: Int,
    weekendOffEveryWeeks: Int, maxNightsInARow: Int, forwardRotation: Bool
  ) {
    self.minRestBetweenShifts = minRestBetweenShifts
    self.minWeeklyRest = minWeeklyRest
    self.maxConsecutiveDays = maxConsecutiveDays
    self.maxHoursPerWeek = maxHoursPerWeek
    self.maxAverageHoursPerWeek = maxAverageHoursPerWeek
    self.consecutiveDaysOff = consecutiveDaysOff
    self.weekendOffEveryWeeks = weekendOffEveryWeeks
    self.maxNightsInARow = maxNightsInARow
    self.forwardRotation = forwardRotation
  }
}

/// `rotation:` — a pattern of the DESIGN.md §4 catalogue, or a generated cyclic rotation.
public enum RotationChoice: Sendable, Equatable {
  case generated
  /// One of `RotationChoice.catalogue`.
  case catalogue(String)

  /// The pattern names of DESIGN.md §4.
  public static let catalogue = [
    "panama", "dupont", "4on4off", "continental", "metropolitan", "southern-swing",
    "5-3-5-4-5-3", "24x5-fixed",
  ]

  /// The name as written in a scenario.
  public var name: String {
    switch self {
    case .generated: return "generated"
    case .catalogue(let name): return name
    }
  }
}

/// A named person on the roster.
public struct Agent: Sendable, Equatable {
  public var name: String
  public var role: RoleKind
  /// The name of one of the scenario's regions.
  public var region: String
  /// Contracted hours per week.
  public var contractHours: TimeSpan
  /// Channels the agent is trained for (empty: every channel of the role).
  public var skills: [Channel]
  /// Dates (`YYYY-MM-DD`) the agent cannot work.
  public var unavailable: [String]

  public init(
    name: String, role: RoleKind, region: String, contractHours: TimeSpan,
    skills: [Channel] = [], unavailable: [String] = []
  ) {
    self.name = name
    self.role = role
    self.region = region
    self.contractHours = contractHours
    self.skills = skills
    self.unavailable = unavailable
  }
}
