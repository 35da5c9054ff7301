import Foundation

extension RotationGenerator {
  /// Gives every working line-day one of that day's shifts (exactly the day's count).
  ///
  /// Shifts follow two chains, not one order by start. Early nights (a night starting
  /// before noon local, e.g. 00:00 or 03:00, `ShiftKind.classify`) can follow a day off or an
  /// early night; the other shifts form the chain D < S < late N by `familyKey`. Sorting all
  /// by start puts an early night before the day shifts (N → D without a day off); sorting
  /// by family puts it after the swing shifts (S 18:00 → N 00:00 overlaps). Per day:
  /// 1. lines on an early night yesterday keep early nights in start order (any left over
  ///    take the chain's top);
  /// 2. the other continuing lines, sorted by yesterday's key, take the chain's top shifts
  ///    in order (so they keep or advance their family and their rest);
  /// 3. lines off yesterday take the rest, the early nights going to the lines with the
  ///    shortest run of work ahead (an early night starts a run of nights).
  /// Then the swap repair.
  /// - Parameter offsetMinutes: the region's local offset from UTC, in minutes.
  /// - Complexity: O(passes × 7 × L log L) for the matching, plus the swap repair.
  static func assignShifts(
    _ daily: [[RotationShift]], working: [[Bool]], rules: LabourRules, offsetMinutes: Int = 0
  ) -> [[RotationShift?]] {
    let lineCount = working.count
    guard lineCount > 0 else { return [] }
    var result = Array(repeating: [RotationShift?](repeating: nil, count: 7), count: lineCount)
    func previous(_ line: Int, _ day: Int) -> RotationShift? {
      day > 0 ? result[line][day - 1] : result[(line + lineCount - 1) % lineCount][6]
    }
    let minRest = Int(rules.minRestBetweenShifts.seconds / 60)
    func key(_ shift: RotationShift) -> (Int, Int) { familyKey(shift, offsetMinutes) }
    func early(_ shift: RotationShift) -> Bool { isEarlyNight(shift, offsetMinutes) }
    /// Work days from (line, day) on, across the next lines' weeks (at most 14).
    func runAhead(_ line: Int, _ day: Int) -> Int {
      var length = 0
      while length < 14 {
        let at = day + length
        guard working[(line + at / 7) % lineCount][at % 7] else { break }
        length += 1
      }
      return length
    }
    // Whole-week passes: Monday reads the line before's Sunday, which the first pass has
    // not yet placed; later passes carry the cycle's wrap through the week.
    for _ in 0..<3 {
      for day in 0..<7 {
        var earlyShifts = daily[day].filter(early).sorted { key($0) < key($1) }
        var chain = daily[day].filter { !early($0) }.sorted { key($0) < key($1) }
        let workers = (0..<lineCount).filter { working[$0][day] }
        let offYesterday = workers.filter { previous($0, day) == nil }
        func byYesterday(_ a: Int, _ b: Int) -> Bool {
          let keyA = previous(a, day).map(key) ?? (0, 0)
          let keyB = previous(b, day).map(key) ?? (0, 0)
          return (keyA.0, keyA.1, a) < (keyB.0, keyB.1, b)
        }
        let onEarly = workers.filter { previous($0, day).map(early) == true }
          .sorted(by: byYesterday)
        var onChain = workers.filter { previous($0, day).map(early) == false }
          .sorted(by: byYesterday)
        for (index, line) in onEarly.enumerated() {
          result[line][day] = index < earlyShifts.count ? earlyShifts[index] : chain.popLast()
        }
        earlyShifts.removeFirst(min(onEarly.count, earlyShifts.count))
        // A day shift may step up to an early night (D 06:00 → N 03:00 keeps 13 h of rest)
        // when the run of nights that starts stays within the limit.
        for shift in earlyShifts.reversed() {
          let pick = onChain.firstIndex { line in
            guard let last = previous(line, day) else { return false }
            let rest = 1440 + shift.startMinute - last.startMinute - last.lengthMinutes
            return rest >= minRest && runAhead(line, day) <= rules.maxNightsInARow
          }
          guard let pick else { break }
          result[onChain.remove(at: pick)][day] = shift
          earlyShifts.removeLast()
        }
        let top = chain.suffix(onChain.count)
        chain.removeLast(top.count)
        let short = onChain.count - top.count
        for (line, shift) in zip(onChain.suffix(top.count), top) { result[line][day] = shift }
        for line in onChain.prefix(short) { result[line][day] = earlyShifts.popLast() }
        let starting = offYesterday.sorted { a, b in
          (runAhead(a, day), a) < (runAhead(b, day), b)
        }
        let left = Array(earlyShifts) + chain
        for (line, shift) in zip(starting, left) { result[line][day] = shift }
      }
    }
    repair(&result, rules: rules, offsetMinutes: offsetMinutes)
    return result
  }

