/// A sparse linear or mixed-integer program built from named variables and rows.
///
/// A value type: build it, copy it, hand it to `solve(_:options:)`, `mpsText()` or
/// `diagnoseInfeasibility(_:)`. Names are unique and MPS-safe so the model can be written to
/// MPS and read by any other solver under exactly the same names.
public struct OptimizationModel: Sendable, Equatable {
  /// Whether the objective Σ cⱼ·xⱼ is minimised or maximised.
  public enum Direction: String, Sendable, Equatable {
    case minimize
    case maximize
  }

  /// The problem name (the MPS NAME record).
  public let name: String
  public var direction: Direction
  public private(set) var variables: [Variable] = []
  public private(set) var rows: [Row] = []
  private var variableIndex: [String: Int] = [:]
  private var rowIndex: [String: Int] = [:]

  /// Creates an empty model. Throws `ModelError.invalidName` for an unsafe name.
  public init(name: String, direction: Direction = .minimize) throws(ModelError) {
    try Self.validate(name)
    self.name = name
    self.direction = direction
  }

  /// For names already validated (copies of another model).
  init(validName: String, direction: Direction) {
    name = validName
    self.direction = direction
  }

  /// True when the model has at least one integer variable.
  public var isMixedInteger: Bool {
    variables.contains { $0.isInteger }
  }

  /// Adds a variable lowerBound ≤ x ≤ upperBound with objective coefficient `objective`.
  @discardableResult
  public mutating func addVariable(
    _ name: String, lowerBound: Double = 0, upperBound: Double = .infinity,
    isInteger: Bool = false, objective: Double = 0
  ) throws(ModelError) -> VariableID {
    try Self.validate(name)
    guard variableIndex[name] == nil else { throw .duplicateVariableName(name) }
    guard !lowerBound.isNaN, !upperBound.isNaN, lowerBound <= upperBound,
      lowerBound < .infinity, upperBound > -.infinity
    else { throw .invalidBounds(variable: name, lower: lowerBound, upper: upperBound) }
    guard objective.isFinite else {
      throw .nonFiniteNumber(what: "objective coefficient of '\(name)'", value: objective)
    }
    let id = VariableID(index: variables.count)
    variables.append(
      Variable(
        name: name, lowerBound: lowerBound, upperBound: upperBound, isInteger: isInteger,
        objective: objective))
    variableIndex[name] = id.index
    return id
  }

  /// Adds the row Σ aⱼ·xⱼ (sense) rightHandSide.
  ///
  /// Terms naming the same variable are summed; terms whose sum is exactly zero are dropped.
  /// - Complexity: O(terms.count).
  @discardableResult
  public mutating func addRow(
    _ name: String, terms: [Term], _ sense: RowSense, _ rightHandSide: Double,
    group: String? = nil
  ) throws(ModelError) -> RowID {
    try Self.validate(name)
    guard rowIndex[name] == nil else { throw .duplicateRowName(name) }
    guard rightHandSide.isFinite else {
      throw .nonFiniteNumber(what: "right-hand side of '\(name)'", value: rightHandSide)
    }
    var order: [VariableID] = []
    var sums: [VariableID: Double] = [:]
    for term in terms {
      guard term.variable.index >= 0, term.variable.index < variables.count else {
        throw .unknownVariable(row: name, index: term.variable.index)
      }
      guard term.coefficient.isFinite else {
        let variable = variables[term.variable.index].name
        throw .nonFiniteNumber(
          what: "coefficient of '\(variable)' in '\(name)'", value: term.coefficient)
      }
      if sums[term.variable] == nil { order.append(term.variable) }
      sums[term.variable, default: 0] += term.coefficient
    }
    let merged = order.compactMap { id -> Term? in
      guard let sum = sums[id], sum != 0 else { return nil }
      return Term(id, sum)
    }
    let id = RowID(index: rows.count)
    rows.append(
      Row(name: name, terms: merged, sense: sense, rightHandSide: rightHandSide, group: group))
    rowIndex[name] = id.index
    return id
  }

  /// Adds a row from (variable, coefficient) pairs.
  @discardableResult
  public mutating func addRow(
    _ name: String, _ terms: [(VariableID, Double)], _ sense: RowSense, _ rightHandSide: Double,
    group: String? = nil
  ) throws(ModelError) -> RowID {
    try addRow(
      name, terms: terms.map { Term($0.0, $0.1) }, sense, rightHandSide, group: group)
  }

  /// The variable with this name, if any.
  public func variable(named name: String) -> VariableID? {
    variableIndex[name].map(VariableID.init(index:))
  }

  /// The row with this name, if any.
  public func row(named name: String) -> RowID? {
    rowIndex[name].map(RowID.init(index:))
  }

  /// Σ cⱼ·xⱼ for values indexed by variable.
  /// - Complexity: O(variables.count).
  public func objectiveValue(_ values: [Double]) -> Double {
    var sum = 0.0
    for (variable, value) in zip(variables, values) { sum += variable.objective * value }
    return sum
  }
}
