/// One role of the monthly hiring plan.
///
/// Required FTE in month m = max(`fixedFloorFTE`, `workloadFTE` × volume index of m): the
/// workload (requirement hours, customer ratios, TAM accounts) scales linearly with volume —
/// customers are assumed to grow with tickets, at a constant rate per customer — while a
/// coverage floor (seats × window hours) does not.
public struct CapacityRole: Sendable, Equatable {
  public var role: RoleKind
  /// Cost per person on payroll per month (trainees included), ≥ 0.
  public var monthlyCost: Double
  /// People on staff in month 1, all certified.
  public var startingHeadcount: Int
  /// FTE that scale with volume, at volume index 1.
  public var workloadFTE: Double
  /// FTE that do not scale (coverage floors).
  public var fixedFloorFTE: Double
  /// Cap on people on payroll in any month.
  public var maxHeadcount: Int?
  /// Cost of one FTE-month of shortfall. The default 4 × monthly cost is above the 2 × cost
  /// that makes starting a hire early enough to finish the guide's ramp cheaper than the gap
  /// it closes (starting a month earlier costs one salary and saves 0.5 FTE-month of gap).
  public var shortfallPenaltyPerFTEMonth: Double

  public init(
    role: RoleKind, monthlyCost: Double, startingHeadcount: Int, workloadFTE: Double,
    fixedFloorFTE: Double = 0, maxHeadcount: Int? = nil,
    shortfallPenaltyPerFTEMonth: Double? = nil
  ) {
    self.role = role
    self.monthlyCost = monthlyCost
    self.startingHeadcount = startingHeadcount
    self.workloadFTE = workloadFTE
    self.fixedFloorFTE = fixedFloorFTE
    self.maxHeadcount = maxHeadcount
    self.shortfallPenaltyPerFTEMonth = shortfallPenaltyPerFTEMonth ?? 4 * monthlyCost
  }

  /// max(fixed floor, workload × volume index), snapped to an integer within 1e-9.
  public func requiredFTE(volumeIndex: Double) -> Double {
    snapped(max(fixedFloorFTE, workloadFTE * volumeIndex))
  }
}

/// Inputs of the multi-period hiring MIP (issue 4, "Capacity plan").
public struct CapacityPlanInputs: Sendable, Equatable {
  /// Months 1…`months`.
  public var months: Int
  /// Volume of each month relative to the base the requirement was computed for.
  public var volumeIndex: [Double]
  public var roles: [CapacityRole]
  /// Share of certified staff leaving at the end of each month, 0 ≤ a < 1. Expected leavers
  /// are continuous: S starters become S·(1 − a)^(m − 1) in month m. Hires in their ramp do
  /// not leave (a modelling choice: see `CapacityModel`).
  public var attritionPerMonth: Double
  /// A hire decided in month d starts (first day on payroll) in month d + lead.
  public var hiringLeadMonths: Int
  public var ramp: RampCurve
  /// Most hires per role decided in one month.
  public var classSize: Int
  /// Cap on each month's payroll cost; nil for none.
  public var monthlyBudget: Double?

  public init(
    months: Int, volumeIndex: [Double], roles: [CapacityRole], attritionPerMonth: Double,
    hiringLeadMonths: Int, ramp: RampCurve = .guide, classSize: Int,
    monthlyBudget: Double? = nil
  ) {
    self.months = months
    self.volumeIndex = volumeIndex
    self.roles = roles
    self.attritionPerMonth = attritionPerMonth
    self.hiringLeadMonths = hiringLeadMonths
    self.ramp = ramp
    self.classSize = classSize
    self.monthlyBudget = monthlyBudget
  }

  /// The first month a hire decided in month 1 is certified: 1 + lead + ramp months.
  /// A gap before it cannot be closed by hiring.
  public var firstCertifiedHireMonth: Int { 1 + hiringLeadMonths + ramp.rampMonths }

  /// Checks every number; the first problem is thrown.
  /// - Complexity: O(months + roles).
  public func validate() throws(PlanInputError) {
    guard months >= 1 else { throw .invalidHorizon(months: months) }
    guard hiringLeadMonths >= 0 else { throw .negativeLeadTime(hiringLeadMonths) }
    guard hiringLeadMonths < months else {
      throw .leadTimeNotShorterThanHorizon(leadMonths: hiringLeadMonths, months: months)
    }
    guard volumeIndex.count == months, volumeIndex.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
      throw .invalidVolumeIndex(
        months: months, count: volumeIndex.filter { $0.isFinite && $0 >= 0 }.count)
    }
    guard attritionPerMonth.isFinite, attritionPerMonth >= 0, attritionPerMonth < 1 else {
      throw .invalidAttrition(attritionPerMonth)
    }
    guard classSize >= 1 else { throw .invalidClassSize(classSize) }
    try ramp.validate()
    if let budget = monthlyBudget {
      guard budget.isFinite else { throw .notFinite(what: "monthly_budget", value: budget) }
      guard budget >= 0 else { throw .negativeBudget(budget) }
    }
    var seen: Set<RoleKind> = []
    for role in roles {
      guard seen.insert(role.role).inserted else { throw .duplicateRole(role: role.role) }
      try role.validate()
    }
  }
}

extension CapacityRole {
  func validate() throws(PlanInputError) {
    let name = role.rawValue
    for (what, value) in [
      ("roles.\(name).monthly_cost", monthlyCost), ("workload FTE of \(name)", workloadFTE),
      ("coverage floor FTE of \(name)", fixedFloorFTE),
      ("shortfall penalty of \(name)", shortfallPenaltyPerFTEMonth),
    ] where !value.isFinite {
      throw .notFinite(what: what, value: value)
    }
    guard monthlyCost >= 0 else { throw .negativeCost(role: role, value: monthlyCost) }
    guard workloadFTE >= 0, fixedFloorFTE >= 0 else {
      throw .negativeRequirementHours(role: role, hours: min(workloadFTE, fixedFloorFTE))
    }
    guard shortfallPenaltyPerFTEMonth >= 0 else {
      throw .negativePenalty(role: role, value: shortfallPenaltyPerFTEMonth)
    }
    guard startingHeadcount >= 0 else {
      throw .negativeStartingHeadcount(role: role, value: startingHeadcount)
    }
    if let cap = maxHeadcount, cap < 0 { throw .negativeMaxHeadcount(role: role, value: cap) }
  }
}
