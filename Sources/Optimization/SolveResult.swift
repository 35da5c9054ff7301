/// The outcome of solving an `OptimizationModel`.
public struct SolveResult: Sendable, Equatable {
  /// How the solve ended.
  public enum Status: String, Sendable, Equatable {
    /// Proven optimal (within the requested relative gap, if any).
    case optimal
    /// A limit (time, gap not reached) stopped the search with a solution; see `relativeGap`.
    case feasibleAtLimit
    /// No solution satisfies every row and bound.
    case infeasible
    /// The objective improves without bound.
    case unbounded
    /// A limit stopped the search before any solution was found.
    case noSolutionAtLimit
  }

  public let status: Status
  /// Σ cⱼ·xⱼ of the returned solution, in the model's sense; nil without a solution.
  public let objective: Double?
  /// The solver's proven bound on the optimum (a lower bound when minimising); nil when
  /// unknown.
  public let bestBound: Double?
  /// |objective − bestBound| / max(|objective|, 1e-10); nil without both numbers.
  public let relativeGap: Double?
  /// Variable values indexed by `VariableID.index`; empty without a solution.
  public let values: [Double]
  /// Row activities Σ aⱼ·xⱼ indexed by `RowID.index`; empty without a solution.
  public let rowActivities: [Double]
  private let variableNames: [String: Int]

  init(
    status: Status, objective: Double?, bestBound: Double?, values: [Double],
    rowActivities: [Double], variableNames: [String: Int]
  ) {
    self.status = status
    self.objective = objective
    self.bestBound = bestBound
    if let objective, let bestBound {
      relativeGap = abs(objective - bestBound) / max(abs(objective), 1e-10)
    } else {
      relativeGap = nil
    }
    self.values = values
    self.rowActivities = rowActivities
    self.variableNames = variableNames
  }

  /// True when `values` holds a solution (optimal or feasible at a limit).
  public var hasSolution: Bool {
    !values.isEmpty
  }

  /// The value of a variable, or nil without a solution.
  public func value(_ variable: VariableID) -> Double? {
    values.indices.contains(variable.index) ? values[variable.index] : nil
  }

  /// The value of the variable with this name, or nil when unknown or without a solution.
  public func value(named name: String) -> Double? {
    variableNames[name].flatMap { values.indices.contains($0) ? values[$0] : nil }
  }
}
