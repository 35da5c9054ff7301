public import Optimization

/// Validates, builds and solves the hiring plan (see `CapacityModel`); when caps make it
/// infeasible, returns the diagnosis's conflicts and the best plan under relaxed caps.
/// - Throws: `PlanInputError` for invalid inputs or when the solver gives no plan.
public func planCapacity(
  _ inputs: CapacityPlanInputs, options: SolveOptions = CapacityModel.defaultSolveOptions
) throws(PlanInputError) -> CapacityPlan {
  try CapacityModel(inputs).solve(options: options)
}

extension CapacityModel {
  /// Stop within 0.5% of the proven optimum: cost-wise a few FTE-months over two years,
  /// and deterministic (no wall-clock limit). Proving the last 0.5% on the 24-month
  /// baseline takes CBC seconds to minutes; the gap reached is in `CapacityPlan.relativeGap`.
  public static let defaultSolveOptions = SolveOptions(relativeGap: 0.005)

  /// Solves the plan; on infeasibility, diagnoses it with the caps relaxed.
  ///
  /// Without a budget the roles share no row, so each role is solved as its own MIP (the
  /// same optimum; branch-and-bound over the joint model is far slower). With a budget the
  /// joint `model` is solved.
  /// - Complexity: one MIP per role of 3·months − lead variables (or one joint MIP).
  public func solve(options: SolveOptions = CapacityModel.defaultSolveOptions)
    throws(PlanInputError) -> CapacityPlan
  {
    guard inputs.monthlyBudget == nil, inputs.roles.count > 1 else {
      return try solveJointly(options: options)
    }
    var parts: [CapacityPlan] = []
    for role in inputs.roles {
      var alone = inputs
      alone.roles = [role]
      parts.append(try CapacityModel(alone).solveJointly(options: options))
    }
    return CapacityPlan(
      roles: parts.flatMap(\.roles), warnings: parts.flatMap(\.warnings),
      conflicts: parts.flatMap(\.conflicts), relativeGap: parts.map(\.relativeGap).max() ?? 0)
  }

  func solveJointly(options: SolveOptions) throws(PlanInputError) -> CapacityPlan {
    let result: SolveResult
    do {
      result = try Optimization.solve(model, options: options)
    } catch {
      throw .solver(error)
    }
    switch result.status {
    case .optimal, .feasibleAtLimit:
      return plan(values: result.values, conflicts: [], gap: result.relativeGap ?? 0)
    case .infeasible:
      return try diagnose(options: options)
    case .unbounded, .noSolutionAtLimit:
      throw .noPlan(status: result.status.rawValue)
    }
  }

  func diagnose(options: SolveOptions) throws(PlanInputError) -> CapacityPlan {
    let costliest = inputs.roles.map(\.monthlyCost).max() ?? 0
    let weights = ["max_headcount": 1.0, "budget": costliest > 0 ? 1 / costliest : 1]
    let diagnosis: InfeasibilityDiagnosis
    do {
      diagnosis = try diagnoseInfeasibility(
        model, groups: Self.relaxableGroups, weights: weights, options: options)
    } catch {
      throw .solver(error)
    }
    guard diagnosis.outcome != .infeasibleOutsideRelaxedRows else {
      throw .noPlan(status: "infeasible even with the caps relaxed")
    }
    let conflicts = diagnosis.violations.compactMap { conflict(for: $0) }
    return plan(values: diagnosis.values, conflicts: conflicts, gap: 0)
  }

  /// A violated cap row in the user's terms (the constant starting staff added back).
  func conflict(for violation: RowViolation) -> CapacityConflict? {
    guard let suffix = violation.row.split(separator: "_").last, suffix.hasPrefix("m"),
      let month = Int(suffix.dropFirst())
    else { return nil }
    if violation.group == "budget", let budget = inputs.monthlyBudget {
      return CapacityConflict(
        month: month,
        conflict: CapConflict(
          kind: .budget, row: violation.row, role: nil, limit: budget,
          needed: budget + violation.amount, excess: violation.amount, cause: nil))
    }
    guard violation.group == "max_headcount",
      let role = inputs.roles.first(where: {
        violation.row == "max_headcount_\($0.role.rawValue)_m\(Self.label(month))"
      }), let cap = role.maxHeadcount
    else { return nil }
    return CapacityConflict(
      month: month,
      conflict: CapConflict(
        kind: .maxHeadcount, row: violation.row, role: role.role, limit: Double(cap),
        needed: snapped(Double(cap) + violation.amount), excess: snapped(violation.amount),
        cause: nil))
  }

  /// The month-by-month report of a solution, recomputed from the integer hires with the
  /// model's own recursions (certified pool, ramping cohorts).
  /// - Complexity: O(roles × months × ramp months).
  func plan(values: [Double], conflicts: [CapacityConflict], gap: Double) -> CapacityPlan {
    let keep = 1 - inputs.attritionPerMonth
    let lead = inputs.hiringLeadMonths
    let ramp = inputs.ramp.rampMonths
    var roles: [RoleCapacityPlan] = []
    var warnings: [CapacityWarning] = []
    for (index, role) in inputs.roles.enumerated() {
      let decided = hires[index].map { variable in
        values.indices.contains(variable.index) ? Int(values[variable.index].rounded()) : 0
      }
      func hired(decidedIn month: Int) -> Int {
        month >= 1 && month <= decided.count ? decided[month - 1] : 0
      }
      var months: [CapacityMonth] = []
      var pool = 0.0
      for month in 1...inputs.months {
        pool = (month == 1 ? Double(role.startingHeadcount) : keep * pool)
          + Double(hired(decidedIn: month - ramp - lead))
        var ramping = 0.0
        var training = 0.0
        for tenure in 1...max(1, ramp) where tenure <= ramp {
          let people = Double(hired(decidedIn: month - tenure + 1 - lead))
          training += people
          ramping += people * inputs.ramp.productivity(tenureMonth: tenure)
        }
        let required = role.requiredFTE(volumeIndex: inputs.volumeIndex[month - 1])
        let short = required - pool - ramping
        months.append(
          CapacityMonth(
            month: month, required: required, tenured: pool, ramping: ramping,
            gap: short > 1e-9 ? short : 0, hiresDecided: hired(decidedIn: month),
            hiresStarting: hired(decidedIn: month - lead), inTraining: training,
            payroll: pool + training, cost: (pool + training) * role.monthlyCost))
      }
      for entry in months where entry.gap > 0 {
        warnings.append(
          CapacityWarning(
            role: role.role, month: entry.month, gap: entry.gap,
            reason: reason(month: entry.month, decided: decided),
            firstCertifiedHireMonth: inputs.firstCertifiedHireMonth))
      }
      roles.append(RoleCapacityPlan(role: role.role, months: months))
    }
    return CapacityPlan(roles: roles, warnings: warnings, conflicts: conflicts, relativeGap: gap)
  }

  func reason(month: Int, decided: [Int]) -> CapacityGapReason {
    if month < inputs.firstCertifiedHireMonth { return .leadTime }
    let helping = decided.enumerated().filter { $0.offset + 1 + inputs.hiringLeadMonths <= month }
    return helping.allSatisfy({ $0.element >= inputs.classSize }) ? .classSize : .capOrCost
  }
}
