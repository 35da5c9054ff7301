/// The primal heuristic: LP rounding, greedy repair, local improvement. Deterministic: every
/// choice is made in candidate order with explicit tie-breaks, never by time or randomness.
struct ShiftDesignHeuristic {
  let catalog: ShiftCatalog
  /// Upper bound on improvement passes; each pass tries every move once.
  var maxPasses = 40
  /// A fractional LP count rounds up at or above the threshold; 1 rounds every count down.
  /// Each threshold is repaired and improved; the best plan wins.
  var roundingThresholds: [Double] = [1, 0.5, 0.25]

  /// Rounds the LP counts at each threshold, repairs, improves, keeps the best.
  /// - Complexity: O((repairs + passes · moves) · evaluation), an evaluation being
  ///   O(intervals + Σ cover + breaks · window).
  func run(lpCounts: [Double], base: PlanState) -> PlanState {
    var best = base
    var bestValue = Double.infinity
    for threshold in roundingThresholds {
      var plan = base
      plan.counts = lpCounts.map { value in
        let whole = max(0, (value + 1e-6).rounded(.down))
        return Int(whole) + (value - whole >= threshold ? 1 : 0)
      }
      plan.placeBreaks(catalog)
      plan = improve(repair(plan))
      let value = plan.objective(catalog)
      if value < bestValue - 1e-9 {
        best = plan
        bestValue = value
      }
    }
    return best
  }

  /// Adds, one at a time, the shift whose coverage gain (penalty removed, breaks ignored)
  /// per unit of cost is largest, while the full objective still falls.
  func repair(_ start: PlanState) -> PlanState {
    var plan = start
    var current = plan.objective(catalog)
    while true {
      let coverage = plan.coverage(catalog)
      var usedTypes = Set<Int>()
      for (j, count) in plan.counts.enumerated() where count > 0 {
        usedTypes.insert(catalog.candidates[j].typeKey)
      }
      var best: Int? = nil
      var bestScore = (0.0, 0.0)
      for (j, candidate) in catalog.candidates.enumerated() {
        var gain = 0.0
        for (slot, weight) in candidate.cover {
          gain += plan.slotPenalty(slot, coverage[slot])
            - plan.slotPenalty(slot, coverage[slot] + weight)
        }
        var cost = candidate.cost
        if !usedTypes.contains(candidate.typeKey) { cost += plan.typeCost }
        guard gain > cost + 1e-9 else { continue }
        let score = (cost > 0 ? gain / cost : .infinity, gain)
        if best == nil || score > bestScore {
          best = j
          bestScore = score
        }
      }
      guard let chosen = best else { return plan }
      var next = plan
      next.counts[chosen] += 1
      next.placeBreaks(catalog)
      let value = next.objective(catalog)
      guard value < current - 1e-9 else { return plan }
      plan = next
      current = value
    }
  }

  /// First-improvement local search over: drop one shift; move one shift's start one slot
  /// earlier or later; swap one shift for another template with the same start. Breaks are
  /// re-placed after every move.
  func improve(_ start: PlanState) -> PlanState {
    var plan = start
    var current = plan.objective(catalog)
    for _ in 0..<maxPasses {
      var improved = false
      for j in plan.counts.indices where plan.counts[j] > 0 {
        for target in moves(from: j) {
          guard plan.counts[j] > 0 else { break }
          var next = plan
          next.counts[j] -= 1
          if let target { next.counts[target] += 1 }
          next.placeBreaks(catalog)
          let value = next.objective(catalog)
          if value < current - 1e-9 {
            plan = next
            current = value
            improved = true
          }
        }
      }
      if !improved { break }
    }
    return plan
  }

  /// nil (drop), the same template one slot earlier and later, other templates at this start.
  private func moves(from j: Int) -> [Int?] {
    let candidate = catalog.candidates[j]
    let week = catalog.slotsPerWeek
    var targets: [Int?] = [nil]
    for step in [-1, 1] {
      let slot = (candidate.startSlot + step + week) % week
      if let id = catalog.index[candidate.template * week + slot] { targets.append(id) }
    }
    let templates = Set(catalog.candidates.map(\.template)).sorted()
    for template in templates where template != candidate.template {
      if let id = catalog.index[template * week + candidate.startSlot] { targets.append(id) }
    }
    return targets
  }
}
