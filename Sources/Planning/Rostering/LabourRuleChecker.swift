import Foundation

/// Checks any roster against the labour rules of a scenario (DESIGN.md §4).
///
/// Definitions (per agent, in the agent's time zone):
/// - A shift belongs to the local date it starts on; a day off is a date with no shift.
/// - Weeks are local Monday 00:00 to the next Monday 00:00, over the roster's horizon (the
///   Monday of its first date to the Sunday of its last), the same weeks for every agent.
/// - Worked hours are end − start (real elapsed time, so DST nights count 7 h or 9 h) less
///   unpaid breaks.
/// - Weekly rest: the longest rest (gap between shifts) inside the week's window must reach
///   `minWeeklyRest`; time before an agent's first and after the last shift counts as rest.
/// - Days off together: some run of off days of at least `consecutiveDaysOff` must touch
///   the week (a run may continue into the next week; dates outside the horizon count off).
/// - Weekends off: every window of `weekendOffEveryWeeks` whole weeks of the horizon has a
///   week with Saturday and Sunday both off. Horizons shorter than the window are not judged.
/// - Forward rotation: within a run of work on consecutive dates the family never steps back
///   (N → S, S → D, N → D); after a day off any family may follow.
/// - Average hours: the agent's worked hours over the horizon's weeks.
/// - Contract hours: the same average against the agent's own contracted hours per week,
///   for the agents `contractHours` names (a 32 h part-timer on 40 h lines is reported).
public struct LabourRuleChecker: Sendable {
  public var rules: LabourRules
  /// Contracted hours per week by agent name; agents not named are held to `rules` alone.
  public var contractHours: [String: Double]

  public init(rules: LabourRules, contractHours: [String: Double] = [:]) {
    self.rules = rules
    self.contractHours = contractHours
  }

  /// A checker holding each named agent of the scenario to their contract as well.
  public init(scenario: Scenario) {
    self.init(rules: scenario.rules, contractHours: Self.contractHours(of: scenario.agents))
  }

  /// Contracted hours per week by agent name, the form `contractHours` takes.
  static func contractHours(of agents: [Agent]) -> [String: Double] {
    var contracts: [String: Double] = [:]
    for agent in agents { contracts[agent.name] = agent.contractHours.seconds / 3600 }
    return contracts
  }

  /// Every violation, grouped by agent (in first-appearance order), then by date.
  /// - Complexity: O(n log n) for n assignments plus O(agents × weeks × shifts per week).
  public func check(
    _ roster: [RosterAssignment], horizon: ClosedRange<LocalDate>? = nil
  ) -> [RuleViolation] {
    guard let first = roster.map(\.date).min(), let last = roster.map(\.date).max() else {
      return []
    }
    let span = horizon ?? first...last
    let firstMonday = span.lowerBound.monday
    let weeks = (span.upperBound.dayNumber - firstMonday.dayNumber) / 7 + 1
    var order: [String] = []
    var byAgent: [String: [RosterAssignment]] = [:]
    for item in roster {
      if byAgent[item.agent] == nil { order.append(item.agent) }
      byAgent[item.agent, default: []].append(item)
    }
    var found: [RuleViolation] = []
    for agent in order {
      let shifts = (byAgent[agent] ?? []).sorted { $0.start < $1.start }
      var mine = sequenceRules(agent, shifts)
      mine += weekRules(agent, shifts, firstMonday: firstMonday, weeks: weeks)
      mine.sort { ($0.date, $0.rule.rawValue) < ($1.date, $1.rule.rawValue) }
      found += mine
    }
    return found
  }

  var minRestHours: Double { rules.minRestBetweenShifts.seconds / 3600 }

  /// Rest between shifts, consecutive days, nights in a row and forward rotation.
  func sequenceRules(_ agent: String, _ shifts: [RosterAssignment]) -> [RuleViolation] {
    var found: [RuleViolation] = []
    for (previous, next) in zip(shifts, shifts.dropFirst()) {
      let rest = next.start.timeIntervalSince(previous.end) / 3600
      if rest < minRestHours - 1e-9 {
        found.append(
          RuleViolation(
            agent: agent, date: next.date, rule: .restBetweenShifts, measured: rest,
            limit: minRestHours,
            detail: "rest \(hoursText(rest)) < \(hoursText(minRestHours))"))
      }
      let adjacent = next.date.dayNumber == previous.date.dayNumber + 1
      if rules.forwardRotation && adjacent && next.kind < previous.kind {
        found.append(
          RuleViolation(
            agent: agent, date: next.date, rule: .forwardRotation,
            measured: Double(next.kind.rank), limit: Double(previous.kind.rank),
            detail: "\(previous.kind.rawValue) → \(next.kind.rawValue) without a day off"))
      }
    }
    let workDates = Array(Set(shifts.map(\.date))).sorted()
    found += runs(workDates, limit: rules.maxConsecutiveDays) { date, length in
      RuleViolation(
        agent: agent, date: date, rule: .consecutiveDays, measured: Double(length),
        limit: Double(rules.maxConsecutiveDays),
        detail: "\(length) days in a row > \(rules.maxConsecutiveDays)")
    }
    let nightDates = Array(Set(shifts.filter { $0.kind == .night }.map(\.date))).sorted()
    found += runs(nightDates, limit: rules.maxNightsInARow) { date, length in
      RuleViolation(
        agent: agent, date: date, rule: .nightsInARow, measured: Double(length),
        limit: Double(rules.maxNightsInARow),
        detail: "\(length) nights in a row > \(rules.maxNightsInARow)")
    }
    return found
  }

  /// One violation per run of consecutive dates longer than `limit`, dated on the first
  /// date past the limit.
  func runs(
    _ dates: [LocalDate], limit: Int, make: (LocalDate, Int) -> RuleViolation
  ) -> [RuleViolation] {
    var found: [RuleViolation] = []
    var start = 0
    for index in dates.indices {
      let endsRun =
        index == dates.count - 1 || dates[index + 1].dayNumber != dates[index].dayNumber + 1
      guard endsRun else { continue }
      let length = index - start + 1
      if length > limit { found.append(make(dates[start + limit], length)) }
      start = index + 1
    }
    return found
  }
}
