/// Limits and hints for one solve.
public struct SolveOptions: Sendable, Equatable {
  /// Wall-clock limit in seconds; nil for none. At the limit the best solution found so far
  /// is returned with status `.feasibleAtLimit` (or `.noSolutionAtLimit`).
  public var timeLimit: Double?
  /// Stop branch-and-bound once |objective − bestBound| / |objective| ≤ this fraction
  /// (CBC's `ratioGap`); nil keeps CBC's default (prove optimality).
  public var relativeGap: Double?
  /// An initial integer solution by variable name (CBC MIP start); variables left out start
  /// at CBC's choice. Ignored for pure LPs.
  public var mipStart: [String: Double]

  public init(
    timeLimit: Double? = nil, relativeGap: Double? = nil, mipStart: [String: Double] = [:]
  ) {
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.mipStart = mipStart
  }
}

/// Why a solve could not be run at all (as opposed to a model being infeasible).
public enum SolveError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The MIP start names a variable the model does not have.
  case unknownStartVariable(String)
  /// A MIP start value is NaN or infinite.
  case nonFiniteStartValue(variable: String, value: Double)
  /// A time limit or gap that is negative or NaN.
  case invalidOption(name: String, value: Double)
  /// CBC abandoned the search (numerical difficulties).
  case solverAbandoned(model: String)

  public var description: String {
    switch self {
    case .unknownStartVariable(let name):
      return "the MIP start names variable '\(name)', which is not in the model"
    case .nonFiniteStartValue(let variable, let value):
      return "the MIP start gives '\(variable)' the value \(value); values must be finite"
    case .invalidOption(let name, let value):
      return "solve option \(name) is \(value); it must be a non-negative number"
    case .solverAbandoned(let model):
      return "CBC abandoned model '\(model)' because of numerical difficulties"
    }
  }
}
