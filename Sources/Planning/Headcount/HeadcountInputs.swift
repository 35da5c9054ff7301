/// A minimum number of seats staffed throughout a coverage window (DESIGN.md §4).
///
/// A 24×7 seat is 168 h a week, a 24×5 seat 120 h, before shrinkage. The floor in FTE is
/// seats × hoursPerWeek / (1 − shrinkage) / paid hours per FTE: a person on leave or in
/// training does not hold the seat, so shrinkage applies as it does to requirement hours.
public struct CoverageFloor: Sendable, Equatable {
  /// Short name used in the model's row name, e.g. `enterprise` or `p1_hotline`.
  public var name: String
  /// What a planner reads, e.g. `Enterprise 24×7 coverage`.
  public var label: String
  /// Seats staffed at every moment of the window.
  public var seats: Double
  /// Hours per week the window is open (168 for 24×7, 120 for 24×5).
  public var hoursPerWeek: Double

  public init(name: String, label: String, seats: Double, hoursPerWeek: Double) {
    self.name = name
    self.label = label
    self.seats = seats
    self.hoursPerWeek = hoursPerWeek
  }
}

/// Active customers of one tier served at a customers-per-agent band (guide line 28).
///
/// The band min–max (e.g. 250–500) becomes a hard floor of customers / max agents (the
/// fewest agents the ratio allows) and a guidance ceiling of customers / min agents, which is
/// only reported: a workload above it is a finding, not an infeasibility.
public struct CustomerRatioLoad: Sendable, Equatable {
  public var tier: Tier
  public var customers: Int
  public var ratio: CustomerRatio

  public init(tier: Tier, customers: Int, ratio: CustomerRatio) {
    self.tier = tier
    self.customers = customers
    self.ratio = ratio
  }
}

/// TAM load as a weighted coverage: accounts × weight ≤ capacity per TAM × TAMs (DESIGN.md §4).
public struct WeightedAccountCoverage: Sendable, Equatable {
  public var accounts: Int
  /// Load of one account on a TAM.
  public var weight: Double
  /// Weighted accounts one TAM covers.
  public var capacityPerTAM: Double

  public init(accounts: Int, weight: Double, capacityPerTAM: Double) {
    self.accounts = accounts
    self.weight = weight
    self.capacityPerTAM = capacityPerTAM
  }

  /// TAMs needed: accounts × weight / capacity per TAM (people, before rounding up).
  public var tamsNeeded: Double { Double(accounts) * weight / capacityPerTAM }
}

/// Everything the headcount of one role depends on.
public struct RoleHeadcountInputs: Sendable, Equatable {
  public var role: RoleKind
  /// Paid hours per FTE per week (0 < h ≤ 168).
  public var paidHoursPerWeek: Double
  /// Share of paid time not available for work, 0 ≤ s < 1.
  public var shrinkage: Double
  /// Fully loaded cost per person per month, ≥ 0.
  public var monthlyCost: Double
  /// Productive hours per week the workload needs (from the requirements stage), ≥ 0.
  public var requirementHoursPerWeek: Double
  public var coverageFloors: [CoverageFloor]
  /// Customer ratios; only meaningful for first-line agents.
  public var customerRatios: [CustomerRatioLoad]
  /// Weighted account coverage; only meaningful for TAMs.
  public var accountCoverage: WeightedAccountCoverage?
  /// Optional cap on people.
  public var maxHeadcount: Int?

  public init(
    role: RoleKind, paidHoursPerWeek: Double, shrinkage: Double, monthlyCost: Double,
    requirementHoursPerWeek: Double = 0, coverageFloors: [CoverageFloor] = [],
    customerRatios: [CustomerRatioLoad] = [], accountCoverage: WeightedAccountCoverage? = nil,
    maxHeadcount: Int? = nil
  ) {
    self.role = role
    self.paidHoursPerWeek = paidHoursPerWeek
    self.shrinkage = shrinkage
    self.monthlyCost = monthlyCost
    self.requirementHoursPerWeek = requirementHoursPerWeek
    self.coverageFloors = coverageFloors
    self.customerRatios = customerRatios
    self.accountCoverage = accountCoverage
    self.maxHeadcount = maxHeadcount
  }

  /// FTE for productive hours: hours / (1 − shrinkage) / paid hours per FTE (DESIGN.md §4).
  public func fte(forProductiveHours hours: Double) -> Double {
    hours / (1 - shrinkage) / paidHoursPerWeek
  }

