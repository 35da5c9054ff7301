import Foundation
import Planning
import Queueing
import Testing

@testable import Reports

/// RFC 5545 output of roster calendars, checked structurally.
struct CalendarTests {
  static let rules = LabourRules(
    minRestBetweenShifts: TimeSpan(seconds: 11 * 3600),
    minWeeklyRest: TimeSpan(seconds: 35 * 3600), maxConsecutiveDays: 6,
    maxHoursPerWeek: TimeSpan(seconds: 48 * 3600),
    maxAverageHoursPerWeek: TimeSpan(seconds: 40 * 3600), consecutiveDaysOff: 2,
    weekendOffEveryWeeks: 3, maxNightsInARow: 4, forwardRotation: true)

  static func region(_ name: String, _ zone: String) -> Region {
    Region(name: name, timeZone: zone, share: Percentage(fraction: ExactDecimal(1)))
  }

  /// Two regions (Chicago and Dublin) on the metropolitan pattern for the weeks around both
  /// spring changes, with a name that needs escaping and multi-byte characters.
  static func plan() -> RosterPlan {
    let rotation = RotationCatalogue.pattern(named: "metropolitan")
      ?? Rotation(name: "", clock: .local, cycleDays: 0, crews: [])
    let agents = ["Zoë Ó Súilleabháin, \"ZÓS\"", "Bo; Li", "Cy\\D", "Di"].map {
      Agent(name: $0, role: .agent, region: "amer", contractHours: TimeSpan(seconds: 144_000))
    } + ["Éamonn", "Fí", "Gé", "Hú"].map {
      Agent(name: $0, role: .agent, region: "emea", contractHours: TimeSpan(seconds: 144_000))
    }
    let start = LocalDate(year: 2027, month: 3, day: 8) ?? RosterBuilder.defaultStartDate
    return RosterBuilder.build(
      rotation: rotation, agents: agents,
      regions: [region("amer", "America/Chicago"), region("emea", "Europe/Dublin")],
      rules: rules, start: start, weeks: 4)
  }

  @Test func escapesText() {
    // RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped.
    #expect(ICalendarText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
  }

  @Test func foldsAt75OctetsWithoutSplittingCharacters() {
    let line = "SUMMARY:" + String(repeating: "é", count: 100)  // 8 + 200 octets
    let folded = ICalendarText.fold(line)
    let physical = folded.components(separatedBy: "\r\n").dropLast()
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    // "SUMMARY:" is 8 octets and é 2: 8 + 2 × 33 = 74, one more é would make 76, so the
    // first line stops at 74 rather than splitting é.
    #expect(physical.first?.utf8.count == 74)
    // Unfolding (§3.1: remove CRLF + one space) gives the line back.
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
  }

  @Test func calendarsAreStructurallyValid() {
    let files = RosterCalendar.files(for: Self.plan())
    #expect(files.count == 9)  // eight agents + team.ics
    for (path, text) in files {
      #expect(path.hasPrefix("calendars/") && path.hasSuffix(".ics"))
      #expect(text.hasSuffix("\r\n"))
      // CRLF only: no LF without CR before it.
      #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
      let lines = text.components(separatedBy: "\r\n").dropLast()
      #expect(lines.allSatisfy { $0.utf8.count <= 75 })
      let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        .components(separatedBy: "\r\n").dropLast()
      var stack: [String] = []
      var balanced = true
      for line in unfolded {
        if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
        if line.hasPrefix("END:") {
          balanced = balanced && stack.popLast() == String(line.dropFirst(4))
        }
      }
      #expect(balanced && stack.isEmpty)
      let tzids = unfolded.filter { $0.hasPrefix("TZID:") }
      #expect(Set(tzids).count == tzids.count)
      let used = Set(unfolded.compactMap { line -> String? in
        guard line.hasPrefix("DTSTART;TZID=") else { return nil }
        return String(line.dropFirst(13).prefix { $0 != ":" })
      })
      #expect(Set(tzids.map { String($0.dropFirst(5)) }) == used)
      let uids = unfolded.filter { $0.hasPrefix("UID:") }
      #expect(Set(uids).count == uids.count)
    }
    let team = files["calendars/team.ics"] ?? ""
    #expect(team.contains("TZID:America/Chicago\r\n") && team.contains("TZID:Europe/Dublin\r\n"))
    // DTSTAMP fixed to the plan's first day (2027-03-08) at midnight UTC.
    #expect(team.contains("DTSTAMP:20270308T000000Z\r\n"))
  }

  @Test func sameInputSameBytes() {
    #expect(RosterCalendar.files(for: Self.plan()) == RosterCalendar.files(for: Self.plan()))
  }

  @Test func timeZoneTransitionsFromFoundation() throws {
    let chicago = try #require(TimeZone(identifier: "America/Chicago"))
    let lines = VTimeZoneBuilder.lines(zone: chicago, years: 2027...2027)
    // US rules (Energy Policy Act 2005): 2027-03-14 02:00 CST → CDT and
    // 2027-11-07 02:00 CDT → CST.
    let text = lines.joined(separator: "\n")
    #expect(text.contains(
      "BEGIN:DAYLIGHT\nDTSTART:20270314T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500"))
    #expect(text.contains(
      "BEGIN:STANDARD\nDTSTART:20271107T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600"))
    let dublin = try #require(TimeZone(identifier: "Europe/Dublin"))
    let irish = VTimeZoneBuilder.lines(zone: dublin, years: 2027...2027).joined(separator: "\n")
    // EU rules (Directive 2000/84/EC): 01:00 UTC on 2027-03-28 and 2027-10-31.
    #expect(irish.contains(
      "BEGIN:DAYLIGHT\nDTSTART:20270328T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100"))
    #expect(irish.contains(
      "BEGIN:STANDARD\nDTSTART:20271031T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000"))
    // Japan has had no DST since 1951: one STANDARD at +09:00.
    let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
    let japan = VTimeZoneBuilder.lines(zone: tokyo, years: 2027...2027)
    #expect(japan.filter { $0.hasPrefix("BEGIN:") }.count == 2)
    #expect(japan.contains("TZOFFSETTO:+0900"))
  }

  @Test func nightOnTheSpringChangeEndsAt0700LocalTime() {
    let plan = Self.plan()
    let team = RosterCalendar.calendar(
      name: "t", assignments: plan.assignments, startDate: plan.startDate, team: true)
    // Metropolitan N is 23:00–07:00; the Chicago night of Saturday 2027-03-13 ends at 07:00
    // CDT on the 14th: 7 h of real time, written as wall times with TZID.
    #expect(team.contains(
      "DTSTART;TZID=America/Chicago:20270313T230000\r\n"
        + "DTEND;TZID=America/Chicago:20270314T070000"))
  }

  /// Writes the calendars to `$STAFFPLAN_ICS_DIR` for an external parser (see the report);
  /// does nothing unless the variable is set.
  @Test func exportForExternalValidation() throws {
    guard let directory = ProcessInfo.processInfo.environment["STAFFPLAN_ICS_DIR"] else { return }
    for (path, text) in RosterCalendar.files(for: Self.plan()) {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }
}
