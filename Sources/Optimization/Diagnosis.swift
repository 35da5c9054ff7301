/// One row that had to be relaxed to make the model feasible.
public struct RowViolation: Sendable, Equatable {
  public let row: String
  public let group: String?
  public let sense: RowSense
  public let rightHandSide: Double
  /// Σ aⱼ·xⱼ under the relaxed solution.
  public let activity: Double
  /// How far the row is violated, in the row's own units: rhs − activity when the activity
  /// falls short of a ≥ or = row, activity − rhs when it exceeds a ≤ or = row. Always > 0.
  public let amount: Double

  /// True when the row needed more than the solution gives (a shortfall against a floor).
  public var isShortfall: Bool {
    activity < rightHandSide
  }
}

/// What the smallest relaxation of an infeasible model looks like.
public struct InfeasibilityDiagnosis: Sendable, Equatable {
  public enum Outcome: String, Sendable, Equatable {
    /// The model is feasible as stated: nothing had to be relaxed.
    case feasible
    /// Some relaxable rows had to be violated; see `violations`.
    case relaxed
    /// Even with every relaxable row elastic the model is infeasible: the conflict lies in
    /// rows outside the relaxed groups or in variable bounds and integrality.
    case infeasibleOutsideRelaxedRows
  }

  public let outcome: Outcome
  /// Violated rows in model order.
  public let violations: [RowViolation]
  /// The minimised total Σ weight(group) · amount.
  public let totalViolation: Double
  /// False when a time limit stopped the search before the minimum was proven.
  public let isProvenMinimal: Bool
  /// The best partial solution: values of the original variables (indexed by `VariableID`)
  /// that reach the minimal violation at the lowest original objective; empty when
  /// `outcome` is `.infeasibleOutsideRelaxedRows`.
  public let values: [Double]
  private let variableNames: [String: Int]

  init(
    outcome: Outcome, violations: [RowViolation], totalViolation: Double,
    isProvenMinimal: Bool, values: [Double], model: OptimizationModel
  ) {
    self.outcome = outcome
    self.violations = violations
    self.totalViolation = totalViolation
    self.isProvenMinimal = isProvenMinimal
    self.values = values
    variableNames = Dictionary(
      model.variables.enumerated().map { ($0.element.name, $0.offset) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The relaxed value of the variable with this name.
  public func value(named name: String) -> Double? {
    variableNames[name].flatMap { values.indices.contains($0) ? values[$0] : nil }
  }

  /// Violations of the rows of one group, in model order.
  public func violations(inGroup group: String) -> [RowViolation] {
    violations.filter { $0.group == group }
  }
}

/// Finds the smallest weighted violation of the model's rows that makes it feasible.
///
/// Every row chosen for relaxation gets elastic non-negative slacks: a ≥ row gets
/// `+ short ≥ rhs`, a ≤ row `− excess ≤ rhs`, an = row both. Phase 1 minimises
/// Σ weight(group)·slack (weights default to 1); phase 2 keeps that total (within
/// 1e-9·max(1, total)) and minimises the original objective, so the partial solution is
/// the cheapest plan among the least-violating ones. This is elastic programming as described
/// by Chinneck, "Feasibility and Infeasibility in Optimization" (Springer, 2008).
///
/// - Parameters:
///   - groups: relax only rows whose `group` is in this set; nil relaxes every row.
///   - weights: cost per unit of violation by group name (must be > 0); default 1.
/// - Complexity: two solves of a model with up to 2·rows extra columns.
public func diagnoseInfeasibility(
  _ model: OptimizationModel, groups: Set<String>? = nil, weights: [String: Double] = [:],
  options: SolveOptions = SolveOptions()
) throws(SolveError) -> InfeasibilityDiagnosis {
  for (group, weight) in weights where !(weight > 0 && weight.isFinite) {
    throw .invalidOption(name: "weight of group \(group)", value: weight)
  }
  let elastic = ElasticModel(model, groups: groups, weights: weights)
  let phaseOptions = SolveOptions(timeLimit: options.timeLimit, relativeGap: options.relativeGap)
  let first = try solve(elastic.build(violationCap: nil), options: phaseOptions)
  guard first.hasSolution, let minimum = first.objective else {
    return InfeasibilityDiagnosis(
      outcome: .infeasibleOutsideRelaxedRows, violations: [], totalViolation: 0,
      isProvenMinimal: first.status == .infeasible, values: [], model: model)
  }
  let cap = minimum + max(1, abs(minimum)) * 1e-9
  let second = try solve(elastic.build(violationCap: cap), options: phaseOptions)
  let chosen = second.hasSolution && second.status != .unbounded ? second : first
  let values = Array(chosen.values.prefix(model.variables.count))
  let violations = model.rows.compactMap { row in violation(of: row, values: values) }
  return InfeasibilityDiagnosis(
    outcome: violations.isEmpty ? .feasible : .relaxed, violations: violations,
    totalViolation: max(0, minimum), isProvenMinimal: first.status == .optimal,
    values: values, model: model)
}

/// The violation of `row` under `values`, if larger than 1e-6 in the row's units.
private func violation(of row: Row, values: [Double]) -> RowViolation? {
  let activity = row.activity(values)
  var amount = 0.0
  if row.sense != .lessOrEqual { amount = max(amount, row.rightHandSide - activity) }
  if row.sense != .greaterOrEqual { amount = max(amount, activity - row.rightHandSide) }
  guard amount > 1e-6 else { return nil }
  return RowViolation(
    row: row.name, group: row.group, sense: row.sense, rightHandSide: row.rightHandSide,
    activity: activity, amount: amount)
}