  /// (family rank, minutes since 04:00 local): D < S < N, and inside the night family
  /// 21:00 < 00:00 < 03:00 (`ShiftKind.classify` starts the day family at 04:00).
  static func familyKey(_ shift: RotationShift, _ offsetMinutes: Int) -> (Int, Int) {
    let local = ((shift.startMinute + offsetMinutes - 240) % 1440 + 1440) % 1440
    return (shift.kind.rank, local)
  }

  /// A night that starts before noon local (00:00, 03:00): it follows the evening before,
  /// so after a day or swing shift it leaves less than a night's rest.
  static func isEarlyNight(_ shift: RotationShift, _ offsetMinutes: Int) -> Bool {
    let local = ((shift.startMinute + offsetMinutes) % 1440 + 1440) % 1440
    return shift.kind == .night && local < 720
  }

  /// Line `line`'s penalty: 600 plus the minutes short per rest under the minimum; 600 per
  /// backward step and per night over the limit (the run counted on from the line before's
  /// trailing nights); and, when the longest rest inside the local Monday–Sunday week is
  /// short of the weekly minimum, 300 plus the minutes short. Reads the line before's week
  /// and the next line's Monday.
  /// - Complexity: O(7).
  static func penalty(
    _ lines: [[RotationShift?]], _ line: Int, rules: LabourRules, offsetMinutes: Int = 0
  ) -> Int {
    let count = lines.count
    let minRest = Int(rules.minRestBetweenShifts.seconds / 60)
    let before = lines[(line + count - 1) % count]
    let next = lines[(line + 1) % count][0]
    var total = 0
    var nights = 0
    for day in stride(from: 6, through: 0, by: -1) {
      guard let shift = before[day], shift.kind == .night else { break }
      nights += 1
    }
    if nights == 7 { nights = 0 }
    for day in 0..<7 {
      guard let shift = lines[line][day] else {
        nights = 0
        continue
      }
      if shift.kind == .night {
        nights += 1
        if nights > rules.maxNightsInARow { total += 600 }
      } else {
        nights = 0
      }
      guard let following = day < 6 ? lines[line][day + 1] : next else { continue }
      let rest = 1440 + following.startMinute - shift.startMinute - shift.lengthMinutes
      if rest < minRest { total += 600 + minRest - rest }
      if rules.forwardRotation && following.kind < shift.kind { total += 600 }
    }
    // Weekly rest, on the rotation's UTC clock: the week is [−offset, 7 days − offset).
    let weekStart = -offsetMinutes
    let weekEnd = weekStart + 7 * 1440
    var restFrom = before[6].map { -1440 + $0.startMinute + $0.lengthMinutes } ?? Int.min / 2
    var longest = 0
    for day in 0..<7 {
      guard let shift = lines[line][day] else { continue }
      let start = day * 1440 + shift.startMinute
      longest = max(longest, min(start, weekEnd) - max(restFrom, weekStart))
      restFrom = max(restFrom, start + shift.lengthMinutes)
    }
    let end = next.map { 7 * 1440 + $0.startMinute } ?? Int.max / 2
    longest = max(longest, min(end, weekEnd) - max(restFrom, weekStart))
    let weekly = Int(rules.minWeeklyRest.seconds / 60)
    if longest < weekly { total += 300 + weekly - longest }
    return total
  }

