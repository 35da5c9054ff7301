import Optimization

/// Designs the weekly shift mix for a requirement curve: a covering MIP with implicit breaks
/// (`ShiftCoveringModel`), its LP relaxation for the bound, a deterministic heuristic plan,
/// then CBC under `options.timeLimit` started from that plan. The better plan is kept.
///
/// With a hard floor the model may be infeasible (templates that cannot reach an open
/// window): the conflicting floor rows are found with `diagnoseInfeasibility` and listed in
/// `floorConflicts`, and the best plan without the floor is returned, its gaps in `uncovered`.
/// - Complexity: one LP, one MIP (time-limited) and the heuristic's O(passes · moves) evaluations.
public func designWeeklyShifts(
  requirement: WeeklyRequirement, templates: [ShiftTemplate],
  options: ShiftDesignOptions = ShiftDesignOptions()
) throws(ShiftDesignError) -> WeeklyShiftPlan {
  try validate(requirement, options)
  let catalog = try ShiftCatalog(intervalMinutes: requirement.intervalMinutes, templates: templates)
  let hasFloor = requirement.floor.map { $0.contains { $0 > 0 } } ?? false
  var conflicts: [String] = []
  var lp = try buildModel(catalog, requirement, options, integer: false, floor: hasFloor)
  var relaxation = try run(lp.model, SolveOptions())
  if relaxation.status == .infeasible, hasFloor {
    conflicts = try floorConflicts(lp.model)
    lp = try buildModel(catalog, requirement, options, integer: false, floor: false)
    relaxation = try run(lp.model, SolveOptions())
  }
  let useFloor = hasFloor && conflicts.isEmpty
  guard relaxation.status == .optimal else {
    throw .solverFailed("the LP relaxation ended \(relaxation.status.rawValue)")
  }
  let base = PlanState(
    counts: [], breakCounts: [], required: requirement.required,
    floor: useFloor ? requirement.floor ?? [] : [],
    underPenalty: options.underCoveragePenalty, overPenalty: options.overCoveragePenalty,
    typeCost: options.shiftTypeCost, minimumAverage: options.minimumAverageShiftMinutes,
    hoursPerInterval: Double(requirement.intervalMinutes) / 60)
  let lpCounts = lp.shifts.map { relaxation.values[$0.index] }
  var best = ShiftDesignHeuristic(catalog: catalog).run(lpCounts: lpCounts, base: base)
  var bestValue = best.objective(catalog)
  var bound = relaxation.objective ?? 0
  var stage = WeeklyShiftPlan.Stage.heuristic
  var solverStatus = "not run"
  if options.runSolver, options.timeLimit.map({ $0 > 0 }) ?? true {
    let mip = try buildModel(catalog, requirement, options, integer: true, floor: useFloor)
    let start = mip.startValues(best, catalog: catalog)
    let result = try run(
      mip.model,
      SolveOptions(timeLimit: options.timeLimit, relativeGap: options.relativeGap, mipStart: start))
    solverStatus = result.status.rawValue
    if let proven = result.bestBound { bound = max(bound, proven) }
    if result.status == .optimal, let value = result.objective { bound = max(bound, value) }
    if result.hasSolution, let value = result.objective, value < bestValue - 1e-6 {
      best = mip.plan(from: result.values, base: best)
      bestValue = best.objective(catalog)
      stage = .solver
    }
  }
  bound = min(bound, bestValue)
  return WeeklyShiftPlan(
    best, objective: bestValue, lowerBound: bound, stage: stage, solverStatus: solverStatus,
    catalog: catalog, templates: templates, conflicts: conflicts)
}

private func validate(
  _ requirement: WeeklyRequirement, _ options: ShiftDesignOptions
) throws(ShiftDesignError) {
  let interval = requirement.intervalMinutes
  guard interval > 0, 1440 % interval == 0 else { throw .invalidInterval(minutes: interval) }
  let expected = requirement.intervalsPerWeek
  var series = [("required", requirement.required)]
  if let floor = requirement.floor, !floor.isEmpty { series.append(("floor", floor)) }
  for (what, values) in series {
    guard values.count == expected else {
      throw .wrongIntervalCount(what: what, count: values.count, expected: expected)
    }
    if let bad = values.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
      throw .invalidRequirement(what: what, interval: bad, value: values[bad])
    }
  }
  let numbers: [(String, Double)] = [
    ("underCoveragePenalty", options.underCoveragePenalty),
    ("overCoveragePenalty", options.overCoveragePenalty),
    ("shiftTypeCost", options.shiftTypeCost),
    ("minimumAverageShiftMinutes", options.minimumAverageShiftMinutes ?? 0),
    ("timeLimit", options.timeLimit ?? 0), ("relativeGap", options.relativeGap ?? 0),
  ]
  for (name, value) in numbers where !(value.isFinite && value >= 0) {
    throw .invalidOption(name: name, value: value)
  }
}

private func buildModel(
  _ catalog: ShiftCatalog, _ requirement: WeeklyRequirement, _ options: ShiftDesignOptions,
  integer: Bool, floor: Bool
) throws(ShiftDesignError) -> ShiftCoveringModel {
  do {
    return try ShiftCoveringModel(
      catalog: catalog, requirement: requirement, options: options, integer: integer,
      includeFloor: floor)
  } catch {
    throw .solverFailed("the covering model could not be built: \(error)")
  }
}

private func run(
  _ model: OptimizationModel, _ options: SolveOptions
) throws(ShiftDesignError) -> SolveResult {
  do {
    return try solve(model, options: options)
  } catch {
    throw .solverFailed(error.description)
  }
}

/// Floor rows left short by the least total floor violation (elastic LP, rows of group
/// "floor" relaxed).
private func floorConflicts(_ model: OptimizationModel) throws(ShiftDesignError) -> [String] {
  do {
    let diagnosis = try diagnoseInfeasibility(model, groups: ["floor"])
    return diagnosis.violations.map { "\($0.row): short \(shortText($0.amount))" }
  } catch {
    throw .solverFailed(error.description)
  }
}

private func shortText(_ value: Double) -> String {
  let rounded = (value * 1000).rounded() / 1000
  return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
}
