import Foundation
import Queueing

/// Puts named agents (or numbered placeholders) on the crews of a rotation for N weeks.
///
/// Agents of a region are dealt to that region's crews in the order given (agent k to crew
/// k mod crews); a catalogue pattern (crews without a region) is run once per region. With
/// one agent per crew over whole cycles every agent works every crew's days once, so
/// weekends, nights and lates are equal; over part of a cycle they differ by what the pattern
/// puts in those weeks, and `RosterPlan.fairnessSpread` reports it. Crews without an agent
/// become gaps; agents beyond one per crew double a crew (noted). Unavailable dates are
/// covered by the free agent of the same region with the fewest hours who keeps the rest
/// and consecutive-day rules; a shift nobody can cover becomes a gap.
public enum RosterBuilder {
  /// The default first day: the Monday after 2027-01-01, i.e. 2027-01-04. A fixed date (not
  /// "today") keeps every output byte-for-byte reproducible.
  public static let defaultStartDate = LocalDate(dayNumber: 20_822)

  /// `Agent 01`, `Agent 02`, … in `region` with the default 40 h contract.
  public static func placeholders(count: Int, region: String) -> [Agent] {
    (0..<max(0, count)).map { index in
      let number = index + 1
      return Agent(
        name: "Agent " + (number < 10 ? "0" : "") + "\(number)", role: .agent, region: region,
        contractHours: TimeSpan(seconds: 40 * 3600))
    }
  }

  /// The roster of `rotation` for `weeks` weeks from the Monday on or before `start`.
  /// - Complexity: O(agents × days) plus O(conflicts × agents) for unavailable dates.
  public static func build(
    rotation: Rotation, agents: [Agent], regions: [Region], rules: LabourRules,
    start: LocalDate = defaultStartDate, weeks: Int
  ) -> RosterPlan {
    let monday = start.monday
    let days = 7 * max(0, weeks)
    var notes: [String] = []
    var zones: [String: TimeZone] = [:]
    for region in regions {
      if let zone = TimeZone(identifier: region.timeZone) {
        zones[region.name] = zone
      } else {
        notes.append("region \(region.name): unknown time zone \(region.timeZone); using UTC")
      }
    }
    var assignments: [RosterAssignment] = []
    var gaps: [RosterGap] = []
    var loads: [AgentLoad] = []
    let regionNames = regions.map(\.name)
    let agents = agents.isEmpty ? defaultAgents(rotation, regions: regionNames) : agents
    for regionName in regionNames {
      let zone = zones[regionName] ?? TimeZone(identifier: "UTC") ?? TimeZone.current
      let crews = rotation.crews.enumerated().filter {
        $0.element.region.isEmpty || $0.element.region == regionName
      }
      let members = agents.filter { $0.region == regionName }
      guard !crews.isEmpty, !(members.isEmpty && crews.allSatisfy { $0.element.region.isEmpty })
      else { continue }
      if members.count > crews.count {
        notes.append(
          "\(regionName): \(members.count) agents on \(crews.count) crews; "
            + "crews share agents (k mod \(crews.count))")
      }
      var regionShifts: [[RosterAssignment]] = Array(repeating: [], count: members.count)
      for (position, (_, crew)) in crews.enumerated() {
        let crewMembers = members.indices.filter { $0 % crews.count == position }
        for day in 0..<days {
          let cycle = crew.days.count
          guard cycle > 0, let shift = crew.days[day % cycle] else { continue }
          let date = monday.adding(days: day)
          let reason =
            "crew \(crew.name), day \(day % cycle + 1) of the \(cycle)-day \(rotation.name) cycle"
          let timed = instants(shift, on: date, clock: rotation.clock, zone: zone)
          if crewMembers.isEmpty {
            gaps.append(
              RosterGap(
                region: regionName, date: timed.localDate, shift: shift.label,
                start: timed.start, end: timed.end, reason: "crew \(crew.name) has no agent",
                timeZone: zone, breaks: timed.breaks))
          }
          for member in crewMembers {
            let agent = members[member]
            regionShifts[member].append(
              RosterAssignment(
                agent: agent.name, role: agent.role, region: regionName, timeZone: zone,
                date: timed.localDate, start: timed.start, end: timed.end, shift: shift.label,
                breaks: timed.breaks, reason: reason))
          }
        }
      }
      let covered = UnavailabilityCover(rules: rules, agents: members, shifts: regionShifts)
        .resolve()
      gaps += covered.gaps
      for (index, agent) in members.enumerated() {
        let crewName = crews.isEmpty ? "" : crews[index % crews.count].element.name
        loads.append(load(agent, crew: crewName, shifts: covered.shifts[index]))
        assignments += covered.shifts[index]
      }
    }
    for agent in agents where !regionNames.contains(agent.region) {
      notes.append("\(agent.name): region \(agent.region) is not in the scenario; not rostered")
    }
    assignments.sort { ($0.start, $0.agent) < ($1.start, $1.agent) }
    gaps.sort { ($0.start, $0.region) < ($1.start, $1.region) }
    return RosterPlan(
      assignments: assignments, gaps: gaps, notes: notes,
      loads: explain(loads), startDate: monday, weeks: max(0, weeks))
  }

