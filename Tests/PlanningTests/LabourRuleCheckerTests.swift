import Foundation
import Queueing
import Testing

@testable import Planning

/// One crafted violation per labour rule (DESIGN.md §4 defaults), each amount worked out by
/// hand from the shift times in the comment beside it.
struct LabourRuleCheckerTests {
  static let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
  static let rules = LabourRules(
    minRestBetweenShifts: TimeSpan(seconds: 11 * 3600),
    minWeeklyRest: TimeSpan(seconds: 35 * 3600), maxConsecutiveDays: 6,
    maxHoursPerWeek: TimeSpan(seconds: 48 * 3600),
    maxAverageHoursPerWeek: TimeSpan(seconds: 40 * 3600), consecutiveDaysOff: 2,
    weekendOffEveryWeeks: 3, maxNightsInARow: 4, forwardRotation: true)

  /// A shift on `date` (YYYY-MM-DD, UTC) from `hour` for `hours`.
  static func shift(_ date: String, _ hour: Int, _ hours: Int, _ label: String = "D")
    -> RosterAssignment
  {
    let day = LocalDate(parsing: date) ?? LocalDate(dayNumber: 0)
    let start = Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + hour * 3600))
    return RosterAssignment(
      agent: "Ada", role: .agent, region: "emea", timeZone: utc, date: day, start: start,
      end: start.addingTimeInterval(Double(hours * 3600)), shift: label)
  }

  /// Dates 2027-01-04 (a Monday) + offsets.
  static func day(_ offset: Int) -> String { LocalDate(dayNumber: 20_822 + offset).description }

  func violations(_ roster: [RosterAssignment], _ rule: RuleViolation.Rule) -> [RuleViolation] {
    LabourRuleChecker(rules: Self.rules).check(roster).filter { $0.rule == rule }
  }

  @Test func contractHours() {
    // Two weeks of Mon–Fri 07:00–15:00: 5 × 8 = 40 h a week on average, within the 40 h
    // rule but 8 h over Ada's 32 h contract; an agent without a contract is not judged.
    let roster = (0..<2).flatMap { week in
      (0..<5).map { Self.shift(Self.day(7 * week + $0), 7, 8) }
    }
    let checker = LabourRuleChecker(rules: Self.rules, contractHours: ["Ada": 32])
    let found = checker.check(roster)
    #expect(found.map(\.rule) == [.contractHours])
    #expect(found.map(\.detail) == ["average 40 h over 2 weeks > contract 32 h"])
    #expect(LabourRuleChecker(rules: Self.rules, contractHours: ["Bo": 32]).check(roster).isEmpty)
  }

  @Test func restBetweenShifts() {
    // Mon 14:00–22:00 then Tue 07:00: 22:00 → 07:00 is 9 h.
    let found = violations(
      [Self.shift(Self.day(0), 14, 8, "S"), Self.shift(Self.day(1), 7, 8)], .restBetweenShifts)
    #expect(found.map(\.detail) == ["rest 9 h < 11 h"])
    #expect(found.first?.date.description == "2027-01-05")
  }

  @Test func weeklyRest() {
    // 07:00–15:00 every day of one week: the longest rest is 15:00 → 07:00 = 16 h (the 7 h
    // before Monday 07:00 and the 9 h after Sunday 15:00 are shorter).
    let found = violations((0..<7).map { Self.shift(Self.day($0), 7, 8) }, .weeklyRest)
    #expect(found.map(\.detail) == ["longest rest 16 h < 35 h"])
  }

  @Test func consecutiveDays() {
    // Seven days Mon–Sun: the 7th day breaks the limit of 6.
    let found = violations((0..<7).map { Self.shift(Self.day($0), 7, 8) }, .consecutiveDays)
    #expect(found.map(\.detail) == ["7 days in a row > 6"])
    #expect(found.first?.date.description == "2027-01-10")
  }

  @Test func hoursPerWeek() {
    // Six 9-hour shifts Mon–Sat: 6 × 9 = 54 h.
    let found = violations((0..<6).map { Self.shift(Self.day($0), 7, 9) }, .hoursPerWeek)
    #expect(found.map(\.detail) == ["54 h in the week > 48 h"])
  }

  @Test func averageHours() {
    // Two weeks of five 9-hour shifts Mon–Fri: (45 + 45) / 2 = 45 h a week.
    let roster = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map { Self.shift(Self.day($0), 7, 9) }
    let found = violations(roster, .averageHoursPerWeek)
    #expect(found.map(\.detail) == ["average 45 h over 2 weeks > 40 h"])
    #expect(found.first?.measured == 45)
  }

  @Test func consecutiveDaysOff() {
    // Works Mon, Tue, Thu, Fri, Sun: the off days Wed and Sat are single days.
    let found = violations(
      [0, 1, 3, 4, 6].map { Self.shift(Self.day($0), 7, 8) }, .consecutiveDaysOff)
    #expect(found.map(\.detail) == ["longest run 1 days off < 2"])
  }

  @Test func weekendsOff() {
    // Three weeks, each working Mon–Thu and Sat: no weekend off in the 3-week window.
    let days = (0..<3).flatMap { week in [0, 1, 2, 3, 5].map { 7 * week + $0 } }
    let found = violations(days.map { Self.shift(Self.day($0), 7, 8) }, .weekendsOff)
    #expect(found.map(\.detail) == ["0 weekends off in 3 weeks < 1"])
  }

  @Test func nightsInARow() {
    // Five nights 23:00–07:00 Mon–Fri: the fifth breaks the limit of 4.
    let found = violations(
      (0..<5).map { Self.shift(Self.day($0), 23, 8, "N") }, .nightsInARow)
    #expect(found.map(\.detail) == ["5 nights in a row > 4"])
    #expect(found.first?.date.description == "2027-01-08")
  }

  @Test func forwardRotation() {
    // Mon S 15:00–23:00 then Tue D 07:00: a backward step without a day off.
    let found = violations(
      [Self.shift(Self.day(0), 15, 8, "S"), Self.shift(Self.day(1), 7, 8)], .forwardRotation)
    #expect(found.map(\.detail) == ["S → D without a day off"])
  }

  @Test func fixedDayWeeksBreakNothing() {
    // 24×5 fixed day crew, three weeks: 5 × 8 = 40 h, weekends off, 64 h weekend rest.
    let days = (0..<3).flatMap { week in (0..<5).map { 7 * week + $0 } }
    #expect(LabourRuleChecker(rules: Self.rules).check(days.map { Self.shift(Self.day($0), 7, 8) })
      .isEmpty)
  }
}
