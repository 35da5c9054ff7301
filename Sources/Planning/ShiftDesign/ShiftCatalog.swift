/// One concrete shift the covering model can use: a template started on one day and time.
struct ShiftCandidate: Sendable, Equatable {
  var template: Int
  var day: Int
  var startMinuteOfDay: Int
  /// Start slot within the week (day · slotsPerDay + start slot).
  var startSlot: Int
  /// (slot, coefficient) pairs: slots worked, breaks not subtracted.
  var cover: [(slot: Int, weight: Double)]
  var cost: Double
  var paidHours: Double
  /// Minutes worked per day (spread), for the average-length rule.
  var lengthMinutes: Int
  /// The (template, start time of day) key for distinct-shift counting.
  var typeKey: Int
  /// Break groups this shift owes one break to, in (worked day, break) order.
  var breakGroups: [Int]

  static func == (lhs: ShiftCandidate, rhs: ShiftCandidate) -> Bool {
    lhs.template == rhs.template && lhs.startSlot == rhs.startSlot
  }
}

/// Breaks with the same length and the same absolute window of allowed start slots.
///
/// Implicit break placement (Aykin 1996) gives every shift j and break b its own variables
/// w_jbk (Σₖ w_jbk = x_j). When several shifts have an identical absolute window — an 8 h
/// shift starting at s with a meal in +3…+5 h and a 10 h shift starting at s − 1 h with a
/// meal in +4…+6 h — their w variables can be merged exactly: W_gk, with Σₖ W_gk = Σ_{j∈g} x_j,
/// because any split of the W_gk among the members is a valid per-shift assignment (every
/// member accepts every k of the window). This is the trivially exact case of the
/// Bechtold–Jacobs aggregation; their general form (one break variable per start time across
/// shifts with *different*, nested windows, plus forward/backward feasibility rows) is not
/// used: with overlapping windows it needs the extra rows to stay exact.
struct BreakGroup: Sendable, Equatable {
  /// Allowed start slots in window order (may wrap the week).
  var starts: [Int]
  /// Coverage removed by a break starting at offset 0, 1, …: overlap minutes / interval.
  var profile: [Double]
  var lengthMinutes: Int
  /// Candidate indices owing one break to this group (a tour may appear once per day).
  var members: [Int]
}

/// Every shift and break group generated from a requirement and templates.
struct ShiftCatalog: Sendable {
  var slotsPerWeek: Int
  var slotsPerDay: Int
  var intervalMinutes: Int
  var candidates: [ShiftCandidate] = []
  var groups: [BreakGroup] = []
  /// Candidate index by (template, week start slot).
  var index: [Int: Int] = [:]
  var typeCount = 0

  /// - Complexity: O(templates · days · starts · (length + breaks · window)).
  init(
    intervalMinutes: Int, templates: [ShiftTemplate]
  ) throws(ShiftDesignError) {
    self.intervalMinutes = intervalMinutes
    slotsPerDay = 1440 / intervalMinutes
    slotsPerWeek = 7 * slotsPerDay
    var groupIndex: [GroupKey: Int] = [:]
    var typeIndex: [Int: Int] = [:]
    for (t, template) in templates.enumerated() {
      try Self.validate(template, intervalMinutes: intervalMinutes)
      let lengthSlots = template.lengthMinutes / intervalMinutes
      for day in Set(template.days).sorted() {
        for minute in Set(template.startMinutes).sorted() {
          let startSlot = day * slotsPerDay + minute / intervalMinutes
          var cover: [Int: Double] = [:]
          var owed: [Int] = []
          for offset in template.workDayOffsets {
            let dayStart = startSlot + offset * slotsPerDay
            for i in 0..<lengthSlots { cover[(dayStart + i) % slotsPerWeek, default: 0] += 1 }
            for rule in template.breaks {
              let key = groupKey(rule, dayStart: dayStart)
              let g: Int
              if let found = groupIndex[key] {
                g = found
              } else {
                g = groups.count
                groupIndex[key] = g
                groups.append(
                  BreakGroup(
                    starts: key.starts, profile: profile(rule.lengthMinutes),
                    lengthMinutes: rule.lengthMinutes, members: []))
              }
              owed.append(g)
            }
          }
          let typeKeyRaw = t * 1440 + minute
          let typeKey = typeIndex[typeKeyRaw] ?? typeIndex.count
          typeIndex[typeKeyRaw] = typeKey
          let id = candidates.count
          for g in owed { groups[g].members.append(id) }
          index[t * slotsPerWeek + startSlot] = id
          candidates.append(
            ShiftCandidate(
              template: t, day: day, startMinuteOfDay: minute, startSlot: startSlot,
              cover: cover.keys.sorted().map { ($0, cover[$0] ?? 0) },
              cost: template.cost ?? template.paidHours, paidHours: template.paidHours,
              lengthMinutes: template.lengthMinutes, typeKey: typeKey, breakGroups: owed))
        }
      }
    }
    typeCount = typeIndex.count
    guard !candidates.isEmpty else { throw .noShifts }
  }

