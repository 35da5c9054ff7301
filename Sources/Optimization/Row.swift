/// The position of a row (constraint) in its `OptimizationModel` (0-based, insertion order).
public struct RowID: Hashable, Sendable, Comparable {
  public let index: Int

  public init(index: Int) {
    self.index = index
  }

  public static func < (lhs: RowID, rhs: RowID) -> Bool {
    lhs.index < rhs.index
  }
}

/// The relation between a row's activity Σ aⱼ·xⱼ and its right-hand side.
public enum RowSense: String, Sendable, Equatable, CaseIterable {
  /// Σ aⱼ·xⱼ ≤ rhs (MPS type L).
  case lessOrEqual = "<="
  /// Σ aⱼ·xⱼ ≥ rhs (MPS type G).
  case greaterOrEqual = ">="
  /// Σ aⱼ·xⱼ = rhs (MPS type E).
  case equal = "="
}

/// One non-zero coefficient of a row: `coefficient · variable`.
public struct Term: Sendable, Equatable {
  public let variable: VariableID
  public let coefficient: Double

  public init(_ variable: VariableID, _ coefficient: Double) {
    self.variable = variable
    self.coefficient = coefficient
  }
}

/// A linear constraint Σ aⱼ·xⱼ (sense) rhs with sparse coefficients.
public struct Row: Sendable, Equatable {
  /// Unique, MPS-safe name.
  public let name: String
  /// Non-zero terms, one per variable, in first-mention order.
  public let terms: [Term]
  public let sense: RowSense
  public let rightHandSide: Double
  /// The constraint family this row belongs to ("coverage", "max_headcount"…), used by
  /// `diagnoseInfeasibility` to choose which rows may be relaxed and to report them.
  public let group: String?

  /// Σ aⱼ·xⱼ for the given values indexed by variable.
  /// - Complexity: O(terms.count).
  public func activity(_ values: [Double]) -> Double {
    var sum = 0.0
    for term in terms where term.variable.index < values.count {
      sum += term.coefficient * values[term.variable.index]
    }
    return sum
  }
}
