import Foundation

/// Moves the shifts agents cannot work (unavailable dates) to free colleagues, or marks gaps.
///
/// The cover is the agent of the same region who has no shift that date, is available,
/// keeps `minRestBetweenShifts` to both neighbouring shifts and `maxConsecutiveDays`, and has
/// the fewest worked minutes so far (ties: the order given). Never drops a shift silently:
/// what cannot be covered is returned as a gap.
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
    for index in agents.indices where !unavailable[index].isEmpty {
      let conflicts = shifts[index].filter { unavailable[index].contains($0.date) }
      guard !conflicts.isEmpty else { continue }
      shifts[index].removeAll { unavailable[index].contains($0.date) }
      minutes[index] = shifts[index].reduce(0) { $0 + $1.paidMinutes }
      for shift in conflicts {
        let candidates = agents.indices.filter { other in
          other != index && !unavailable[other].contains(shift.date)
            && fits(shift, into: shifts[other])
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
          + "free agents keeping rest and consecutive-day rules"
        let position = shifts[cover].firstIndex { $0.start > moved.start } ?? shifts[cover].count
        shifts[cover].insert(moved, at: position)
        minutes[cover] += moved.paidMinutes
      }
    }
    return (shifts, gaps)
  }

  /// Whether `shift` can join `existing` (sorted) without a same-date shift, rest below the
  /// minimum or a run of work days above the maximum.
  func fits(_ shift: RosterAssignment, into existing: [RosterAssignment]) -> Bool {
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
    return run <= rules.maxConsecutiveDays
  }
}
