import Foundation

extension LabourRuleChecker {
  /// Weekly hours, weekly rest, days off together, weekends off and average hours.
  /// - Complexity: O(weeks × shifts) for one agent.
  func weekRules(
    _ agent: String, _ shifts: [RosterAssignment], firstMonday: LocalDate, weeks: Int
  ) -> [RuleViolation] {
    guard let zone = shifts.first?.timeZone, weeks > 0 else { return [] }
    var found: [RuleViolation] = []
    let worked = Set(shifts.map(\.date.dayNumber))
    let horizonEnd = firstMonday.dayNumber + 7 * weeks
    func isOff(_ day: Int) -> Bool { !worked.contains(day) }
    var weekendOff: [Bool] = []
    var totalHours = 0.0
    let maxWeek = rules.maxHoursPerWeek.seconds / 3600
    let minWeeklyRest = rules.minWeeklyRest.seconds / 3600
    for week in 0..<weeks {
      let monday = firstMonday.adding(days: 7 * week)
      let inWeek = shifts.filter {
        $0.date.dayNumber >= monday.dayNumber && $0.date.dayNumber < monday.dayNumber + 7
      }
      let hours = Double(inWeek.reduce(0) { $0 + $1.paidMinutes }) / 60
      totalHours += hours
      if hours > maxWeek + 1e-9 {
        found.append(
          RuleViolation(
            agent: agent, date: monday, rule: .hoursPerWeek, measured: hours, limit: maxWeek,
            detail: "\(hoursText(hours)) in the week > \(hoursText(maxWeek))"))
      }
      let from = LocalDateTime(date: monday, minute: 0).instant(in: zone)
      let to = LocalDateTime(date: monday.adding(days: 7), minute: 0).instant(in: zone)
      let rest = longestRest(shifts, from: from, to: to)
      if rest < minWeeklyRest - 1e-9 {
        found.append(
          RuleViolation(
            agent: agent, date: monday, rule: .weeklyRest, measured: rest, limit: minWeeklyRest,
            detail: "longest rest \(hoursText(rest)) < \(hoursText(minWeeklyRest))"))
      }
      // The longest run of off days touching this week, extended across its edges.
      var longest = 0
      var day = monday.dayNumber
      while day < monday.dayNumber + 7 {
        guard isOff(day) else {
          day += 1
          continue
        }
        var lower = day
        while lower - 1 >= firstMonday.dayNumber && isOff(lower - 1) { lower -= 1 }
        if lower == firstMonday.dayNumber { lower -= 1000 }
        var upper = day
        while upper + 1 < horizonEnd && isOff(upper + 1) { upper += 1 }
        if upper == horizonEnd - 1 { upper += 1000 }
        longest = max(longest, upper - lower + 1)
        day = upper + 1
      }
      if longest < rules.consecutiveDaysOff {
        found.append(
          RuleViolation(
            agent: agent, date: monday, rule: .consecutiveDaysOff, measured: Double(longest),
            limit: Double(rules.consecutiveDaysOff),
            detail: "longest run \(longest) days off < \(rules.consecutiveDaysOff)"))
      }
      weekendOff.append(isOff(monday.dayNumber + 5) && isOff(monday.dayNumber + 6))
    }
    let window = rules.weekendOffEveryWeeks
    if window > 0 && weeks >= window {
      for start in 0...(weeks - window)
      where !weekendOff[start..<(start + window)].contains(true) {
        found.append(
          RuleViolation(
            agent: agent, date: firstMonday.adding(days: 7 * start), rule: .weekendsOff,
            measured: 0, limit: 1,
            detail: "0 weekends off in \(window) week\(window == 1 ? "" : "s") < 1"))
      }
    }
    let average = totalHours / Double(weeks)
    let span = weeks == 1 ? "1 week" : "\(weeks) weeks"
    let maxAverage = rules.maxAverageHoursPerWeek.seconds / 3600
    if average > maxAverage + 1e-9, let first = shifts.first {
      found.append(
        RuleViolation(
          agent: agent, date: first.date, rule: .averageHoursPerWeek, measured: average,
          limit: maxAverage,
          detail: "average \(hoursText(average)) over \(span) > \(hoursText(maxAverage))"))
    }
    if let contract = contractHours[agent], average > contract + 1e-9, let first = shifts.first {
      found.append(
        RuleViolation(
          agent: agent, date: first.date, rule: .contractHours, measured: average,
          limit: contract,
          detail: "average \(hoursText(average)) over \(span) > contract "
            + hoursText(contract)))
    }
    return found
  }

  /// The longest gap between shifts that lies inside [from, to), in hours; time before the
  /// first and after the last shift is rest.
  func longestRest(_ shifts: [RosterAssignment], from: Date, to: Date) -> Double {
    var longest = 0.0
    var restStart = Date.distantPast
    for shift in shifts {
      if shift.start > restStart {
        let lower = max(restStart, from)
        let upper = min(shift.start, to)
        longest = max(longest, upper.timeIntervalSince(lower) / 3600)
      }
      restStart = max(restStart, shift.end)
      if restStart >= to { break }
    }
    if restStart < to { longest = max(longest, to.timeIntervalSince(max(restStart, from)) / 3600) }
    return longest
  }
}