  /// Start, end, local date and breaks of `shift` on cycle date `date`.
  ///
  /// Local clock: start and end are wall-clock times (a 22:00–06:00 night is 7 h or 9 h on
  /// the nights clocks change). UTC clock: the end is start + length; the local date is the
  /// local date of the start.
  static func instants(
    _ shift: RotationShift, on date: LocalDate, clock: Rotation.Clock, zone: TimeZone
  ) -> (start: Date, end: Date, localDate: LocalDate, breaks: [RosterBreak]) {
    switch clock {
    case .local:
      func at(_ minute: Int) -> Date {
        LocalDateTime(date: date, minute: shift.startMinute + minute).instant(in: zone)
      }
      let breaks = shift.breaks.map {
        RosterBreak(
          start: at($0.offsetMinutes), end: at($0.offsetMinutes + $0.lengthMinutes),
          paid: $0.paid)
      }
      return (at(0), at(shift.lengthMinutes), date, breaks)
    case .utc:
      let seconds = date.dayNumber * 86_400 + shift.startMinute * 60
      let start = Date(timeIntervalSince1970: Double(seconds))
      func at(_ minute: Int) -> Date { start.addingTimeInterval(Double(minute * 60)) }
      let breaks = shift.breaks.map {
        RosterBreak(
          start: at($0.offsetMinutes), end: at($0.offsetMinutes + $0.lengthMinutes),
          paid: $0.paid)
      }
      let local = LocalDateTime(instant: start, zone: zone).date
      return (start, at(shift.lengthMinutes), local, breaks)
    }
  }

  /// One placeholder per crew: per region for generated crews, in the first region for a
  /// catalogue pattern; numbered across regions.
  static func defaultAgents(_ rotation: Rotation, regions: [String]) -> [Agent] {
    var result: [Agent] = []
    for region in regions {
      let count = rotation.crews.filter { $0.region == region }.count
        + (region == regions.first ? rotation.crews.filter { $0.region.isEmpty }.count : 0)
      let numbered = placeholders(count: result.count + count, region: region)
      result += numbered.dropFirst(result.count)
    }
    return result
  }

  static func load(_ agent: Agent, crew: String, shifts: [RosterAssignment]) -> AgentLoad {
    var weekends = Set<Int>()
    var nights = 0
    var lates = 0
    var minutes = 0
    for shift in shifts {
      let weekday = shift.date.weekday
      if weekday == .sat || weekday == .sun { weekends.insert(shift.date.monday.dayNumber) }
      switch shift.kind {
      case .night: nights += 1
      case .swing: lates += 1
      case .day: break
      }
      minutes += shift.paidMinutes
    }
    return AgentLoad(
      agent: agent.name, region: agent.region, crew: crew, shifts: shifts.count,
      hours: Double(minutes) / 60, weekendsWorked: weekends.count, nights: nights, lates: lates,
      explanation: "")
  }

  /// Fills each load's explanation with its counts against the region's range.
  static func explain(_ loads: [AgentLoad]) -> [AgentLoad] {
    let byRegion = Dictionary(grouping: loads, by: \.region)
    return loads.map { load in
      var load = load
      let group = byRegion[load.region] ?? [load]
      func range(_ value: (AgentLoad) -> Int) -> String {
        "\(group.map(value).min() ?? 0)–\(group.map(value).max() ?? 0)"
      }
      load.explanation =
        "crew \(load.crew): \(load.shifts) shifts, \(hoursText(load.hours)); "
        + "weekends worked \(load.weekendsWorked) (region \(range(\.weekendsWorked))), "
        + "nights \(load.nights) (\(range(\.nights))), lates \(load.lates) (\(range(\.lates)))"
      return load
    }
  }
}
