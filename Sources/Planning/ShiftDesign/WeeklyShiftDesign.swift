import Foundation
import Optimization

/// Designs the weekly shift mix for a requirement curve: a covering MIP with implicit breaks
/// (`ShiftCoveringModel`), its LP relaxation for the bound, a deterministic heuristic plan,
/// then CBC under `options.timeLimit` started from that plan. The better plan is kept.
///
/// When distinct shifts are charged (`shiftTypeCost > 0`) CBC first solves the MIP restricted
/// to the shifts the LP or the heuristic plan uses, with a quarter of the time limit; its plan
/// starts the full MIP, which gets the rest of the limit (at least three quarters of it, so
/// the two together may exceed the limit by a quarter). CBC's own heuristics rarely find the
/// fixed-charge optimum from a poor start (RandomExample4: 570 after 50 s against 450); the
/// restricted MIP has 20–32 distinct shifts instead of 110 and CBC solves it in 0.3–2.5 s
/// (RandomExample2: 300, the optimum, which the full MIP then proves in about a second).
///
/// With a hard floor the model may be infeasible (templates that cannot reach an open
/// window): the conflicting floor rows are found with `diagnoseInfeasibility` and listed in
/// `floorConflicts`, and the best plan without the floor is returned, its gaps in `uncovered`.
///
/// `progress`, when given, hears each phase (relaxation, heuristic, every dive step, CBC
/// about four times a second, finished) with the incumbent and bound held at that moment.
/// - Complexity: one LP, one or two MIPs (time-limited) and the heuristic's O(passes · moves)
///   evaluations.
public func designWeeklyShifts(
  requirement: WeeklyRequirement, templates: [ShiftTemplate],
  options: ShiftDesignOptions = ShiftDesignOptions(), progress: ShiftDesignObserver? = nil
) throws(ShiftDesignError) -> WeeklyShiftPlan {
  try validate(requirement, options)
  let started = Date()
  func report(_ phase: ShiftDesignProgress.Phase, _ incumbent: Double?, _ bound: Double?) {
    progress?(
      ShiftDesignProgress(
        phase: phase, elapsed: Date().timeIntervalSince(started), incumbent: incumbent,
        lowerBound: bound))
  }
  report(.relaxation, nil, nil)
  let catalog = try ShiftCatalog(
    intervalMinutes: requirement.intervalMinutes, templates: templates)
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
  let lpBound = relaxation.objective
  report(.heuristic, nil, lpBound)
  let heuristic = ShiftDesignHeuristic(catalog: catalog)
  var best = heuristic.run(lpCounts: lpCounts, base: base)
  var bestValue = best.objective(catalog)
  if options.lpDiveSteps > 0 {
    let held = bestValue
    report(.dive(step: 0, steps: options.lpDiveSteps), held, lpBound)
    let dived = try diveCounts(
      from: lpCounts, steps: options.lpDiveSteps, catalog, requirement, options, useFloor
    ) { step in report(.dive(step: step, steps: options.lpDiveSteps), held, lpBound) }
    var plan = base
    plan.counts = dived
    plan.placeBreaks(catalog)
    plan = heuristic.improve(heuristic.repair(plan))
    let value = plan.objective(catalog)
    if value < bestValue - 1e-9 {
      best = plan
      bestValue = value
    }
  }
  var bound = relaxation.objective ?? 0
  var stage = WeeklyShiftPlan.Stage.heuristic
  var solverStatus = "not run"
  if options.runSolver, options.timeLimit.map({ $0 > 0 }) ?? true {
    let clock = ContinuousClock()
    let solverBegan = clock.now
    var limit = options.timeLimit
    if !lp.used.isEmpty {
      let supported = try solveOverSupport(
        lp, relaxation, best, catalog, requirement, options, useFloor,
        timeLimit: limit.map { $0 / 4 })
      if let plan = supported, plan.objective(catalog) < bestValue - 1e-6 {
        best = plan
        bestValue = plan.objective(catalog)
        stage = .solver
      }
      let spent = (clock.now - solverBegan).components
      let seconds = Double(spent.seconds) + Double(spent.attoseconds) / 1e18
      limit = limit.map { max($0 - seconds, $0 * 3 / 4) }
    }
    // With breaks the MIP is hard; restricting it to the shifts the LP or the heuristic uses
    // lets CBC find good plans within the limit (the bound still comes from the full LP).
    var excluded = Set<Int>()
    if !catalog.groups.isEmpty {
      for j in catalog.candidates.indices where lpCounts[j] < 1e-6 && best.counts[j] == 0 {
        excluded.insert(j)
      }
    }
    let mip = try buildModel(
      catalog, requirement, options, integer: true, floor: useFloor, excluded: excluded)
    let start = mip.startValues(best, catalog: catalog)
    report(.solver(elapsed: 0, limit: limit), bestValue, bound)
    // CBC's bound on a restricted model holds only for the restriction, so the bar keeps the
    // full LP's bound then; its incumbents are plans of the full model either way.
    let watch = progress.map { observer in
      SolverPhaseWatch(
        observer: observer, designStarted: started, limit: limit,
        incumbent: bestValue, bound: bound, boundIsGlobal: excluded.isEmpty)
    }
    let result: SolveResult
    do {
      defer { watch?.stop() }
      result = try run(
        mip.model,
        SolveOptions(
          timeLimit: limit, relativeGap: options.relativeGap, mipStart: start),
        progress: options.followSolverLog ? watch?.solveObserver : nil)
    }
    solverStatus = result.status.rawValue
    // A restricted MIP's bound and proof hold only for the restriction, not the full model.
    if excluded.isEmpty {
      if let proven = result.bestBound { bound = max(bound, proven) }
      if result.status == .optimal, let value = result.objective { bound = max(bound, value) }
    }
    if result.hasSolution, let value = result.objective, value < bestValue - 1e-6 {
      best = mip.plan(from: result.values, base: best)
      bestValue = best.objective(catalog)
      stage = .solver
    }
  }
  bound = min(bound, bestValue)
  report(.finished, bestValue, bound)
  return WeeklyShiftPlan(
    best, objective: bestValue, lowerBound: bound, stage: stage, solverStatus: solverStatus,
    catalog: catalog, templates: templates, conflicts: conflicts)
}

