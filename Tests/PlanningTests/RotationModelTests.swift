import Foundation
import Queueing
import Testing

@testable import Planning

/// The rotation MIP (`RotationModel`) repairs a rotation that breaks labour rules. The judge
/// is `LabourRuleChecker` on a concrete roster (dates and instants), a second method
/// independent of the model's rows; coverage is judged against the input mix.
struct RotationModelTests {
  static let rules = LabourRuleCheckerTests.rules
  static let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
  static let region = Region(
    name: "emea", timeZone: "UTC", share: Percentage(fraction: ExactDecimal(1)))

  static let day = RotationShift(label: "D", startMinute: 7 * 60, lengthMinutes: 480, region: "emea")
  static let night = RotationShift(
    label: "N", startMinute: 23 * 60, lengthMinutes: 480, region: "emea")

  /// One day shift (07:00) and one night shift (23:00) of 8 h on each of the 7 days.
  static let daily: [[RotationShift]] = Array(repeating: [day, night], count: 7)

  /// Three lines that cover the mix but break most rules: seven nights in a row, seven days
  /// in a row, no days off, no weekend off for two of the three lines.
  static let broken: [[RotationShift?]] = [
    Array(repeating: night, count: 7), Array(repeating: day, count: 7),
    Array(repeating: nil, count: 7),
  ]

  /// Every line of a rotation worked by one crew over `cycles` cycles, checked as a roster.
  static func rosterViolations(_ lines: [[RotationShift?]], weeks: Int) -> [RuleViolation] {
    let crews = lines.indices.map { index in
      Rotation.Crew(
        name: "line \(index)",
        days: (0..<lines.count).flatMap { lines[(index + $0) % lines.count] }, region: "emea")
    }
    let rotation = Rotation(name: "test", clock: .utc, cycleDays: 7 * lines.count, crews: crews)
    let plan = RosterBuilder.build(
      rotation: rotation, agents: [], regions: [region], rules: rules, weeks: weeks)
    return LabourRuleChecker(rules: rules).check(plan.assignments)
  }

  @Test func theBrokenStartBreaksRules() {
    // The crafted start: the checker finds the runs (7 > 6 days, 7 > 4 nights) among others.
    let found = Self.rosterViolations(Self.broken, weeks: 3)
    #expect(found.contains { $0.rule == .consecutiveDays })
    #expect(found.contains { $0.rule == .nightsInARow })
  }

  @Test func repairsToZeroViolationsAndKeepsCoverage() throws {
    let constructedUnmet = RotationGenerator.check(
      Self.broken, region: "emea", zone: Self.utc, rules: Self.rules, averagingWeeks: 4)
    #expect(!constructedUnmet.isEmpty)
    let repair = RotationGenerator.improve(
      Self.broken, daily: Self.daily, unmet: constructedUnmet, region: "emea", zone: Self.utc,
      rules: Self.rules, averagingWeeks: 4, limits: RotationSolverLimits(seconds: 20))
    #expect(repair.unmet.isEmpty, "\(repair.unmet)")
    // Coverage: the input mix, one D and one N on every day of the week.
    for day in 0..<7 {
      let shifts = repair.lines.compactMap { $0[day] }
      #expect(shifts.filter { $0 == Self.day }.count == 1)
      #expect(shifts.filter { $0 == Self.night }.count == 1)
    }
    // The independent judge: every agent's 4-week roster (each starts on another line) and
    // a roster over two whole cycles break no rule.
    #expect(Self.rosterViolations(repair.lines, weeks: 4).isEmpty)
    #expect(Self.rosterViolations(repair.lines, weeks: 2 * repair.lines.count).isEmpty)
  }

  @Test func aRuleNoRotationCanMeetIsReportedWithTheLinesTried() {
    // Every line that works the 8 h shift works at least 8 h in its week, so a 7 h weekly
    // maximum cannot be met by any number of lines.
    var rules = Self.rules
    rules.maxHoursPerWeek = TimeSpan(seconds: 7 * 3600)
    rules.maxAverageHoursPerWeek = TimeSpan(seconds: 7 * 3600)
    let generated = RotationGenerator.generate(
      mix: [
        ShiftMixEntry(day: .mon, startMinuteUTC: 9 * 60, lengthMinutes: 480, count: 1, region: "emea")
      ], regions: [Self.region], rules: rules, averagingWeeks: 4,
      solver: RotationSolverLimits(seconds: 5, extraLines: 1))
    let hours = generated.unmet.filter { $0.rule == .hoursPerWeek }
    #expect(hours.count == 1)
    #expect(hours.first?.measured == 8)
    #expect(hours.first?.limit == 7)
    #expect(generated.notes.contains { $0.contains("rule breaks remain after the rotation MIP") })
  }

  @Test func aModelAboveTheSizeLimitIsNotSolvedAndSaysSo() {
    let unmet = RotationGenerator.check(
      Self.broken, region: "emea", zone: Self.utc, rules: Self.rules, averagingWeeks: 4)
    let repair = RotationGenerator.improve(
      Self.broken, daily: Self.daily, unmet: unmet, region: "emea", zone: Self.utc,
      rules: Self.rules, averagingWeeks: 4,
      limits: RotationSolverLimits(seconds: 5, extraLines: 2, maxVariables: 60))
    // (3 + 2) lines × 14 shift types a week (D and N on 7 days) = 70 > 60.
    #expect(repair.lines == Self.broken)
    #expect(repair.unmet == unmet)
    #expect(repair.notes.contains { $0.contains("70 placement variables, above its limit of 60") })
  }
}
