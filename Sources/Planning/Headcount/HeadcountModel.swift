public import Optimization

/// The headcount MIP of `HeadcountInputs` (issue 4), ready to solve or to write as MPS.
///
/// Per role r: integer `headcount_r` ≥ 0 and continuous `fte_r` ≥ 0.
/// - every floor f of r (requirement, coverage floor, customer ratio, TAM coverage):
///   `fte_r ≥ f` (row group = the floor's kind);
/// - staffing: `headcount_r − fte_r ≥ 0`;
/// - max_headcount: `headcount_r ≤ cap_r`;
/// - budget: `Σ cost_r · headcount_r ≤ monthly budget`.
///
/// Objective: minimise Σ cost_r · headcount_r + 1e-6 · Σ fte_r; the tiny FTE term makes
/// `fte_r` settle on its largest floor (the FTE needed) without changing any headcount.
/// Without caps the optimum is headcount_r = ⌈max floors⌉, which the tests check by hand.
public struct HeadcountModel: Sendable, Equatable {
  public let inputs: HeadcountInputs
  /// The model; `model.writeMPS(to:)` serves `--write-model FILE.mps`.
  public let model: OptimizationModel
  let headcountVariables: [VariableID]
  let fteVariables: [VariableID]

  /// Row groups the diagnosis may relax when the plan is infeasible: the caps.
  public static let relaxableGroups: Set<String> = [
    HeadcountConstraintKind.maxHeadcount.rawValue, HeadcountConstraintKind.budget.rawValue,
  ]

  /// Validates `inputs` and builds the model.
  /// - Throws: `PlanInputError` for invalid inputs.
  /// - Complexity: O(roles + floors).
  public init(_ inputs: HeadcountInputs) throws(PlanInputError) {
    try inputs.validate()
    self.inputs = inputs
    do throws(ModelError) {
      var model = try OptimizationModel(name: "staffplan_headcount")
      var people: [VariableID] = []
      var ftes: [VariableID] = []
      for role in inputs.roles {
        let name = role.role.rawValue
        let headcount = try model.addVariable(
          "headcount_\(name)", isInteger: true, objective: role.monthlyCost)
        let fte = try model.addVariable("fte_\(name)", objective: 1e-6)
        for floor in role.floors {
          try model.addRow(
            floor.row, [(fte, 1)], .greaterOrEqual, floor.value, group: floor.kind.rawValue)
        }
        try model.addRow(
          "staffing_\(name)", [(headcount, 1), (fte, -1)], .greaterOrEqual, 0,
          group: HeadcountConstraintKind.staffing.rawValue)
        if let cap = role.maxHeadcount {
          try model.addRow(
            "max_headcount_\(name)", [(headcount, 1)], .lessOrEqual, Double(cap),
            group: HeadcountConstraintKind.maxHeadcount.rawValue)
        }
        people.append(headcount)
        ftes.append(fte)
      }
      if let budget = inputs.monthlyBudget {
        let terms = zip(people, inputs.roles).map { ($0, $1.monthlyCost) }
        try model.addRow(
          "monthly_budget", terms, .lessOrEqual, budget,
          group: HeadcountConstraintKind.budget.rawValue)
      }
      self.model = model
      headcountVariables = people
      fteVariables = ftes
    } catch {
      throw .model(error)
    }
  }
}
