extension WeeklyShiftPlan {
  /// Builds the public plan from an integer plan: shifts with their break starts (each group's
  /// breaks handed out in window order to its members in candidate order — any split is valid
  /// because every member accepts every start of the group's window), coverage, totals.
  /// - Complexity: O(intervals + candidates + placed breaks).
  init(
    _ plan: PlanState, objective: Double, lowerBound: Double, stage: Stage,
    solverStatus: String, catalog: ShiftCatalog, templates: [ShiftTemplate],
    conflicts: [String]
  ) {
    let interval = catalog.intervalMinutes
    // Break starts owed per (candidate, position in its breakGroups), one per agent.
    var owed: [Int: [[Int]]] = [:]
    for (j, candidate) in catalog.candidates.enumerated() where plan.counts[j] > 0 {
      owed[j] = Array(repeating: [], count: candidate.breakGroups.count)
    }
    for (g, group) in catalog.groups.enumerated() {
      var queue: [Int] = []
      for (k, start) in group.starts.enumerated() {
        queue += Array(repeating: start, count: plan.breakCounts[g][k])
      }
      var next = 0
      for member in group.members where plan.counts[member] > 0 {
        let candidate = catalog.candidates[member]
        for (position, owedGroup) in candidate.breakGroups.enumerated() where owedGroup == g {
          if (owed[member]?[position].isEmpty) ?? false {
            for _ in 0..<plan.counts[member] where next < queue.count {
              let offset = (queue[next] - candidate.startSlot + catalog.slotsPerWeek)
                % catalog.slotsPerWeek
              owed[member]?[position].append(offset * interval)
              next += 1
            }
            break
          }
        }
      }
    }
    var shifts: [Shift] = []
    var paid = 0.0
    var types = Set<Int>()
    for (j, candidate) in catalog.candidates.enumerated() where plan.counts[j] > 0 {
      let count = plan.counts[j]
      let perBreak = owed[j] ?? []
      let starts = (0..<count).map { agent in
        perBreak.map { agent < $0.count ? $0[agent] : -1 }
      }
      shifts.append(
        Shift(
          templateName: templates[candidate.template].name, day: candidate.day,
          startMinute: candidate.startMinuteOfDay, lengthMinutes: candidate.lengthMinutes,
          count: count, paidHours: candidate.paidHours, breakStarts: starts))
      paid += candidate.paidHours * Double(count)
      types.insert(candidate.typeKey)
    }
    let scheduled = plan.coverage(catalog)
    let hours = Double(interval) / 60
    var under = 0.0
    var over = 0.0
    var coverage: [IntervalCoverage] = []
    for slot in 0..<catalog.slotsPerWeek {
      let required = plan.required[slot]
      let value = (scheduled[slot] * 1e9).rounded() / 1e9
      under += max(0, required - value) * hours
      over += max(0, value - required) * hours
      coverage.append(
        IntervalCoverage(
          interval: slot, day: slot / catalog.slotsPerDay,
          minuteOfDay: (slot % catalog.slotsPerDay) * interval, required: required,
          scheduled: value))
    }
    let gap = objective > 0 ? max(0, objective - lowerBound) / objective : 0
    self.init(
      shifts: shifts, coverage: coverage, paidHours: paid, objective: objective,
      lowerBound: lowerBound, gap: gap, underCoverageHours: under, overCoverageHours: over,
      distinctShifts: types.count, foundBy: stage,
      status: "\(stage.rawValue) plan; CBC \(solverStatus); objective \(objective), "
        + "lower bound \(lowerBound), gap \(gap)",
      floorConflicts: conflicts)
  }
}
