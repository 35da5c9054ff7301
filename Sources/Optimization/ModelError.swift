/// A mistake in building an `OptimizationModel`, with what the caller needs to fix it.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Two variables share a name.
  case duplicateVariableName(String)
  /// Two rows share a name.
  case duplicateRowName(String)
  /// A model, variable or row name is not MPS-safe.
  case invalidName(String, reason: String)
  /// lowerBound > upperBound, a NaN bound, or lowerBound = +∞ / upperBound = −∞.
  case invalidBounds(variable: String, lower: Double, upper: Double)
  /// A coefficient, objective or right-hand side is NaN or infinite.
  case nonFiniteNumber(what: String, value: Double)
  /// A row refers to a variable index that this model does not have.
  case unknownVariable(row: String, index: Int)

  public var description: String {
    switch self {
    case .duplicateVariableName(let name):
      return "variable name '\(name)' is used twice; variable names must be unique"
    case .duplicateRowName(let name):
      return "constraint name '\(name)' is used twice; constraint names must be unique"
    case .invalidName(let name, let reason):
      return "name '\(name)' cannot be written to MPS: \(reason)"
        + " (OptimizationModel.sanitizedName makes a safe one)"
    case .invalidBounds(let variable, let lower, let upper):
      return "variable '\(variable)' has bounds [\(lower), \(upper)]; need lower ≤ upper,"
        + " lower < +∞ and upper > −∞"
    case .nonFiniteNumber(let what, let value):
      return "\(what) is \(value); coefficients, objective and right-hand sides must be finite"
    case .unknownVariable(let row, let index):
      return "constraint '\(row)' uses variable #\(index), which is not in this model"
    }
  }
}
