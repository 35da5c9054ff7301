internal import CCbc

/// One CBC model (`Cbc_Model *`) loaded from an `OptimizationModel`; deleted in deinit.
///
/// Used only inside `SolverLock.withLock`: CBC is not thread-safe. Each instance is solved at
/// most once (CBC's own note: problem accessors are not valid after `Cbc_solve`).
final class CbcSolver {
  private let handle: UnsafeMutableRawPointer
  private let model: OptimizationModel

  /// Loads the model with `Cbc_loadProblem`, names every column and row with `Cbc_setColName`
  /// / `Cbc_setRowName`, marks integers with `Cbc_setInteger` and silences every log.
  /// - Complexity: O(variables + non-zeros).
  init(_ model: OptimizationModel) {
    self.model = model
    handle = Cbc_newModel()
    Self.silence(handle)
    load()
  }

  deinit {
    Cbc_deleteModel(handle)
  }

  /// CBC prints its banner and Clp/Cgl progress unless its log level is 0. `Cbc_setLogLevel`
  /// alone silenced every case in SilenceTests (CBC 2.10.8); `-log 0` and `-slogLevel 0`
  /// (passed to CbcMain1 by `Cbc_setParameter` as on the command line) also cover the
  /// solver and Clp levels in case a future CBC resets them.
  private static func silence(_ handle: UnsafeMutableRawPointer) {
    Cbc_setLogLevel(handle, 0)
    Cbc_setParameter(handle, "log", "0")
    Cbc_setParameter(handle, "slogLevel", "0")
  }

  private func load() {
    let columnCount = model.variables.count
    var columnTerms = [[(row: Int32, value: Double)]](repeating: [], count: columnCount)
    for (rowIndex, row) in model.rows.enumerated() {
      for term in row.terms {
        columnTerms[term.variable.index].append((Int32(rowIndex), term.coefficient))
      }
    }
    var starts: [CoinBigIndex] = [0]
    var indices: [Int32] = []
    var values: [Double] = []
    for terms in columnTerms {
      for term in terms {
        indices.append(term.row)
        values.append(term.value)
      }
      starts.append(CoinBigIndex(indices.count))
    }
    let lower = model.variables.map { Self.finite($0.lowerBound) }
    let upper = model.variables.map { Self.finite($0.upperBound) }
    let objective = model.variables.map(\.objective)
    let rowLower = model.rows.map { row in
      row.sense == .lessOrEqual ? -Double.greatestFiniteMagnitude : row.rightHandSide
    }
    let rowUpper = model.rows.map { row in
      row.sense == .greaterOrEqual ? Double.greatestFiniteMagnitude : row.rightHandSide
    }
    Cbc_loadProblem(
      handle, Int32(columnCount), Int32(model.rows.count), starts, indices, values,
      lower, upper, objective, rowLower, rowUpper)
    Cbc_setProblemName(handle, model.name)
    for (index, variable) in model.variables.enumerated() {
      Cbc_setColName(handle, Int32(index), variable.name)
      if variable.isInteger { Cbc_setInteger(handle, Int32(index)) }
    }
    for (index, row) in model.rows.enumerated() {
      Cbc_setRowName(handle, Int32(index), row.name)
    }
    Cbc_setObjSense(handle, model.direction == .minimize ? 1 : -1)
  }

  /// CBC's infinity is COIN_DBL_MAX; map ±∞ onto it.
  private static func finite(_ value: Double) -> Double {
    if value == .infinity { return .greatestFiniteMagnitude }
    if value == -.infinity { return -.greatestFiniteMagnitude }
    return value
  }

  /// Applies the time limit (`Cbc_setMaximumSeconds`), the relative gap
  /// (`Cbc_setAllowableFractionGap`) and the MIP start (`Cbc_setMIPStartI`).
  ///
  /// CBC counts its limit in CPU seconds unless told `-timeMode elapsed`; on a busy machine
  /// CPU time runs slower than the clock, and a 20 s limit took 26–31 s of wall time. The
  /// option makes the limit the wall-clock one `SolveOptions.timeLimit` promises.
  func apply(_ options: SolveOptions, start: [(index: Int32, value: Double)]) {
    if let seconds = options.timeLimit {
      Cbc_setMaximumSeconds(handle, seconds)
      Cbc_setParameter(handle, "timeMode", "elapsed")
    }
    if let gap = options.relativeGap { Cbc_setAllowableFractionGap(handle, gap) }
    if !start.isEmpty, model.isMixedInteger {
      Cbc_setMIPStartI(handle, Int32(start.count), start.map(\.index), start.map(\.value))
    }
  }

