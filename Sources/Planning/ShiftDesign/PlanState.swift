/// An integer plan during the search: shift counts and break starts per break group, with
/// the objective of `ShiftCoveringModel` evaluated directly (no solver).
struct PlanState: Sendable, Equatable {
  var counts: [Int]
  /// breakCounts[g][k]: breaks of group g starting at its k-th allowed slot.
  var breakCounts: [[Int]]
  var required: [Double]
  var floor: [Double]
  var underPenalty: Double
  var overPenalty: Double
  var typeCost: Double
  var minimumAverage: Double?
  var hoursPerInterval: Double

  /// Penalty per agent-hour for a floor shortfall or an average-length violation inside the
  /// heuristic; large so that the heuristic plan is a feasible MIP start whenever it can be.
  static let hardPenalty = 1e6

  /// Σ aₜⱼ·xⱼ − breaks, per interval.
  /// - Complexity: O(Σ cover of used shifts + Σ placed breaks · break length).
  func coverage(_ catalog: ShiftCatalog) -> [Double] {
    var coverage = workedCoverage(catalog)
    for (g, group) in catalog.groups.enumerated() {
      for (k, start) in group.starts.enumerated() where breakCounts[g][k] > 0 {
        for (offset, fraction) in group.profile.enumerated() {
          coverage[(start + offset) % catalog.slotsPerWeek] -= fraction * Double(breakCounts[g][k])
        }
      }
    }
    return coverage
  }

  /// Σ aₜⱼ·xⱼ per interval, breaks not subtracted.
  /// - Complexity: O(Σ cover of used shifts).
  func workedCoverage(_ catalog: ShiftCatalog) -> [Double] {
    var coverage = [Double](repeating: 0, count: catalog.slotsPerWeek)
    for (j, count) in counts.enumerated() where count > 0 {
      for (slot, weight) in catalog.candidates[j].cover {
        coverage[slot] += weight * Double(count)
      }
    }
    return coverage
  }

  /// Penalty of one interval at coverage `value`: (I/60)·(p⁻·shortfall + p⁺·excess), plus
  /// the hard penalty on a floor shortfall.
  func slotPenalty(_ slot: Int, _ value: Double) -> Double {
    let short = max(0, required[slot] - value)
    let excess = max(0, value - required[slot])
    var penalty = underPenalty * short + overPenalty * excess
    if !floor.isEmpty { penalty += Self.hardPenalty * max(0, floor[slot] - value) }
    return penalty * hoursPerInterval
  }

  /// The model objective of this plan (plus the heuristic's hard penalties).
  /// - Complexity: O(intervals + candidates + placed breaks).
  func objective(_ catalog: ShiftCatalog) -> Double {
    let coverage = coverage(catalog)
    var total = 0.0
    for slot in coverage.indices { total += slotPenalty(slot, coverage[slot]) }
    var types = Set<Int>()
    var lengthSlack = 0.0
    for (j, count) in counts.enumerated() where count > 0 {
      let candidate = catalog.candidates[j]
      total += candidate.cost * Double(count)
      types.insert(candidate.typeKey)
      if let minimumAverage {
        lengthSlack += (Double(candidate.lengthMinutes) - minimumAverage) * Double(count)
      }
    }
    total += typeCost * Double(types.count)
    return total + Self.hardPenalty * max(0, -lengthSlack)
  }

  /// Places every owed break greedily, one at a time, at the allowed start whose removal
  /// raises the penalty least (ties: the interval with the largest surplus, then the earliest).
  /// - Complexity: O(breaks · window · break length).
  mutating func placeBreaks(_ catalog: ShiftCatalog) {
    var coverage = workedCoverage(catalog)
    breakCounts = catalog.groups.map { [Int](repeating: 0, count: $0.starts.count) }
    for (g, group) in catalog.groups.enumerated() {
      var placed = [Int](repeating: 0, count: group.starts.count)
      let owed = group.members.reduce(0) { $0 + counts[$1] }
      for _ in 0..<owed {
        var best = 0
        var bestKey = (Double.infinity, Double.infinity)
        for (k, start) in group.starts.enumerated() {
          var delta = 0.0
          var surplus = 0.0
          for (offset, fraction) in group.profile.enumerated() {
            let slot = (start + offset) % catalog.slotsPerWeek
            delta += slotPenalty(slot, coverage[slot] - fraction)
              - slotPenalty(slot, coverage[slot])
            surplus += coverage[slot] - required[slot]
          }
          let key = (delta, -surplus)
          if key < bestKey {
            bestKey = key
            best = k
          }
        }
        placed[best] += 1
        let start = group.starts[best]
        for (offset, fraction) in group.profile.enumerated() {
          coverage[(start + offset) % catalog.slotsPerWeek] -= fraction
        }
      }
      breakCounts[g] = placed
    }
  }
}
