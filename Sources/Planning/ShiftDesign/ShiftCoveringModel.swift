import Optimization

/// The weekly covering MIP (Dantzig set covering on a cyclic week, breaks by implicit
/// placement after Aykin, soft coverage):
///
///     min Σⱼ cⱼ·xⱼ + (I/60)·Σₜ (p⁻·uₜ + p⁺·oₜ) + q·Σₛ yₛ
///     cover_t:  Σⱼ aₜⱼ·xⱼ − Σ_{g,k} βₜ(g,k)·W_gk + uₜ − oₜ = rₜ     (group "coverage")
///     floor_t:  Σⱼ aₜⱼ·xⱼ − Σ_{g,k} βₜ(g,k)·W_gk ≥ fₜ               (group "floor")
///     break_g:  Σₖ W_gk − Σ_{j∈g} xⱼ = 0                           (group "breaks")
///     used_j:   xⱼ − M·y_{s(j)} ≤ 0          when q > 0             (group "shift-types")
///     avg_len:  Σⱼ (ℓⱼ − L̄)·xⱼ ≥ 0           when L̄ is given        (group "average-length")
///     step_t:   u_t + o_{t−1} + Δₜ·Σ_{s∈S⁺(t)} yₛ ≥ Δₜ      when q > 0, Δₜ > 0 (group "steps")
///               o_t + u_{t−1} + |Δₜ|·Σ_{s∈S⁻(t)} yₛ ≥ |Δₜ|  when q > 0, Δₜ < 0
///
/// xⱼ, W_gk ∈ ℤ₊, yₛ ∈ {0,1}, uₜ, oₜ ≥ 0. aₜⱼ = 1 when shift j works interval t (cyclic: a
/// shift crossing Sunday midnight covers Monday's first intervals); βₜ(g,k) is the fraction of
/// interval t taken by a break of group g starting at slot k; I is the interval in minutes and
/// p⁻, p⁺ are penalties per agent-hour. Break groups merge shifts with identical absolute
/// windows (see `BreakGroup`).
///
/// The step rows are valid inequalities that make the LP pay for distinct shifts. With
/// Δₜ = rₜ − r_{t−1} (cyclic), S⁺(t) are the shifts (yₛ) with a candidate whose cover rises at
/// t (a_{tj} > a_{t−1,j}: it starts there) and S⁻(t) those whose cover falls (it ends). If no
/// shift of S⁺(t) is used, coverage cannot rise at t, so rₜ − uₜ + oₜ ≤ r_{t−1} − u_{t−1} +
/// o_{t−1}, i.e. Δₜ ≤ uₜ + o_{t−1}; symmetrically for a fall. Without them the LP spreads the
/// demand over many shifts with tiny yₛ = xⱼ/M (RandomExample2: LP 62.6 against the optimum
/// 300, RandomExample4: 66 against 450); with them every step of the curve needs a shift
/// starting or ending there (LP 245.3 and 392.4).
/// Intervals where a break may start or end are skipped: breaks move coverage too.
struct ShiftCoveringModel {
  var model: OptimizationModel
  var shifts: [VariableID] = []
  var breaks: [[VariableID]] = []
  var under: [VariableID] = []
  var over: [VariableID] = []
  var used: [VariableID] = []
  /// Big-M of the used rows, also the upper bound of every xⱼ when types are counted.
  var bigM: Double = 0

  /// - Complexity: O(candidates · length + groups · window · break length + intervals).
  init(
    catalog: ShiftCatalog, requirement: WeeklyRequirement, options: ShiftDesignOptions,
    integer: Bool, includeFloor: Bool, shiftLowerBounds: [Double] = [],
    excludedShifts: Set<Int> = []
  ) throws(ModelError) {
    model = try OptimizationModel(name: "weekly_shift_design")
    let hours = Double(catalog.intervalMinutes) / 60
    let countTypes = options.shiftTypeCost > 0
    bigM = max(1, (requirement.required.max() ?? 0).rounded(.up))
    var coverTerms = [[Term]](repeating: [], count: catalog.slotsPerWeek)
    for (j, candidate) in catalog.candidates.enumerated() {
      let lower = j < shiftLowerBounds.count ? shiftLowerBounds[j] : 0
      let id = try model.addVariable(
        Self.shiftName(candidate, catalog: catalog), lowerBound: lower,
        upperBound: excludedShifts.contains(j) ? 0 : countTypes ? max(bigM, lower) : .infinity,
        isInteger: integer,
        objective: candidate.cost)
      shifts.append(id)
      for (slot, weight) in candidate.cover { coverTerms[slot].append(Term(id, weight)) }
    }
    for (g, group) in catalog.groups.enumerated() {
      var ids: [VariableID] = []
      for start in group.starts {
        let id = try model.addVariable("w_g\(g)_k\(start)", isInteger: integer)
        ids.append(id)
        for (offset, fraction) in group.profile.enumerated() {
          coverTerms[(start + offset) % catalog.slotsPerWeek].append(Term(id, -fraction))
        }
      }
      breaks.append(ids)
      let owed = group.members.map { Term(shifts[$0], -1) }
      try model.addRow(
        "break_g\(g)", terms: ids.map { Term($0, 1) } + owed, .equal, 0, group: "breaks")
    }
    for slot in 0..<catalog.slotsPerWeek {
      let label = Self.slotLabel(slot, catalog: catalog)
      let short = try model.addVariable(
        "under_\(label)", objective: options.underCoveragePenalty * hours)
      let excess = try model.addVariable(
        "over_\(label)", objective: options.overCoveragePenalty * hours)
      under.append(short)
      over.append(excess)
      try model.addRow(
        "cover_\(label)", terms: coverTerms[slot] + [Term(short, 1), Term(excess, -1)],
        .equal, requirement.required[slot], group: "coverage")
      if includeFloor, let floor = requirement.floor, !floor.isEmpty, floor[slot] > 0 {
        try model.addRow(
          "floor_\(label)", terms: coverTerms[slot], .greaterOrEqual, floor[slot],
          group: "floor")
      }
    }
    if countTypes {
      for type in 0..<catalog.typeCount {
        used.append(
          try model.addVariable(
            "used_s\(type)", upperBound: 1, isInteger: integer, objective: options.shiftTypeCost))
      }
      for (j, candidate) in catalog.candidates.enumerated() {
        try model.addRow(
          "used_\(model.variables[shifts[j].index].name)",
          [(shifts[j], 1), (used[candidate.typeKey], -bigM)], .lessOrEqual, 0,
          group: "shift-types")
      }
    }
    if countTypes { try addStepRows(catalog: catalog, required: requirement.required) }
    if let minimum = options.minimumAverageShiftMinutes {
      let terms = catalog.candidates.enumerated().map { j, candidate in
        Term(shifts[j], Double(candidate.lengthMinutes) - minimum)
      }
      try model.addRow("avg_length", terms: terms, .greaterOrEqual, 0, group: "average-length")
    }
  }

