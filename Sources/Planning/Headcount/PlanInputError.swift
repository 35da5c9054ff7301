public import Optimization

/// Why a headcount or capacity plan cannot be computed from its inputs (issue 4, "Bad input").
///
/// Each case carries what the planner needs to fix the input: the role or tier, the value
/// found and what is accepted. Infeasible plans are not errors: they come back with a
/// diagnosis and the best plan under relaxed caps.
public enum PlanInputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A number that must be finite is NaN or infinite.
  case notFinite(what: String, value: Double)
  /// A monthly cost below zero.
  case negativeCost(role: RoleKind, value: Double)
  /// Paid hours per FTE outside 0 < h ≤ 168.
  case invalidPaidHours(role: RoleKind, hours: Double)
  /// Shrinkage outside 0 ≤ s < 1.
  case invalidShrinkage(role: RoleKind, value: Double)
  /// Weekly requirement hours below zero.
  case negativeRequirementHours(role: RoleKind, hours: Double)
  /// A workload-driven role (agent, escalation engineer) has no requirement hours.
  case missingRequirementHours(role: RoleKind)
  /// Requirement hours were given for a role the scenario does not define.
  case missingRole(role: RoleKind)
  /// The same role appears twice in the inputs.
  case duplicateRole(role: RoleKind)
  /// A coverage floor with negative seats or seat hours outside 0…168 per week.
  case invalidCoverageFloor(name: String, seats: Double, hoursPerWeek: Double)
  /// Customers per agent: min must be ≥ 1 and ≤ max.
  case invalidCustomerRatio(tier: Tier, minimum: Int, maximum: Int)
  /// A negative customer count.
  case negativeCustomers(tier: Tier, count: Int)
  /// TAM coverage: weight ≥ 0, accounts ≥ 0 and capacity per TAM > 0.
  case invalidTAMCoverage(accounts: Int, weight: Double, capacityPerTAM: Double)
  /// A negative headcount cap.
  case negativeMaxHeadcount(role: RoleKind, value: Int)
  /// A negative monthly budget.
  case negativeBudget(Double)
  /// A capacity horizon below one month.
  case invalidHorizon(months: Int)
  /// The hiring lead time is not shorter than the horizon, so no hire ever starts.
  case leadTimeNotShorterThanHorizon(leadMonths: Int, months: Int)
  /// A negative hiring lead time.
  case negativeLeadTime(Int)
  /// The monthly volume index has the wrong length or a negative / non-finite entry.
  case invalidVolumeIndex(months: Int, count: Int)
  /// Explicit monthly volumes need the scenario's base volume (> 0) to scale from.
  case zeroBaseVolume
  /// Attrition per month outside 0 ≤ a < 1.
  case invalidAttrition(Double)
  /// A class size below one hire per month.
  case invalidClassSize(Int)
  /// A negative starting headcount.
  case negativeStartingHeadcount(role: RoleKind, value: Int)
  /// Onboarding and certification: 0 ≤ onboarding ≤ certified-after, both in days.
  case invalidRamp(onboardingDays: Double, certifiedAfterDays: Double)
  /// A ramp curve entry outside 0…1.
  case invalidRampCurve([Double])
  /// A shortfall penalty that is negative.
  case negativePenalty(role: RoleKind, value: Double)
  /// Building the optimisation model failed (a programming error surfaced as a value).
  case model(ModelError)
  /// The solver could not run.
  case solver(SolveError)
  /// The solver stopped without any plan (e.g. a time limit before the first solution).
  case noPlan(status: String)

  public var description: String {
    switch self {
    case .notFinite(let what, let value):
      return "\(what) is \(value); expected a finite number"
    case .negativeCost(let role, let value):
      return "roles.\(role.rawValue).monthly_cost is \(value); expected a number ≥ 0"
    case .invalidPaidHours(let role, let hours):
      return "roles.\(role.rawValue).paid_hours is \(hours) h a week; expected 0 < h ≤ 168"
    case .invalidShrinkage(let role, let value):
      return "roles.\(role.rawValue).shrinkage is \(value); expected 0 ≤ shrinkage < 100%"
    case .negativeRequirementHours(let role, let hours):
      return "requirement of \(role.rawValue) is \(hours) h a week; expected ≥ 0"
    case .missingRequirementHours(let role):
      return "no weekly requirement hours for \(role.rawValue); the requirements stage must"
        + " give them (0 if the role has no workload)"
    case .missingRole(let role):
      return "requirement hours are given for \(role.rawValue), but the scenario has no"
        + " roles.\(role.rawValue)"
    case .duplicateRole(let role):
      return "role \(role.rawValue) appears twice; give each role once"
    case .invalidCoverageFloor(let name, let seats, let hours):
      return "coverage floor \(name) has \(seats) seats of \(hours) h a week; expected"
        + " seats ≥ 0 and 0…168 h"
    case .invalidCustomerRatio(let tier, let minimum, let maximum):
      return "ratios.customers_per_agent.\(tier.rawValue) is \(minimum)-\(maximum); expected"
        + " 1 ≤ min ≤ max"
    case .negativeCustomers(let tier, let count):
      return "customers.\(tier.rawValue).count is \(count); expected ≥ 0"
    case .invalidTAMCoverage(let accounts, let weight, let capacity):
      return "TAM coverage of \(accounts) accounts × weight \(weight) with capacity"
        + " \(capacity) per TAM; expected accounts ≥ 0, weight ≥ 0 and capacity > 0"
    case .negativeMaxHeadcount(let role, let value):
      return "roles.\(role.rawValue).max_headcount is \(value); expected ≥ 0"
    case .negativeBudget(let value):
      return "monthly_budget is \(value); expected ≥ 0"
    case .invalidHorizon(let months):
      return "capacity.months is \(months); expected ≥ 1"
    case .leadTimeNotShorterThanHorizon(let lead, let months):
      return "capacity.hiring_lead_months is \(lead) but the horizon is \(months) months;"
        + " no hire could start inside the plan; expected a lead time < months"
    case .negativeLeadTime(let lead):
      return "capacity.hiring_lead_months is \(lead); expected ≥ 0"
    case .invalidVolumeIndex(let months, let count):
      return "the monthly volumes give \(count) non-negative values for \(months) months;"
        + " expected one finite value ≥ 0 per month"
    case .zeroBaseVolume:
      return "capacity.monthly_volumes needs the scenario's monthly tickets to scale from,"
        + " but they are 0"
    case .invalidAttrition(let value):
      return "capacity.attrition is \(value); expected 0 ≤ attrition < 100%"
    case .invalidClassSize(let value):
      return "capacity.class_size is \(value); expected ≥ 1"
    case .negativeStartingHeadcount(let role, let value):
      return "capacity.starting_headcount.\(role.rawValue) is \(value); expected ≥ 0"
    case .invalidRamp(let onboarding, let certified):
      return "onboarding \(onboarding) d and certification at \(certified) d; expected"
        + " 0 ≤ onboarding ≤ certified_after"
    case .invalidRampCurve(let curve):
      return "ramp curve \(curve); expected productivities between 0 and 1"
    case .negativePenalty(let role, let value):
      return "shortfall penalty of \(role.rawValue) is \(value); expected ≥ 0"
    case .model(let error):
      return "internal model error: \(error)"
    case .solver(let error):
      return "solver error: \(error)"
    case .noPlan(let status):
      return "the solver stopped without a plan (\(status)); raise the time limit"
    }
  }
}
