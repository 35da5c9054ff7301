public import Planning

/// Renders the schedule stage: the summary (text and JSON) and `coverage.csv`.
public enum ScheduleReport {
  /// `coverage.csv`: `day,time,channel,required,scheduled` per interval (UTC), the blended
  /// first-line team first (`first-line`), then each channel it serves.
  public static func coverageCSV(_ schedule: WeeklySchedule) -> String {
    var text = CSVText.row(CoverageFile.header)
    let minutes = schedule.requirement.intervalMinutes
    let perDay = 1440 / minutes
    let team = schedule.shiftPlan.coverage
    for (index, interval) in team.enumerated() {
      text += CSVText.row([
        Weekday.allCases[(index / perDay) % 7].rawValue,
        TimeOfDay(minutes: (index % perDay) * minutes).description, "first-line",
        String(Int(interval.required.rounded(.up))), String(Int(interval.scheduled.rounded(.down))),
      ])
    }
    for channel in schedule.coverageByChannel {
      for index in channel.required.indices {
        text += CSVText.row([
          Weekday.allCases[(index / perDay) % 7].rawValue,
          TimeOfDay(minutes: (index % perDay) * minutes).description, channel.channel.rawValue,
          String(channel.required[index]), String(channel.scheduled[index]),
        ])
      }
    }
    return text
  }