  /// The step rows of the model comment, one per interval where the requirement changes
  /// and no break can start or end.
  /// - Complexity: O(Σ cover + intervals · shifts starting or ending there).
  private mutating func addStepRows(
    catalog: ShiftCatalog, required: [Double]
  ) throws(ModelError) {
    let week = catalog.slotsPerWeek
    var breakSlots = [Bool](repeating: false, count: week)
    for group in catalog.groups {
      for start in group.starts {
        for offset in group.profile.indices { breakSlots[(start + offset) % week] = true }
      }
    }
    var rising = [Set<Int>](repeating: [], count: week)
    var falling = [Set<Int>](repeating: [], count: week)
    for candidate in catalog.candidates {
      var weight: [Int: Double] = [:]
      for (slot, value) in candidate.cover { weight[slot] = value }
      for (slot, value) in candidate.cover {
        let before = weight[(slot + week - 1) % week] ?? 0
        if value > before { rising[slot].insert(candidate.typeKey) }
        if value < before { falling[slot].insert(candidate.typeKey) }
        let next = (slot + 1) % week
        if weight[next] == nil { falling[next].insert(candidate.typeKey) }
      }
    }
    for slot in 0..<week {
      let previous = (slot + week - 1) % week
      let step = required[slot] - required[previous]
      guard abs(step) > 1e-9, !breakSlots[slot], !breakSlots[previous] else { continue }
      let (types, deviations) =
        step > 0
        ? (rising[slot], [Term(under[slot], 1), Term(over[previous], 1)])
        : (falling[slot], [Term(over[slot], 1), Term(under[previous], 1)])
      let terms = deviations + types.sorted().map { Term(used[$0], abs(step)) }
      try model.addRow(
        "step_\(Self.slotLabel(slot, catalog: catalog))", terms: terms, .greaterOrEqual,
        abs(step), group: "steps")
    }
  }

  /// "x_t0_Mon_0930": template index, start day, start time.
  static func shiftName(_ candidate: ShiftCandidate, catalog: ShiftCatalog) -> String {
    "x_t\(candidate.template)_\(slotLabel(candidate.startSlot, catalog: catalog))"
  }

  /// "Mon_0930" for a week slot.
  static func slotLabel(_ slot: Int, catalog: ShiftCatalog) -> String {
    let day = slot / catalog.slotsPerDay
    let minute = (slot % catalog.slotsPerDay) * catalog.intervalMinutes
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let hh = minute / 60 < 10 ? "0\(minute / 60)" : "\(minute / 60)"
    let mm = minute % 60 < 10 ? "0\(minute % 60)" : "\(minute % 60)"
    return "\(names[day % 7])_\(hh)\(mm)"
  }

  /// Variable values of an integer plan (counts, break placement), for a CBC MIP start.
  /// - Complexity: O(variables).
  func startValues(_ plan: PlanState, catalog: ShiftCatalog) -> [String: Double] {
    var start: [String: Double] = [:]
    func set(_ id: VariableID, _ value: Double) { start[model.variables[id.index].name] = value }
    for (j, id) in shifts.enumerated() { set(id, Double(plan.counts[j])) }
    for (g, ids) in breaks.enumerated() {
      for (k, id) in ids.enumerated() { set(id, Double(plan.breakCounts[g][k])) }
    }
    let coverage = plan.coverage(catalog)
    for slot in 0..<catalog.slotsPerWeek {
      set(under[slot], max(0, plan.required[slot] - coverage[slot]))
      set(over[slot], max(0, coverage[slot] - plan.required[slot]))
    }
    if !used.isEmpty {
      var isUsed = [Bool](repeating: false, count: used.count)
      for (j, count) in plan.counts.enumerated() where count > 0 {
        isUsed[catalog.candidates[j].typeKey] = true
      }
      for (s, id) in used.enumerated() { set(id, isUsed[s] ? 1 : 0) }
    }
    return start
  }

  /// Reads an integer plan from a solver solution (values rounded to the nearest integer).
  func plan(from values: [Double], base: PlanState) -> PlanState {
    var plan = base
    plan.counts = shifts.map { Int(max(0, values[$0.index]).rounded()) }
    plan.breakCounts = breaks.map { ids in ids.map { Int(max(0, values[$0.index]).rounded()) } }
    return plan
  }
}
