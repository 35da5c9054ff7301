public import Optimization

/// Validates the inputs, builds the headcount MIP and solves it (see `HeadcountModel`).
///
/// When caps make it infeasible, the caps (`max_headcount`, `monthly_budget`) are relaxed
/// by `diagnoseInfeasibility` and the result lists the conflicts with the best plan under
/// relaxed caps; the CLI exits 1 on `!plan.isFeasible`.
/// - Throws: `PlanInputError` for invalid inputs or when the solver gives no plan.
public func planHeadcount(
  _ inputs: HeadcountInputs, options: SolveOptions = SolveOptions()
) throws(PlanInputError) -> HeadcountPlan {
  try HeadcountModel(inputs).solve(options: options)
}

extension HeadcountModel {
  /// Solves the model; on infeasibility, diagnoses it with the caps as the relaxable groups.
  /// - Complexity: one MIP solve (two more for a diagnosis), each over 2·roles variables.
  public func solve(options: SolveOptions = SolveOptions()) throws(PlanInputError)
    -> HeadcountPlan
  {
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

  /// The least cap violation (people count 1 each; a budget overrun counts per the
  /// costliest role's monthly cost, so one person's pay weighs about one person).
  func diagnose(options: SolveOptions) throws(PlanInputError) -> HeadcountPlan {
    let costliest = inputs.roles.map(\.monthlyCost).max() ?? 0
    let weights = [
      HeadcountConstraintKind.maxHeadcount.rawValue: 1.0,
      HeadcountConstraintKind.budget.rawValue: costliest > 0 ? 1 / costliest : 1,
    ]
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
    let conflicts = diagnosis.violations.compactMap { violation -> CapConflict? in
      if violation.group == HeadcountConstraintKind.budget.rawValue {
        return CapConflict(
          kind: .budget, row: violation.row, role: nil, limit: violation.rightHandSide,
          needed: violation.activity, excess: violation.amount, cause: nil)
      }
      guard violation.group == HeadcountConstraintKind.maxHeadcount.rawValue,
        let role = inputs.roles.first(where: {
          "max_headcount_\($0.role.rawValue)" == violation.row
        })
      else { return nil }
      return CapConflict(
        kind: .maxHeadcount, row: violation.row, role: role.role,
        limit: violation.rightHandSide, needed: violation.activity.rounded(),
        excess: (violation.activity - violation.rightHandSide).rounded(),
        cause: role.bindingFloor)
    }
    return plan(values: diagnosis.values, conflicts: conflicts, gap: 0)
  }

  /// The per-role report of a solution.
  /// - Complexity: O(roles + floors).
  func plan(values: [Double], conflicts: [CapConflict], gap: Double) -> HeadcountPlan {
    var roles: [RoleHeadcount] = []
    var total = 0.0
    for (index, role) in inputs.roles.enumerated() {
      let variable = headcountVariables[index].index
      let people = values.indices.contains(variable) ? Int(values[variable].rounded()) : 0
      total += Double(people) * role.monthlyCost
      roles.append(
        RoleHeadcount(
          role: role.role, fteNeeded: role.bindingFloor?.value ?? 0, headcount: people,
          monthlyCost: Double(people) * role.monthlyCost, binding: role.bindingFloor,
          floors: role.floors, tightLimits: [],
          ratioGuidanceCeiling: role.customerRatios.isEmpty ? nil : role.ratioCeiling,
          overCap: role.maxHeadcount.map { max(0, people - $0) } ?? 0))
    }
    for index in roles.indices {
      let role = inputs.roles[index]
      if let cap = role.maxHeadcount, roles[index].headcount >= cap {
        roles[index].tightLimits.append(.maxHeadcount)
      }
      if let budget = inputs.monthlyBudget, role.monthlyCost > 0,
        budget - total < role.monthlyCost
      {
        roles[index].tightLimits.append(.budget)
      }
    }
    return HeadcountPlan(
      roles: roles, totalMonthlyCost: total, conflicts: conflicts, relativeGap: gap)
  }
}