  /// Runs `Cbc_solve` and reads the status, objective, bound, solution and row activities.
  ///
  /// With `progress`, CBC runs at log level 1 and its log is read from standard output by
  /// `StandardOutputTap` (nothing reaches the terminal); each line stating an incumbent, a
  /// bound or a node count is passed on as `SolveProgress`.
  func solve(progress: SolveObserver? = nil) throws(SolveError) -> SolveResult {
    if let progress {
      Cbc_setLogLevel(handle, 1)
      Cbc_setParameter(handle, "log", "1")
      let state = ProgressState(sign: model.direction == .minimize ? 1 : -1)
      StandardOutputTap.run({ line in
        if let next = state.update(line) { progress(next) }
      }) { _ = Cbc_solve(handle) }
    } else {
      _ = Cbc_solve(handle)
    }
    let status = try readStatus()
    let names = Dictionary(
      model.variables.enumerated().map { ($0.element.name, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let solved = status == .optimal || status == .feasibleAtLimit
    var values: [Double] = []
    var activities: [Double] = []
    if solved {
      if let pointer = Cbc_getColSolution(handle) {
        values = Array(UnsafeBufferPointer(start: pointer, count: model.variables.count))
      }
      if let pointer = Cbc_getRowActivity(handle) {
        activities = Array(UnsafeBufferPointer(start: pointer, count: model.rows.count))
      }
    }
    let objective: Double? = values.isEmpty ? nil : model.objectiveValue(values)
    var bound: Double? = nil
    if solved {
      let raw = Cbc_getBestPossibleObjValue(handle)
      if raw.isFinite, abs(raw) < 1e50 { bound = raw }
      if status == .optimal, !model.isMixedInteger { bound = objective }
    }
    return SolveResult(
      status: values.isEmpty && solved ? .noSolutionAtLimit : status,
      objective: objective, bestBound: bound, values: values, rowActivities: activities,
      variableNames: names)
  }

  /// Maps `Cbc_status`, `Cbc_secondaryStatus` and the `Cbc_is…` predicates to `Status`.
  private func readStatus() throws(SolveError) -> SolveResult.Status {
    if Cbc_isAbandoned(handle) != 0 { throw .solverAbandoned(model: model.name) }
    if Cbc_isProvenOptimal(handle) != 0 { return .optimal }
    if !model.isMixedInteger {
      // A pure LP is solved by Clp alone (Cbc_status −1). In CBC 2.10.8
      // Cbc_isProvenInfeasible is then true for a primal-infeasible and for a dual-infeasible
      // (unbounded) LP alike; the initial-solve flag tells the two apart.
      if Cbc_isInitialSolveProvenPrimalInfeasible(handle) != 0 { return .infeasible }
      if Cbc_isProvenInfeasible(handle) != 0 || Cbc_isContinuousUnbounded(handle) != 0 {
        return .unbounded
      }
    }
    if Cbc_isProvenInfeasible(handle) != 0 { return .infeasible }
    if Cbc_isContinuousUnbounded(handle) != 0 { return .unbounded }
    switch Cbc_secondaryStatus(handle) {
    case 1: return .infeasible
    case 7: return .unbounded
    default: break
    }
    return Cbc_bestSolution(handle) == nil ? .noSolutionAtLimit : .feasibleAtLimit
  }
}

/// The progress read so far from CBC's log (lines arrive on the tap's reader thread only).
private final class ProgressState: @unchecked Sendable {
  /// −1 for a maximisation: CBC logs in its internal minimisation sense.
  private let sign: Double
  private var current = SolveProgress(seconds: 0, incumbent: nil, bound: nil, nodes: nil)

  init(sign: Double) { self.sign = sign }

  func update(_ line: String) -> SolveProgress? {
    guard let next = SolveProgress.parse(line: line, previous: current) else { return nil }
    current = next
    var shown = next
    shown.incumbent = next.incumbent.map { $0 * sign }
    shown.bound = next.bound.map { $0 * sign }
    return shown
  }
}
