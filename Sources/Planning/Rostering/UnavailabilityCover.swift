import Foundation

/// Moves the shifts agents cannot work (unavailable dates) to free colleagues, or marks gaps.
///
/// The cover is the agent of the same region who has no shift that date, is available,
/// keeps `minRestBetweenShifts` to both neighbouring shifts and `maxConsecutiveDays`, breaks
/// no other labour rule with the extra shift (judged by `LabourRuleChecker` over the
/// roster's weeks), and has the fewest worked minutes so far (ties: the order given). Never
/// drops a shift silently: what cannot be covered is returned as a gap.
struct UnavailabilityCover {
  var rules: LabourRules
  var agents: [Agent]
  /// Per agent, sorted by start.
  var shifts: [[RosterAssignment]]

  /// - Complexity: O(conflicts × agents × log shifts) after O(shifts) indexing.
  func resolve() -> (shifts: [[RosterAssignment]], gaps: [RosterGap]) {
    var shifts = self.shifts
    var gaps: [RosterGap] = []
    let unavailable = agents.map { Set($0.unavailable.compactMap { LocalDate(parsing: $0) }) }
    var minutes = shifts.map { $0.reduce(0) { $0 + $1.paidMinutes } }
    let dates = shifts.joined().map(\.date)
    let horizon = dates.min().flatMap { first in dates.max().map { first...$0 } }
    for index in agents.indices where !unavailable[index].isEmpty {
      let conflicts = shifts[index].filter { unavailable[index].contains($0.date) }
      guard !conflicts.isEmpty else { continue }
      shifts[index].removeAll { unavailable[index].contains($0.date) }
      minutes[index] = shifts[index].reduce(0) { $0 + $1.paidMinutes }
      for shift in conflicts {
        let candidates = agents.indices.filter { other in
          other != index && !unavailable[other].contains(shift.date)
            && fits(shift, into: shifts[other], horizon: horizon)
        }
        guard let cover = candidates.min(by: { minutes[$0] < minutes[$1] }) else {
          gaps.append(
            RosterGap(
              region: shift.region, date: shift.date, shift: shift.shift, start: shift.start,
              end: shift.end,
              reason: "\(shift.agent) unavailable; no free agent keeps the labour rules",
              timeZone: shift.timeZone, breaks: shift.breaks))
          continue
        }
        var moved = shift
        moved.agent = agents[cover].name
        moved.role = agents[cover].role
        moved.reason = "covers \(shift.agent) (unavailable \(shift.date)); fewest hours among "
          + "free agents keeping every labour rule"
        let position = shifts[cover].firstIndex { $0.start > moved.start } ?? shifts[cover].count
        shifts[cover].insert(moved, at: position)
        minutes[cover] += moved.paidMinutes
      }
    }
    return (shifts, gaps)
  }

  /// Whether `shift` can join `existing` (sorted) without a same-date shift, rest below the
  /// minimum, a run of work days above the maximum, or any other rule broken that was kept.
  /// - Complexity: O(shifts of the agent × log) for the checker, after the quick tests.
  func fits(
    _ shift: RosterAssignment, into existing: [RosterAssignment],
    horizon: ClosedRange<LocalDate>? = nil
  ) -> Bool {
    let minRest = rules.minRestBetweenShifts.seconds
    let dates = Set(existing.map(\.date.dayNumber))
    guard !dates.contains(shift.date.dayNumber) else { return false }
    let position = existing.firstIndex { $0.start > shift.start } ?? existing.count
    if position > 0, shift.start.timeIntervalSince(existing[position - 1].end) < minRest {
      return false
    }
    if position < existing.count, existing[position].start.timeIntervalSince(shift.end) < minRest
    {
      return false
    }
    var run = 1
    var day = shift.date.dayNumber - 1
    while dates.contains(day) {
      run += 1
      day -= 1
    }
    day = shift.date.dayNumber + 1
    while dates.contains(day) {
      run += 1
      day += 1
    }
    guard run <= rules.maxConsecutiveDays else { return false }
    // Weekly rest, days off together, weekends, nights, average hours, forward rotation:
    // the extra shift may not break a rule (on a date) that the agent's roster kept.
    let checker = LabourRuleChecker(
      rules: rules, contractHours: LabourRuleChecker.contractHours(of: agents))
    struct Key: Hashable {
      var rule: RuleViolation.Rule
      var date: LocalDate
    }
    let before = Set(
      checker.check(existing, horizon: horizon).map { Key(rule: $0.rule, date: $0.date) })
    var joined = shift
    if let owner = existing.first { joined.agent = owner.agent }  // the checker groups by agent
    var with = existing
    with.insert(joined, at: position)
    return checker.check(with, horizon: horizon).allSatisfy {
      before.contains(Key(rule: $0.rule, date: $0.date))
    }
  }
}