  /// Swaps two lines' shifts on one day while that lowers the summed penalty (of both lines
  /// and of their neighbours, whose penalties read them).
  /// - Complexity: O(passes × 7 × L²) in the worst case; lines without a penalty are skipped.
  static func repair(
    _ lines: inout [[RotationShift?]], rules: LabourRules, offsetMinutes: Int = 0
  ) {
    let count = lines.count
    var scores = (0..<count).map {
      penalty(lines, $0, rules: rules, offsetMinutes: offsetMinutes)
    }
    for _ in 0..<4 {
      var improved = false
      for day in 0..<7 {
        let workers = (0..<count).filter { lines[$0][day] != nil }
        for a in workers {
          let previousA = (a + count - 1) % count
          let nextA = (a + 1) % count
          guard scores[a] > 0 || scores[previousA] > 0 || scores[nextA] > 0 else { continue }
          for b in workers where b != a && lines[b][day] != lines[a][day] {
            var affected = [a]
            var candidates = [b, nextA, (b + 1) % count]
            if day == 0 { candidates += [previousA, (b + count - 1) % count] }
            for line in candidates where !affected.contains(line) { affected.append(line) }
            let before = affected.reduce(0) { $0 + scores[$1] }
            swapAt(&lines, a, b, day)
            let after = affected.map {
              penalty(lines, $0, rules: rules, offsetMinutes: offsetMinutes)
            }
            if after.reduce(0, +) < before {
              for (line, score) in zip(affected, after) { scores[line] = score }
              improved = true
              break
            }
            swapAt(&lines, a, b, day)
          }
        }
      }
      if !improved { break }
    }
  }

  static func swapAt(_ lines: inout [[RotationShift?]], _ a: Int, _ b: Int, _ day: Int) {
    let held = lines[a][day]
    lines[a][day] = lines[b][day]
    lines[b][day] = held
  }

  /// Rules the lines break, found by rostering one crew over two cycles (it works every
  /// line in turn) and keeping weeks 2 … L + 1, so every junction and wrap is seen once.
  ///
  /// The average-hours rule is judged over every window of `averagingWeeks` consecutive
  /// lines (the weeks one agent's roster spans; nil or ≥ L: the whole cycle).
  static func check(
    _ lines: [[RotationShift?]], region: String, zone: TimeZone, rules: LabourRules,
    averagingWeeks: Int? = nil
  ) -> [RuleViolation] {
    let count = lines.count
    guard count > 0 else { return [] }
    let monday = RosterBuilder.defaultStartDate
    var roster: [RosterAssignment] = []
    for week in 0..<(2 * count + max(1, rules.weekendOffEveryWeeks)) {
      for day in 0..<7 {
        guard let shift = lines[week % count][day] else { continue }
        let date = monday.adding(days: 7 * week + day)
        let timed = RosterBuilder.instants(shift, on: date, clock: .utc, zone: zone)
        roster.append(
          RosterAssignment(
            agent: region, role: .agent, region: region, timeZone: zone, date: timed.localDate,
            start: timed.start, end: timed.end, shift: shift.label, breaks: timed.breaks))
      }
    }
    let found = LabourRuleChecker(rules: rules).check(roster)
    var seen = Set<String>()
    var result: [RuleViolation] = []
    for violation in found where violation.rule != .averageHoursPerWeek {
      let week = (violation.date.dayNumber - monday.dayNumber) / 7
      guard week >= 1 && week <= count else { continue }
      var named = violation
      named.agent = "\(region) line " + twoDigits(week % count + 1)
      guard seen.insert(named.agent + violation.rule.rawValue).inserted else { continue }
      result.append(named)
    }
    // The average over every window of H consecutive lines (cyclic; a multiple of L is the
    // cycle average, judged once).
    let window = max(1, averagingWeeks ?? count)
    let wholeCycles = window % count == 0
    let cap = rules.maxAverageHoursPerWeek.seconds / 3600
    let weekHours = lines.map { week in
      Double(week.reduce(0) { $0 + ($1?.paidMinutes ?? 0) }) / 60
    }
    for first in 0..<(wholeCycles ? 1 : count) {
      let total = (0..<window).reduce(0.0) { $0 + weekHours[(first + $1) % count] }
      let average = total / Double(window)
      guard average > cap + 1e-9 else { continue }
      let name = wholeCycles
        ? "\(region) all lines" : "\(region) lines " + twoDigits(first + 1) + "+"
      let span = wholeCycles ? "the \(count)-week cycle" : "\(window) weeks from this line"
      result.append(
        RuleViolation(
          agent: name, date: monday, rule: .averageHoursPerWeek, measured: average, limit: cap,
          detail: "average \(hoursText(average)) over \(span) > \(hoursText(cap))"))
    }
    return result
  }
}
