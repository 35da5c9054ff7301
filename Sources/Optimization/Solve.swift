/// Solves an LP or MIP with COIN-OR CBC, silently and one solve at a time.
///
/// Every solve in the process runs behind one lock (CBC is not thread-safe); concurrent
/// callers wait their turn. A pure LP goes through the same `Cbc_solve`, which solves it with
/// Clp and reports it optimal, infeasible or unbounded.
/// `progress`, when given, hears CBC's incumbent, bound and node count while it searches
/// (from its log; see `StandardOutputTap`), on a background thread.
/// - Throws: `SolveError` for an unusable option or MIP start, or when CBC gives up.
public func solve(
  _ model: OptimizationModel, options: SolveOptions = SolveOptions(),
  progress: SolveObserver? = nil
) throws(SolveError) -> SolveResult {
  for (name, value) in [("timeLimit", options.timeLimit), ("relativeGap", options.relativeGap)] {
    if let value, !(value >= 0) { throw .invalidOption(name: name, value: value) }
  }
  var start: [(index: Int32, value: Double)] = []
  for (name, value) in options.mipStart {
    guard let id = model.variable(named: name) else { throw .unknownStartVariable(name) }
    guard value.isFinite else { throw .nonFiniteStartValue(variable: name, value: value) }
    start.append((Int32(id.index), value))
  }
  start.sort { $0.index < $1.index }
  let fixedStart = start
  return try SolverLock.withLock { () throws(SolveError) -> SolveResult in
    let solver = CbcSolver(model)
    solver.apply(options, start: fixedStart)
    return try solver.solve(progress: progress)
  }
}