  /// Σ customers / max over the tiers: the fewest people the ratios allow.
  public var ratioFloor: Double {
    customerRatios.reduce(0) { $0 + Double($1.customers) / Double($1.ratio.maximum) }
  }

  /// Σ customers / min over the tiers: the most people the ratios suggest (guidance only).
  public var ratioCeiling: Double {
    customerRatios.reduce(0) { $0 + Double($1.customers) / Double($1.ratio.minimum) }
  }
}

/// Inputs of the headcount MIP: one entry per role planned, plus an optional budget.
public struct HeadcountInputs: Sendable, Equatable {
  public var roles: [RoleHeadcountInputs]
  /// Cap on Σ headcount × monthly cost, in the cost currency; nil for none.
  public var monthlyBudget: Double?
  /// Total tickets a month behind the requirement hours (for the guide band); 0 if unknown.
  public var monthlyTickets: Double

  public init(
    roles: [RoleHeadcountInputs], monthlyBudget: Double? = nil, monthlyTickets: Double = 0
  ) {
    self.roles = roles
    self.monthlyBudget = monthlyBudget
    self.monthlyTickets = monthlyTickets
  }

  /// The inputs of one role, if planned.
  public func role(_ kind: RoleKind) -> RoleHeadcountInputs? {
    roles.first { $0.role == kind }
  }

  /// Checks every number; the first problem found is thrown.
  /// - Complexity: O(roles + floors + ratios).
  public func validate() throws(PlanInputError) {
    var seen: Set<RoleKind> = []
    for role in roles {
      guard seen.insert(role.role).inserted else { throw .duplicateRole(role: role.role) }
      try role.validate()
    }
    if let budget = monthlyBudget {
      guard budget.isFinite else { throw .notFinite(what: "monthly_budget", value: budget) }
      guard budget >= 0 else { throw .negativeBudget(budget) }
    }
  }
}

extension RoleHeadcountInputs {
  func validate() throws(PlanInputError) {
    let name = role.rawValue
    for (what, value) in [
      ("roles.\(name).paid_hours", paidHoursPerWeek), ("roles.\(name).shrinkage", shrinkage),
      ("roles.\(name).monthly_cost", monthlyCost),
      ("requirement hours of \(name)", requirementHoursPerWeek),
    ] where !value.isFinite {
      throw .notFinite(what: what, value: value)
    }
    guard monthlyCost >= 0 else { throw .negativeCost(role: role, value: monthlyCost) }
    guard paidHoursPerWeek > 0, paidHoursPerWeek <= 168 else {
      throw .invalidPaidHours(role: role, hours: paidHoursPerWeek)
    }
    guard shrinkage >= 0, shrinkage < 1 else {
      throw .invalidShrinkage(role: role, value: shrinkage)
    }
    guard requirementHoursPerWeek >= 0 else {
      throw .negativeRequirementHours(role: role, hours: requirementHoursPerWeek)
    }
    for floor in coverageFloors {
      guard floor.seats.isFinite, floor.seats >= 0, floor.hoursPerWeek.isFinite,
        floor.hoursPerWeek >= 0, floor.hoursPerWeek <= 168
      else {
        throw .invalidCoverageFloor(
          name: floor.name, seats: floor.seats, hoursPerWeek: floor.hoursPerWeek)
      }
    }
    for load in customerRatios {
      guard load.ratio.minimum >= 1, load.ratio.minimum <= load.ratio.maximum else {
        throw .invalidCustomerRatio(
          tier: load.tier, minimum: load.ratio.minimum, maximum: load.ratio.maximum)
      }
      guard load.customers >= 0 else {
        throw .negativeCustomers(tier: load.tier, count: load.customers)
      }
    }
    if let coverage = accountCoverage {
      guard coverage.accounts >= 0, coverage.weight.isFinite, coverage.weight >= 0,
        coverage.capacityPerTAM.isFinite, coverage.capacityPerTAM > 0
      else {
        throw .invalidTAMCoverage(
          accounts: coverage.accounts, weight: coverage.weight,
          capacityPerTAM: coverage.capacityPerTAM)
      }
    }
    if let cap = maxHeadcount, cap < 0 { throw .negativeMaxHeadcount(role: role, value: cap) }
  }
}
