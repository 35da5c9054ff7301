/// The elastic copy of a model used by `diagnoseInfeasibility`.
///
/// Original variables keep their names and indices (0..<n); slack columns follow, so the
/// first n values of a solution are the original variables.
struct ElasticModel {
  let model: OptimizationModel
  let relaxed: [Bool]
  let weights: [Double]

  init(_ model: OptimizationModel, groups: Set<String>?, weights: [String: Double]) {
    self.model = model
    relaxed = model.rows.map { row in
      guard let groups else { return true }
      return row.group.map(groups.contains) ?? false
    }
    self.weights = model.rows.map { row in row.group.flatMap { weights[$0] } ?? 1 }
  }

  /// Phase 1 (`violationCap` nil): minimise Σ wᵢ·slackᵢ. Phase 2: keep Σ wᵢ·slackᵢ ≤ cap and
  /// minimise the original objective in the original direction.
  /// - Complexity: O(variables + non-zeros).
  func build(violationCap: Double?) -> OptimizationModel {
    let phaseOne = violationCap == nil
    // Names and bounds below are copied from a validated model, and slack names are short,
    // ASCII and checked for uniqueness, so the builder cannot fail here.
    var elastic = OptimizationModel(
      validName: model.name, direction: phaseOne ? .minimize : model.direction)
    for variable in model.variables {
      _ = try? elastic.addVariable(
        variable.name, lowerBound: variable.lowerBound, upperBound: variable.upperBound,
        isInteger: variable.isInteger, objective: phaseOne ? 0 : variable.objective)
    }
    var penalty: [Term] = []
    for (index, row) in model.rows.enumerated() {
      var terms = row.terms
      if relaxed[index] {
        if row.sense != .lessOrEqual {
          let short = slack("elastic_short_\(index)", row: index, in: &elastic, phaseOne)
          terms.append(Term(short, 1))
          penalty.append(Term(short, weights[index]))
        }
        if row.sense != .greaterOrEqual {
          let excess = slack("elastic_excess_\(index)", row: index, in: &elastic, phaseOne)
          terms.append(Term(excess, -1))
          penalty.append(Term(excess, weights[index]))
        }
      }
      _ = try? elastic.addRow(
        row.name, terms: terms, row.sense, row.rightHandSide, group: row.group)
    }
    if let violationCap {
      var capName = "total_violation"
      while elastic.row(named: capName) != nil { capName += "_" }
      _ = try? elastic.addRow(capName, terms: penalty, .lessOrEqual, violationCap)
    }
    return elastic
  }

  /// A new slack column ≥ 0 costing the row's weight in phase 1 and nothing in phase 2.
  private func slack(
    _ base: String, row: Int, in elastic: inout OptimizationModel, _ phaseOne: Bool
  ) -> VariableID {
    var name = base
    while elastic.variable(named: name) != nil { name += "_" }
    let id = try? elastic.addVariable(name, objective: phaseOne ? weights[row] : 0)
    return id ?? VariableID(index: elastic.variables.count - 1)
  }
}
