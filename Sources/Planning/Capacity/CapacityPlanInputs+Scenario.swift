import Foundation

extension CapacityPlanInputs {
  /// The hiring-plan inputs of a scenario from its headcount inputs (month 0 = the
  /// scenario's volume).
  ///
  /// Per role: workload FTE = the largest of the requirement, customer-ratio and TAM floors
  /// (they scale with volume), fixed floor = the largest coverage floor. Volume index of month
  /// m (1…N): (1 + g)^m for `monthly_growth: g`, or volumes[m − 1] / the scenario's monthly
  /// tickets for `monthly_volumes`. Ramp from `onboarding` and `certified_after` with 30-day
  /// months; penalty 4 × monthly cost per FTE-month of shortfall.
  /// - Throws: `PlanInputError` for invalid inputs (e.g. a lead time ≥ the horizon).
  public init(scenario: Scenario, headcount: HeadcountInputs) throws(PlanInputError) {
    try headcount.validate()
    let capacity = scenario.capacity
    let months = capacity.months
    var index: [Double]
    switch capacity.volume {
    case .growth(let rate):
      index = (1...max(1, months)).map { pow(1 + rate.value, Double($0)) }
    case .explicit(let volumes):
      let base = scenario.totalMonthlyTickets
      guard base > 0 else { throw .zeroBaseVolume }
      index = volumes.map { Double($0) / base }
    }
    if months < 1 { index = [] }
    let ramp = try RampCurve(
      onboardingDays: capacity.onboarding.seconds / 86_400,
      certifiedAfterDays: capacity.certifiedAfter.seconds / 86_400)
    let roles = headcount.roles.map { role in
      let floors = role.floors
      let workload = floors.filter { $0.kind != .coverageFloor }.map(\.value).max() ?? 0
      let fixed = floors.filter { $0.kind == .coverageFloor }.map(\.value).max() ?? 0
      return CapacityRole(
        role: role.role, monthlyCost: role.monthlyCost,
        startingHeadcount: capacity.startingHeadcount[role.role] ?? 0, workloadFTE: workload,
        fixedFloorFTE: fixed, maxHeadcount: role.maxHeadcount)
    }
    self.init(
      months: months, volumeIndex: index, roles: roles,
      attritionPerMonth: capacity.attritionPerMonth.value,
      hiringLeadMonths: capacity.hiringLeadMonths, ramp: ramp, classSize: capacity.classSize,
      monthlyBudget: headcount.monthlyBudget)
    try validate()
  }

  /// Convenience: headcount inputs from the requirement hours, then the hiring-plan inputs.
  public init(
    scenario: Scenario, weeklyRequirementHours: [RoleKind: Double]
  ) throws(PlanInputError) {
    try self.init(
      scenario: scenario,
      headcount: HeadcountInputs(
        scenario: scenario, weeklyRequirementHours: weeklyRequirementHours))
  }
}
