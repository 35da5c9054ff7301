import Foundation
import Queueing
import Testing

@testable import Planning

/// `roster.csv` reading: the issue's format and errors that name line and column.
struct RosterCSVTests {
  static let regions = [
    Region(name: "amer", timeZone: "America/Chicago", share: Percentage(fraction: ExactDecimal(1)))
  ]
  static let breaks = [
    BreakRule(
      name: "rest", length: TimeSpan(seconds: 900), paid: true,
      earliest: TimeSpan(seconds: 3600), latest: TimeSpan(seconds: 10_800)),
    BreakRule(
      name: "meal", length: TimeSpan(seconds: 1800), paid: false,
      earliest: TimeSpan(seconds: 10_800), latest: TimeSpan(seconds: 18_000)),
  ]
  static let header = "agent,role,region,date,start,end,shift,breaks\n"

  @Test func readsANightShiftWithBreaks() throws {
    let text = Self.header
      + "Ada Byrne,agent,amer,2027-01-04,2027-01-04T22:00:00-06:00,2027-01-05T06:00:00-06:00,N,"
      + "23:30-23:45;02:00-02:30\n"
    let roster = try RosterCSV.parse(text, regions: Self.regions, breakRules: Self.breaks)
    let shift = try #require(roster.first)
    // 22:00 −06:00 is 04:00 UTC on the 5th: 2027-01-05 is day 20823 since 1970-01-01.
    #expect(shift.start.timeIntervalSince1970 == Double(20_823 * 86_400 + 4 * 3600))
    #expect(shift.elapsedMinutes == 480)
    // 15 min rest paid, 30 min meal unpaid (the scenario's break rules): 480 − 30 = 450.
    #expect(shift.paidMinutes == 450)
    #expect(shift.breaks.map(\.paid) == [true, false])
    // The meal at 02:00 is the next morning: 4 h after the 22:00 start.
    #expect(shift.breaks[1].start.timeIntervalSince(shift.start) == 4 * 3600)
    #expect(RosterCSV.render(roster) == text)
  }

  @Test func openShiftsAreRowsWithAgentOPENInStartOrder() throws {
    let text = Self.header
      + "Ada Byrne,agent,amer,2027-01-04,2027-01-04T08:00:00-06:00,2027-01-04T16:00:00-06:00,D,\n"
      + "Ada Byrne,agent,amer,2027-01-06,2027-01-06T08:00:00-06:00,2027-01-06T16:00:00-06:00,D,\n"
    let roster = try RosterCSV.parse(text, regions: Self.regions, breakRules: Self.breaks)
    let zone = try #require(TimeZone(identifier: "America/Chicago"))
    // 2027-01-05 is day 20823; 22:00 −06:00 is 04:00 UTC the next day.
    let start = Date(timeIntervalSince1970: Double(20_824 * 86_400 + 4 * 3600))
    let gap = RosterGap(
      region: "amer", date: try #require(LocalDate(parsing: "2027-01-05")), shift: "N",
      start: start, end: start.addingTimeInterval(8 * 3600), reason: "crew C has no agent",
      timeZone: zone)
    #expect(gap.description == "2027-01-05 amer N 22:00–06:00 local: crew C has no agent")
    let written = RosterCSV.render(roster, gaps: [gap])
    #expect(
      written.split(separator: "\n")[2]
        == "OPEN,agent,amer,2027-01-05,2027-01-05T22:00:00-06:00,2027-01-06T06:00:00-06:00,N,")
    // The file reads back: the open shift is a row like any other.
    let back = try RosterCSV.parse(written, regions: Self.regions, breakRules: Self.breaks)
    #expect(back.map(\.agent) == ["Ada Byrne", "OPEN", "Ada Byrne"])
  }

  @Test func malformedRowsNameLineAndColumn() {
    let text = Self.header
      + "Ada,agent,amer,2027-01-04,2027-01-04T07:00:00-05:00,2027-01-04T15:00:00-06:00,D,\n"
      + "Bea,agent,mars,2027-01-04,2027-01-04T07:00:00-06:00,2027-01-04T15:00:00-06:00,D,\n"
      + "Cai,agent,amer,2027-01-04,7am,2027-01-04T15:00:00-06:00,D,\n"
      + "Dov,agent,amer,2027-01-04\n"
    do {
      _ = try RosterCSV.parse(text, regions: Self.regions, breakRules: Self.breaks)
      Issue.record("expected errors")
    } catch {
      // Columns by counting characters in the rows above (1-based).
      #expect(error.problems.map { "\($0.line):\($0.column)" } == ["2:27", "3:11", "4:27", "5:16"])
      #expect(error.problems[0].message.contains("offset -05:00 does not match America/Chicago"))
      #expect(error.problems[1].message.hasPrefix("unknown region mars"))
      #expect(error.problems[3].message.hasPrefix("4 fields; expected 8"))
    }
  }

  @Test func checksAHandMadeRoster() throws {
    // Mon 14:00–22:00 then Tue 06:00: 22:00 → 06:00 is 8 h of rest.
    let text = Self.header
      + "Ada,agent,amer,2027-01-04,2027-01-04T14:00:00-06:00,2027-01-04T22:00:00-06:00,S,\n"
      + "Ada,agent,amer,2027-01-05,2027-01-05T06:00:00-06:00,2027-01-05T14:00:00-06:00,D,\n"
    let roster = try RosterCSV.parse(text, regions: Self.regions, breakRules: Self.breaks)
    let found = LabourRuleChecker(rules: LabourRuleCheckerTests.rules).check(roster)
    let expected = "Ada 2027-01-05 rest between shifts: rest 8 h < 11 h"
    #expect(found.map(\.description).contains(expected))
  }
}