  /// The shifts by start and length, paid hours, bound and gap, coverage, violations and
  /// fairness, as a planner reads them.
  public static func text(_ schedule: WeeklySchedule) -> String {
    let plan = schedule.shiftPlan
    var lines = ["Schedule (first-line agents, blended chat + phone + email; times in UTC)", ""]
    lines.append(paidHoursLine(schedule))
    lines.append(
      "Coverage: under \(NumberText.fixed(plan.underCoverageHours, decimals: 2)) agent-hours, "
        + "over \(NumberText.fixed(plan.overCoverageHours, decimals: 2)) agent-hours a week")
    let roster = schedule.roster
    lines.append(
      "Roster: \(Set(roster.assignments.map(\.agent)).count) agents, "
        + "\(schedule.rotation.crews.count) rotation lines, \(roster.weeks) "
        + "week\(roster.weeks == 1 ? "" : "s") from \(roster.startDate); "
        + "\(roster.assignments.count) shifts"
        + (roster.gaps.isEmpty ? "" : " worked, \(roster.gaps.count) open (agent OPEN)"))
    let spread = schedule.roster.fairnessSpread
    lines.append(
      "Fairness spread over the roster (max − min per agent): weekends \(spread.weekends), "
        + "nights \(spread.nights), late shifts \(spread.lates)")
    lines.append(
      "Labour-rule violations in the roster: \(schedule.violations.count)"
        + (schedule.rotationUnmet.isEmpty
          ? "" : "; rotation rules not met: \(schedule.rotationUnmet.count)"))
    lines.append("")
    var table = TextTable(header: ["start", "length", "days", "shifts a week", "paid h each"])
    var grouped: [String: (start: Int, length: Int, days: Set<Int>, count: Int, paid: Double)] = [:]
    for shift in plan.shifts where shift.count > 0 {
      let key = "\(shift.startMinute)-\(shift.lengthMinutes)"
      var entry = grouped[key] ?? (shift.startMinute, shift.lengthMinutes, [], 0, shift.paidHours)
      entry.days.insert(shift.day)
      entry.count += shift.count
      grouped[key] = entry
    }
    for entry in grouped.values.sorted(by: { ($0.start, $0.length) < ($1.start, $1.length) }) {
      table.append([
        TimeOfDay(minutes: entry.start).description,
        NumberText.trimmed(Double(entry.length) / 60) + " h",
        entry.days.sorted().map { Weekday.allCases[$0 % 7].rawValue }.joined(separator: " "),
        String(entry.count), NumberText.trimmed(entry.paid),
      ])
    }
    lines.append(table.rendered())
    lines += problemLines(schedule, limit: 30).map { "  " + $0 }
    for note in schedule.rotationNotes + schedule.roster.notes { lines.append("  note: \(note)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Paid hours a week: 989.0 h (LP lower bound 947.8 h, gap 4.17%); found by CBC within its
  /// 20 s time limit, not proven optimal`: the cost, how far from the best it may be, and who
  /// found it. With uncovered intervals the objective (hours + penalties) is shown, since the
  /// LP bound is a bound on it, not on hours.
  static func paidHoursLine(_ schedule: WeeklySchedule) -> String {
    let plan = schedule.shiftPlan
    let limit = NumberText.trimmed(schedule.timeLimitSeconds) + " s"
    let proven = plan.gap <= 1e-9
    let origin: String
    switch (plan.foundBy, schedule.timeLimitSeconds > 0) {
    case (.solver, _):
      origin =
        proven
        ? "found by CBC, proven optimal"
        : "found by CBC within its \(limit) time limit, not proven optimal"
    case (.heuristic, true):
      origin = proven
        ? "found by the heuristic, proven optimal"
        : "found by the heuristic; CBC found nothing cheaper within \(limit)"
    case (.heuristic, false):
      origin = "found by the deterministic heuristic (CBC not run)"
    }
    let paid = "Paid hours a week: \(NumberText.fixed(plan.paidHours, decimals: 1)) h"
    let bound = "gap \(NumberText.percent(plan.gap))); " + origin
    let lower = NumberText.fixed(plan.lowerBound, decimals: 1)
    guard abs(plan.objective - plan.paidHours) > 1e-6 else {
      return paid + " (LP lower bound \(lower) h, " + bound
    }
    // Under-coverage penalties are in the objective: its bound is not a bound on hours.
    return paid + "; cost with coverage penalties \(NumberText.fixed(plan.objective, decimals: 1))"
      + " (LP lower bound \(lower), " + bound
  }

  /// What the plan leaves undone, one line each, most important first: intervals not
  /// covered, open shifts, rules no rotation met, roster violations. Long lists are cut
  /// with a count of the rest and where to find them. Empty when the plan is complete.
  public static func problemLines(_ schedule: WeeklySchedule, limit: Int = 10) -> [String] {
    var lines: [String] = []
    func list(_ items: [String], _ prefix: String, _ rest: String) {
      lines += items.prefix(limit).map { prefix + $0 }
      if items.count > limit { lines.append("\(prefix)… \(items.count - limit) more (\(rest))") }
    }
    let shortfalls = schedule.shortfalls
    if !shortfalls.isEmpty {
      let hours = shortfalls.reduce(0) { $0 + $1.agentHours }
      lines.append(
        "not covered: \(shortfalls.count) window\(shortfalls.count == 1 ? "" : "s"), "
          + "\(NumberText.trimmed(hours, decimals: 2)) agent-hours a week; the shift templates "
          + "(shifts: lengths, start_every, days) do not reach them; coverage.csv has each "
          + "interval")
      list(shortfalls.map(\.description), "not covered: ", "coverage.csv")
    }
    let gaps = schedule.roster.gaps
    if !gaps.isEmpty {
      lines.append(
        "open shifts: \(gaps.count), in roster.csv as rows with agent \(RosterGap.openAgent)")
      list(gaps.map(\.description), "open shift: ", "roster.csv, agent \(RosterGap.openAgent)")
    }
    list(schedule.rotationUnmet.map(\.description), "rotation rule not met: ", "--json")
    list(schedule.violations.map(\.description), "violation: ", "--json")
    return lines
  }

  /// One object with at least `paidHours`, `lowerBound`, `gap`, `underCoverageHours`,
  /// `overCoverageHours`, `agents`, `violations`.
  public static func json(_ schedule: WeeklySchedule) -> JSONValue {
    let plan = schedule.shiftPlan
    let spread = schedule.roster.fairnessSpread
    return .object([
      ("paidHours", .number(plan.paidHours)),
      ("lowerBound", .number(plan.lowerBound)),
      ("gap", .number(plan.gap)),
      ("underCoverageHours", .number(plan.underCoverageHours)),
      ("overCoverageHours", .number(plan.overCoverageHours)),
      ("foundBy", .string(plan.foundBy.rawValue)),
      ("status", .string(plan.status)),
      ("agents", .integer(Set(schedule.roster.assignments.map(\.agent)).count)),
      ("rotationLines", .integer(schedule.rotation.crews.count)),
      ("weeks", .integer(schedule.roster.weeks)),
      ("startDate", .string(schedule.roster.startDate.description)),
      ("shifts", .array(plan.shifts.filter { $0.count > 0 }.map { shift in
        .object([
          ("day", .string(Weekday.allCases[shift.day % 7].rawValue)),
          ("start", .string(TimeOfDay(minutes: shift.startMinute).description)),
          ("lengthMinutes", .integer(shift.lengthMinutes)),
          ("count", .integer(shift.count)),
          ("paidHours", .number(shift.paidHours)),
        ])
      })),
      ("complete", .bool(schedule.isComplete)),
      ("notCovered", .array(schedule.shortfalls.map(json))),
      ("violations", .array(schedule.violations.map(RuleViolationReport.json))),
      ("rotationRulesNotMet", .array(schedule.rotationUnmet.map(RuleViolationReport.json))),
      ("gaps", .array(schedule.roster.gaps.map(json))),
      ("fairnessSpread", .object([
        ("weekends", .integer(spread.weekends)), ("nights", .integer(spread.nights)),
        ("lates", .integer(spread.lates)),
      ])),
    ])
  }

  static func json(_ shortfall: CoverageShortfall) -> JSONValue {
    .object([
      ("day", .string(shortfall.day.rawValue)),
      ("start", .string(TimeOfDay(minutes: shortfall.startMinute).description)),
      ("end", .string(TimeOfDay(minutes: shortfall.endMinute).description)),
      ("agentsShort", .integer(shortfall.agents)),
      ("agentHours", .number(shortfall.agentHours)),
      ("channels", .object(shortfall.channels.map { ($0.channel.rawValue, .integer($0.agents)) })),
    ])
  }

  static func json(_ gap: RosterGap) -> JSONValue {
    let open = gap.openShift
    return .object([
      ("region", .string(gap.region)), ("date", .string(gap.date.description)),
      ("shift", .string(gap.shift)), ("start", .string(open.localStart)),
      ("end", .string(open.localEnd)), ("reason", .string(gap.reason)),
    ])
  }
}
