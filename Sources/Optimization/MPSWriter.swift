import Foundation

extension OptimizationModel {
  /// The model in free MPS format, with exactly this model's variable and row names.
  ///
  /// Written by Swift (not `Cbc_writeMps`) so the text is byte-for-byte deterministic:
  /// sections NAME, ROWS, COLUMNS (integers between `MARKER 'INTORG'`/`'INTEND'` lines),
  /// RHS, BOUNDS, ENDATA; one coefficient per line, in variable order and then row order.
  ///
  /// MPS minimises: CBC's MPS reader ignores an OBJSENSE section, so a maximisation model is
  /// written with every objective coefficient negated and a `*` comment saying so; the MPS
  /// optimum is then −(this model's optimum). Integer variables always carry explicit bounds
  /// because MPS readers (CBC included) default an unbounded integer column to binary.
  /// - Complexity: O(variables + non-zeros).
  public func mpsText() -> String {
    let objectiveRow = mpsObjectiveRowName()
    let sign = direction == .maximize ? -1.0 : 1.0
    var lines: [String] = []
    lines.append("NAME \(name)")
    if direction == .maximize {
      lines.append("* Maximisation model: objective coefficients are negated; the MPS")
      lines.append("* optimum is minus the optimum of \(name).")
    }
    lines.append("ROWS")
    lines.append(" N  \(objectiveRow)")
    for row in rows {
      lines.append(" \(Self.mpsType(row.sense))  \(row.name)")
    }
    lines.append("COLUMNS")
    var columnTerms = [[(row: String, value: Double)]](repeating: [], count: variables.count)
    for row in rows {
      for term in row.terms {
        columnTerms[term.variable.index].append((row.name, term.coefficient))
      }
    }
    var inIntegerBlock = false
    for (index, variable) in variables.enumerated() {
      if variable.isInteger != inIntegerBlock {
        let kind = variable.isInteger ? "INTORG" : "INTEND"
        lines.append("    MARKER 'MARKER' '\(kind)'")
        inIntegerBlock = variable.isInteger
      }
      let objective = sign * variable.objective
      if objective != 0 || columnTerms[index].isEmpty {
        lines.append("    \(variable.name) \(objectiveRow) \(Self.mpsNumber(objective))")
      }
      for term in columnTerms[index] {
        lines.append("    \(variable.name) \(term.row) \(Self.mpsNumber(term.value))")
      }
    }
    if inIntegerBlock { lines.append("    MARKER 'MARKER' 'INTEND'") }
    lines.append("RHS")
    for row in rows where row.rightHandSide != 0 {
      lines.append("    RHS \(row.name) \(Self.mpsNumber(row.rightHandSide))")
    }
    lines.append("BOUNDS")
    for variable in variables {
      lines.append(contentsOf: Self.mpsBounds(variable))
    }
    lines.append("ENDATA")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes `mpsText()` to a file (UTF-8, which for MPS-safe names is plain ASCII).
  public func writeMPS(to url: URL) throws {
    try mpsText().write(to: url, atomically: true, encoding: .utf8)
  }

  /// "obj", or "obj_", "obj__"… when a row already has that name.
  func mpsObjectiveRowName() -> String {
    var candidate = "obj"
    while row(named: candidate) != nil { candidate += "_" }
    return candidate
  }

  private static func mpsType(_ sense: RowSense) -> String {
    switch sense {
    case .lessOrEqual: return "L"
    case .greaterOrEqual: return "G"
    case .equal: return "E"
    }
  }

  /// BOUNDS lines; nothing for a continuous variable on the MPS default [0, +∞).
  private static func mpsBounds(_ variable: Variable) -> [String] {
    let lower = variable.lowerBound
    let upper = variable.upperBound
    let name = variable.name
    if lower == upper { return [" FX BND \(name) \(mpsNumber(lower))"] }
    if lower == -.infinity, upper == .infinity { return [" FR BND \(name)"] }
    var lines: [String] = []
    if lower == -.infinity {
      lines.append(" MI BND \(name)")
    } else if lower != 0 || variable.isInteger {
      lines.append(" LO BND \(name) \(mpsNumber(lower))")
    }
    if upper != .infinity {
      lines.append(" UP BND \(name) \(mpsNumber(upper))")
    } else if variable.isInteger {
      lines.append(" PL BND \(name)")
    }
    return lines
  }

  /// Integral values without a fraction ("170"), others in Swift's shortest round-trip form
  /// ("0.1", "1e-05"), which every MPS reader parses with strtod.
  static func mpsNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