  private struct GroupKey: Hashable {
    var starts: [Int]
    var length: Int
  }

  private func groupKey(_ rule: BreakWindow, dayStart: Int) -> GroupKey {
    let first = (rule.earliestStartMinutes + intervalMinutes - 1) / intervalMinutes
    let last = rule.latestStartMinutes / intervalMinutes
    let starts = (first...last).map { (dayStart + $0) % slotsPerWeek }
    return GroupKey(starts: starts, length: rule.lengthMinutes)
  }

  /// Fraction of each interval a break of `minutes` starting on the grid takes away.
  private func profile(_ minutes: Int) -> [Double] {
    stride(from: 0, to: minutes, by: intervalMinutes).map {
      Double(min(intervalMinutes, minutes - $0)) / Double(intervalMinutes)
    }
  }

  private static func validate(
    _ template: ShiftTemplate, intervalMinutes: Int
  ) throws(ShiftDesignError) {
    let name = template.name
    func fail(_ problem: String) -> ShiftDesignError {
      .invalidTemplate(name: name, problem: problem)
    }
    guard template.lengthMinutes > 0, template.lengthMinutes % intervalMinutes == 0,
      template.lengthMinutes <= 1440
    else {
      throw fail(
        "length \(template.lengthMinutes) min must be a positive multiple of the "
          + "\(intervalMinutes)-minute interval, at most 24 h")
    }
    if let bad = template.days.first(where: { !(0..<7).contains($0) }) {
      throw fail("day \(bad) is not 0 (Monday) … 6 (Sunday)")
    }
    if let bad = template.startMinutes.first(where: {
      $0 < 0 || $0 >= 1440 || $0 % intervalMinutes != 0
    }) {
      throw fail("start \(bad) min is not on the \(intervalMinutes)-minute grid within a day")
    }
    if template.workDayOffsets.isEmpty
      || template.workDayOffsets.contains(where: { !(0..<7).contains($0) })
      || Set(template.workDayOffsets).count != template.workDayOffsets.count
    {
      throw fail("work days \(template.workDayOffsets) must be distinct offsets 0…6")
    }
    if let cost = template.cost, !(cost.isFinite && cost >= 0) {
      throw fail("cost \(cost) must be finite and ≥ 0")
    }
    for rule in template.breaks {
      let first = (rule.earliestStartMinutes + intervalMinutes - 1) / intervalMinutes
      let last = rule.latestStartMinutes / intervalMinutes
      guard rule.lengthMinutes > 0, rule.earliestStartMinutes >= 0, first <= last,
        rule.latestStartMinutes + rule.lengthMinutes <= template.lengthMinutes
      else {
        throw fail(
          "break '\(rule.name)' (\(rule.lengthMinutes) min, start +\(rule.earliestStartMinutes)"
            + "…+\(rule.latestStartMinutes) min) needs a grid start inside the shift")
      }
    }
  }
}
