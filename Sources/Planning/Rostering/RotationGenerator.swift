import Foundation

/// Builds an L-week cyclic rotation per region that covers a weekly shift mix exactly.
///
/// Constructive method, per region, on the days of the mix's clock:
/// 1. L starts at the lower bound max(busiest day, ⌈shifts / (7 − days off)⌉,
///    ⌈hours / average cap⌉). Off days per weekday are L − shifts that day.
/// 2. Days off: each line gets a pair of consecutive off days inside its week (Sat–Sun
///    first for ⌈L / weekend window⌉ lines, then the block with the most off days left; a
///    Sun + Mon block joins the neighbouring line's edge day off through the line order);
///    remaining off days go to the lines working most. If no pair fits, L grows by one.
/// 3. Line order: greedy, next line = the one whose leading work run joins the previous
///    line's trailing run within the consecutive-day limit, a weekend off due first.
/// 4. Shift starts, day by day, on two chains (`assignShifts`): lines on an early night
///    (00:00, 03:00) keep early nights; the other continuing lines, sorted by yesterday's
///    family and start, take the top of D < S < late N in order, so they keep or advance
///    their family (forward rotation) and keep their rest; lines off yesterday take the
///    rest, early nights to the shortest runs ahead. Then swaps of two lines' shifts on the
///    same day are accepted while they reduce rest shortfalls, backward steps, nights over
///    the limit and weekly-rest shortfalls (coverage is unchanged by a swap).
/// 5. The rotation is checked with `LabourRuleChecker` over its cycle and wrap, the average
///    over every window of `averagingWeeks` lines.
/// 6. If a rule is broken, `RotationModel` (an integer program with every rule a penalised
///    row) re-solves the region from these lines as its MIP start, with the same number of
///    lines and then up to `solver.extraLines` more; the lines with the fewest broken rules
///    are kept. Anything left is returned in `unmet`, never dropped.
public enum RotationGenerator {
  /// - Complexity: O(L² + swaps) per region, L the number of lines, plus the MIP solves
  ///   (each bounded by `solver.seconds`) when a rule is broken.
  /// - Parameters:
  ///   - averagingWeeks: the window of the average-hours rule in weeks, normally the
  ///     roster's length so that every agent's roster meets it (nil: the whole cycle).
  ///   - solver: limits of the rotation MIP run when the construction leaves a rule unmet.
  public static func generate(
    mix: [ShiftMixEntry], regions: [Region], rules: LabourRules, averagingWeeks: Int? = nil,
    solver: RotationSolverLimits = RotationSolverLimits()
  ) -> GeneratedRotation {
    var crews: [Rotation.Crew] = []
    var lines: [String: [[RotationShift?]]] = [:]
    var bounds: [String: Int] = [:]
    var unmet: [RuleViolation] = []
    var notes: [String] = []
    var longest = 0
    for region in regions {
      let entries = mix.filter { $0.region == region.name && $0.count > 0 }
      guard !entries.isEmpty else { continue }
      let zone = TimeZone(identifier: region.timeZone) ?? TimeZone(identifier: "UTC")
      guard let zone else { continue }
      var daily: [[RotationShift]] = Array(repeating: [], count: 7)
      // Labels by local start time at the default start date (DST may move it by an hour).
      let reference = Double(RosterBuilder.defaultStartDate.dayNumber) * 86_400
      let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: reference))
      for entry in entries {
        let local = entry.startMinuteUTC + offset / 60
        let label = ShiftKind.classify(label: "", localStartMinute: local).rawValue
        let shift = RotationShift(
          label: label, startMinute: entry.startMinuteUTC, lengthMinutes: entry.lengthMinutes,
          breaks: entry.breaks, region: region.name)
        daily[entry.day.index] += Array(repeating: shift, count: entry.count)
      }
      for day in 0..<7 {
        daily[day].sort { ($0.startMinute, $0.lengthMinutes) < ($1.startMinute, $1.lengthMinutes) }
      }
      let bound = lowerBound(daily, rules: rules)
      bounds[region.name] = bound
      var count = bound
      // Sat–Sun blocks first for the weekend rule, fewer of them if that leaves no block for
      // some line, and only then more lines.
      func attempt(_ lines: Int) -> [[Bool]]? {
        for share in [1, 2, 4, Int.max] {
          let counts = daily.map(\.count)
          if let off = daysOff(counts, lines: lines, rules: rules, weekendShare: share) {
            return off
          }
        }
        return nil
      }
      var offDays = attempt(count)
      while offDays == nil && count < bound + daily.joined().count + 7 {
        count += 1
        offDays = attempt(count)
      }
      guard let offDays else {
        notes.append("\(region.name): no set of lines gives every line two days off together")
        continue
      }
      if count > bound {
        notes.append(
          "\(region.name): \(count) lines (lower bound \(bound)): fewer lines cannot give "
            + "every line \(rules.consecutiveDaysOff) consecutive days off inside its week")
      }
      let window = max(1, rules.weekendOffEveryWeeks)
      let weekendFree = min(count - daily[5].count, count - daily[6].count)
      if weekendFree * window < count {
        notes.append(
          "\(region.name): a weekend off every \(window) weeks needs ⌈\(count)/\(window)⌉ "
            + "lines off on Saturday and Sunday, but the mix leaves only \(weekendFree) lines off "
            + "on one of them")
      }
      let ordered = order(offDays, rules: rules)
      let working = ordered.map { row in row.map { !$0 } }
      var weeks = assignShifts(
        daily, working: working, rules: rules, offsetMinutes: offset / 60)
      var found = check(
        weeks, region: region.name, zone: zone, rules: rules, averagingWeeks: averagingWeeks)
      if !found.isEmpty {
        let solved = improve(
          weeks, daily: daily, unmet: found, region: region.name, zone: zone, rules: rules,
          averagingWeeks: averagingWeeks, limits: solver)
        weeks = solved.lines
        found = solved.unmet
        notes += solved.notes
      }
      lines[region.name] = weeks
      longest = max(longest, 7 * weeks.count)
      for index in weeks.indices {
        let days = (0..<weeks.count).flatMap { week in weeks[(index + week) % weeks.count] }
        crews.append(
          Rotation.Crew(name: "\(region.name) line " + twoDigits(index + 1), days: days,
            region: region.name))
      }
      unmet += found
    }
    let rotation = Rotation(name: "generated", clock: .utc, cycleDays: longest, crews: crews)
    return GeneratedRotation(
      rotation: rotation, lines: lines, lowerBoundLines: bounds, unmet: unmet, notes: notes)
  }

  static func twoDigits(_ value: Int) -> String { (value < 10 ? "0" : "") + "\(value)" }

  /// max(busiest day, ⌈shifts / work days⌉, ⌈paid hours / average cap⌉).
  static func lowerBound(_ daily: [[RotationShift]], rules: LabourRules) -> Int {
    let busiest = daily.map(\.count).max() ?? 0
    let total = daily.reduce(0) { $0 + $1.count }
    let workDays = max(1, 7 - rules.consecutiveDaysOff)
    let minutes = daily.joined().reduce(0) { $0 + $1.paidMinutes }
    let cap = max(1, Int(rules.maxAverageHoursPerWeek.seconds / 60))
    return max(busiest, (total + workDays - 1) / workDays, (minutes + cap - 1) / cap, 1)
  }

  /// `off[line][day]`, or `nil` when some line cannot get a consecutive pair.
  /// - Complexity: O(lines × 7).
  static func daysOff(
    _ counts: [Int], lines: Int, rules: LabourRules, weekendShare: Int = 1
  ) -> [[Bool]]? {
    let pair = max(1, min(7, rules.consecutiveDaysOff))
    var left = counts.map { lines - $0 }
    guard left.allSatisfy({ $0 >= 0 }) else { return nil }
    var off = Array(repeating: Array(repeating: false, count: 7), count: lines)
    let window = max(1, rules.weekendOffEveryWeeks)
    let weekendLines = min((lines + window - 1) / window, left[5], left[6]) / max(1, weekendShare)
    for line in 0..<lines {
      var best: Int?
      if line < weekendLines && pair <= 2 {
        best = 7 - pair
      } else {
        // Windows of `pair` days, cyclic in the week: {Sun, Mon} is a block when the line
        // before ends, or the line after starts, with a day off (see `order`).
        var bestScore = (0, 0, 0)
        for first in 0..<7 {
          let days = (first..<(first + pair)).map { $0 % 7 }
          let counts = days.map { left[$0] }
          let inWeek = first + pair <= 7 ? 1 : 0
          let score = (counts.min() ?? 0, counts.reduce(0, +), inWeek)
          if score.0 > 0 && score > bestScore {
            bestScore = score
            best = first
          }
        }
      }
      guard let first = best else { return nil }
      for day in (first..<(first + pair)).map({ $0 % 7 }) {
        off[line][day] = true
        left[day] -= 1
      }
    }
    // Extra off days: to the lines that work most, next to their block where possible.
    for day in 0..<7 where left[day] > 0 {
      let candidates = (0..<lines).filter { !off[$0][day] }.sorted { a, b in
        let workA = off[a].filter { !$0 }.count
        let workB = off[b].filter { !$0 }.count
        let nextA = (day > 0 && off[a][day - 1]) || (day < 6 && off[a][day + 1])
        let nextB = (day > 0 && off[b][day - 1]) || (day < 6 && off[b][day + 1])
        return (workA, nextA ? 1 : 0, -a) > (workB, nextB ? 1 : 0, -b)
      }
      for line in candidates.prefix(left[day]) { off[line][day] = true }
      left[day] -= min(left[day], candidates.count)
    }
    return left.allSatisfy { $0 == 0 } ? off : nil
  }

  /// Lines in cycle order (greedy nearest neighbour on the junction cost).
  /// - Complexity: O(lines²).
  static func order(_ off: [[Bool]], rules: LabourRules) -> [[Bool]] {
    guard !off.isEmpty else { return [] }
    func leading(_ row: [Bool]) -> Int { row.firstIndex(of: true) ?? 7 }
    func trailing(_ row: [Bool]) -> Int { 6 - (row.lastIndex(of: true) ?? -1) }
    func weekendOff(_ row: [Bool]) -> Bool { row[5] && row[6] }
    var remaining = Array(off.indices)
    let start = remaining.firstIndex { weekendOff(off[$0]) } ?? 0
    var result = [off[remaining.remove(at: start)]]
    var sinceWeekend = weekendOff(result[0]) ? 0 : 1
    let window = max(1, rules.weekendOffEveryWeeks)
    while !remaining.isEmpty {
      let previous = result[result.count - 1]
      var bestIndex = 0
      var bestCost = Int.max
      for (index, line) in remaining.enumerated() {
        let run = trailing(previous) + leading(off[line])
        var cost = max(0, run - rules.maxConsecutiveDays) * 10
        // A line whose only off days are single at the week's edges needs its neighbour's
        // edge day off to make them a block.
        if splitEdges(off[line]) && !previous[6] { cost += 3 }
        if splitEdges(previous) && !off[line][0] && !splitEdges(off[line]) { cost += 3 }
        if sinceWeekend >= window - 1 && !weekendOff(off[line]) { cost += 5 }
        if sinceWeekend < window - 1 && weekendOff(off[line]) { cost += 1 }
        // Look one line ahead: before a weekend-off line (which starts with a Monday–Friday
        // run) the line should end its week with days off.
        if !weekendOff(off[line]) && sinceWeekend + 1 >= window - 1 {
          let mondayToFriday = leading([false, false, false, false, false, true, true])
          cost += max(0, trailing(off[line]) + mondayToFriday - rules.maxConsecutiveDays) * 2
        }
        if cost < bestCost {
          bestCost = cost
          bestIndex = index
        }
      }
      let next = off[remaining.remove(at: bestIndex)]
      sinceWeekend = weekendOff(next) ? 0 : sinceWeekend + 1
      result.append(next)
    }
    return improveOrder(result, rules: rules)
  }

  /// The part of the cyclic order cost that starts at position `index`: 10 per work day
  /// over the limit at the junction index → index + 1, 10 if line index + 1's Sunday and
  /// Monday off days join neither neighbour's edge day off, and 5 if the window of
  /// `weekendOffEveryWeeks` lines from `index` has no weekend off.
  static func orderTerm(_ lines: [[Bool]], _ index: Int, rules: LabourRules) -> Int {
    let count = lines.count
    let window = max(1, rules.weekendOffEveryWeeks)
    let previous = lines[index]
    let next = lines[(index + 1) % count]
    let run = 6 - (previous.lastIndex(of: true) ?? -1) + (next.firstIndex(of: true) ?? 7)
    var cost = max(0, run - rules.maxConsecutiveDays) * 10
    if splitEdges(next) && !previous[6] && !lines[(index + 2) % count][0] { cost += 10 }
    if count >= window
      && !(0..<window).contains(where: { step in
        let line = lines[(index + step) % count]
        return line[5] && line[6]
      })
    {
      cost += 5
    }
    return cost
  }

  /// Whether the line's only off days are Monday and Sunday apart from each other (a block
  /// only together with a neighbour's edge day).
  static func splitEdges(_ row: [Bool]) -> Bool {
    guard row[0] && row[6] else { return false }
    return !(0..<6).contains { row[$0] && row[$0 + 1] }
  }

  /// Swaps two lines of the order while that lowers the summed `orderTerm`s (first
  /// improvement, a few passes; each swap re-reads only the terms it touches).
  /// - Complexity: O(passes × lines² × window²); skipped above 400 lines.
  static func improveOrder(_ lines: [[Bool]], rules: LabourRules) -> [[Bool]] {
    var order = lines
    let count = order.count
    guard count > 2 && count <= 400 else { return order }
    // Positions whose term reads position p: p − reach … p.
    let reach = max(max(1, rules.weekendOffEveryWeeks) - 1, 2)
    func affected(_ a: Int, _ b: Int) -> [Int] {
      Array(Set((0...reach).flatMap { [(a - $0 + count) % count, (b - $0 + count) % count] }))
    }
    for _ in 0..<3 {
      var improved = false
      for a in 0..<count {
        for b in (a + 1)..<count where order[a] != order[b] {
          let positions = affected(a, b)
          let before = positions.reduce(0) { $0 + orderTerm(order, $1, rules: rules) }
          guard before > 0 else { continue }
          order.swapAt(a, b)
          let after = positions.reduce(0) { $0 + orderTerm(order, $1, rules: rules) }
          if after < before {
            improved = true
          } else {
            order.swapAt(a, b)
          }
        }
      }
      if !improved { break }
    }
    return order
  }
}
