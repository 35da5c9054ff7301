import Foundation

extension RotationGenerator {
  /// Gives every working line-day one of that day's shifts (exactly the day's count).
  /// - Complexity: O(7 × L log L) for the sorted matching, plus the swap repair.
  static func assignShifts(
    _ daily: [[RotationShift]], working: [[Bool]], rules: LabourRules
  ) -> [[RotationShift?]] {
    let lineCount = working.count
    guard lineCount > 0 else { return [] }
    var result = Array(repeating: [RotationShift?](repeating: nil, count: 7), count: lineCount)
    func previous(_ line: Int, _ day: Int) -> RotationShift? {
      day > 0 ? result[line][day - 1] : result[(line + lineCount - 1) % lineCount][6]
    }
    for pass in 0..<2 {
      for day in 0..<7 where pass == 0 || day == 0 {
        let workers = (0..<lineCount).filter { working[$0][day] }.sorted { a, b in
          let keyA = previous(a, day).map(\.startMinute) ?? Int.min
          let keyB = previous(b, day).map(\.startMinute) ?? Int.min
          return (keyA, a) < (keyB, b)
        }
        for (line, shift) in zip(workers, daily[day]) { result[line][day] = shift }
      }
    }
    repair(&result, rules: rules)
    return result
  }

  /// Minutes of rest short of the minimum, plus 600 per backward step and per night over
  /// the limit, for line `line`'s week and its junction with the next line's Monday.
  static func penalty(_ lines: [[RotationShift?]], _ line: Int, rules: LabourRules) -> Int {
    let minRest = Int(rules.minRestBetweenShifts.seconds / 60)
    let next = lines[(line + 1) % lines.count][0]
    var total = 0
    var nights = 0
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
      total += max(0, minRest - rest)
      if rules.forwardRotation && following.kind < shift.kind { total += 600 }
    }
    return total
  }

  /// Swaps two lines' shifts on one day while that lowers the summed penalty.
  /// - Complexity: O(passes × 7 × L²) in the worst case; lines without a penalty are skipped.
  static func repair(_ lines: inout [[RotationShift?]], rules: LabourRules) {
    let count = lines.count
    var scores = (0..<count).map { penalty(lines, $0, rules: rules) }
    for _ in 0..<4 {
      var improved = false
      for day in 0..<7 {
        let workers = (0..<count).filter { lines[$0][day] != nil }
        for a in workers {
          let previousA = (a + count - 1) % count
          guard scores[a] > 0 || (day == 0 && scores[previousA] > 0) else { continue }
          for b in workers where b != a && lines[b][day] != lines[a][day] {
            var affected = [a, b]
            if day == 0 { affected += [previousA, (b + count - 1) % count] }
            affected = Array(Set(affected))
            let before = affected.reduce(0) { $0 + scores[$1] }
            swapAt(&lines, a, b, day)
            let after = affected.map { penalty(lines, $0, rules: rules) }
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