/// The MIP restricted to the distinct shifts (yₛ) that the LP relaxation uses (yₛ > 10⁻⁶)
/// or the heuristic plan uses, started from that plan: a fixed-charge warm start. Its bound
/// holds only for the restriction and is not used. Nil when CBC finds no plan in time.
/// - Complexity: one time-limited MIP over the supported shifts.
private func solveOverSupport(
  _ lp: ShiftCoveringModel, _ relaxation: SolveResult, _ plan: PlanState,
  _ catalog: ShiftCatalog, _ requirement: WeeklyRequirement, _ options: ShiftDesignOptions,
  _ floor: Bool, timeLimit: Double?
) throws(ShiftDesignError) -> PlanState? {
  var support = Set(lp.used.indices.filter { relaxation.values[lp.used[$0].index] > 1e-6 })
  for (j, count) in plan.counts.enumerated() where count > 0 {
    support.insert(catalog.candidates[j].typeKey)
  }
  let excluded = Set(
    catalog.candidates.indices.filter { !support.contains(catalog.candidates[$0].typeKey) })
  let mip = try buildModel(
    catalog, requirement, options, integer: true, floor: floor, excluded: excluded)
  let result = try run(
    mip.model,
    SolveOptions(
      timeLimit: timeLimit, relativeGap: options.relativeGap,
      mipStart: mip.startValues(plan, catalog: catalog)))
  return result.hasSolution ? mip.plan(from: result.values, base: plan) : nil
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
  integer: Bool, floor: Bool, excluded: Set<Int> = []
) throws(ShiftDesignError) -> ShiftCoveringModel {
  do {
    return try ShiftCoveringModel(
      catalog: catalog, requirement: requirement, options: options, integer: integer,
      includeFloor: floor, excludedShifts: excluded)
  } catch {
    throw .solverFailed("the covering model could not be built: \(error)")
  }
}

private func run(
  _ model: OptimizationModel, _ options: SolveOptions, progress: SolveObserver? = nil
) throws(ShiftDesignError) -> SolveResult {
  do {
    return try solve(model, options: options, progress: progress)
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

/// An LP dive: repeatedly raise the lower bound of fractional shift counts to their ceiling
/// (every count with fraction ≥ 0.7, else the single largest fraction; ties by candidate
/// order) and re-solve the LP, until the counts are integral or `steps` LPs have been solved;
/// then round down what is left. Deterministic: Clp is.
/// - Complexity: up to `steps` LP solves.
private func diveCounts(
  from start: [Double], steps: Int, _ catalog: ShiftCatalog,
  _ requirement: WeeklyRequirement, _ options: ShiftDesignOptions, _ floor: Bool,
  onStep: (Int) -> Void
) throws(ShiftDesignError) -> [Int] {
  var lower = [Double](repeating: 0, count: start.count)
  var values = start
  for step in 0..<steps {
    let fractions = values.map { $0 - ($0 + 1e-6).rounded(.down) }
    var raised = false
    for (j, fraction) in fractions.enumerated() where fraction >= 0.7 {
      lower[j] = values[j].rounded(.up)
      raised = true
    }
    if !raised {
      guard let top = fractions.indices.max(by: { fractions[$0] < fractions[$1] }),
        fractions[top] > 1e-6
      else { break }
      lower[top] = values[top].rounded(.up)
    }
    let lp: ShiftCoveringModel
    do {
      lp = try ShiftCoveringModel(
        catalog: catalog, requirement: requirement, options: options, integer: false,
        includeFloor: floor, shiftLowerBounds: lower)
    } catch {
      throw .solverFailed("the covering model could not be built: \(error)")
    }
    let result = try run(lp.model, SolveOptions())
    onStep(step + 1)
    guard result.status == .optimal else { break }
    values = lp.shifts.map { result.values[$0.index] }
  }
  return values.map { Int(max(0, ($0 + 1e-6).rounded(.down))) }
}
