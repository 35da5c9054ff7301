// Optimization: a sparse LP/MIP model, the CBC backend, MPS export and infeasibility diagnosis.
// Only this module imports CCbc; no C type appears in its public API.

/// The position of a variable in its `OptimizationModel` (0-based, in insertion order).
public struct VariableID: Hashable, Sendable, Comparable {
  /// Index into `OptimizationModel.variables` and `SolveResult.values`.
  public let index: Int

  public init(index: Int) {
    self.index = index
  }

  public static func < (lhs: VariableID, rhs: VariableID) -> Bool {
    lhs.index < rhs.index
  }
}

/// A decision variable: bounds, integrality and objective coefficient.
///
/// Bounds may be infinite (`-.infinity` / `.infinity`); the default is the non-negative
/// half-line [0, +∞) as in MPS.
public struct Variable: Sendable, Equatable {
  /// Unique, MPS-safe name (see `OptimizationModel.isValidName`).
  public let name: String
  public let lowerBound: Double
  public let upperBound: Double
  /// True for an integer variable (MIP), false for a continuous one.
  public let isInteger: Bool
  /// Coefficient in the objective, in the model's own sense (minimise or maximise).
  public let objective: Double
}
