import Foundation
import Testing

@testable import Planning

/// The shift matching follows the early-night chain (00:00 and 03:00 starts are nights).
extension RotationGeneratorTests {
  static func shift(_ hour: Int) -> RotationShift {
    let label = ShiftKind.classify(label: "", localStartMinute: hour * 60).rawValue
    return RotationShift(label: label, startMinute: hour * 60, lengthMinutes: 480, region: "emea")
  }

  /// Two lines: A works Monday–Thursday, B Tuesday–Friday; N 00:00 on Monday–Thursday and
  /// D 08:00 on Tuesday–Friday. Counted by hand: sorting by start gives B (off on Monday)
  /// Tuesday's N 00:00 and pushes A up to D 08:00, so A runs N D D D and B N N N D, two
  /// N → D steps without a day off. The chains keep A on nights (N N N N, 4 ≤ 4 in a row)
  /// and give B the day shifts (D D D D): no rule broken.
  @Test func earlyNightsKeepTheirLine() throws {
    let night = Self.shift(0)
    let day = Self.shift(8)
    #expect(night.kind == .night)
    let daily: [[RotationShift]] = [
      [night], [night, day], [night, day], [night, day], [day], [], [],
    ]
    let working = [
      [true, true, true, true, false, false, false],
      [false, true, true, true, true, false, false],
    ]
    let lines = RotationGenerator.assignShifts(daily, working: working, rules: Self.rules)
    #expect(lines[0] == [night, night, night, night, nil, nil, nil])
    #expect(lines[1] == [nil, day, day, day, day, nil, nil])
    let zone = try #require(TimeZone(identifier: "UTC"))
    let broken = RotationGenerator.check(lines, region: "emea", zone: zone, rules: Self.rules)
    #expect(broken.isEmpty, "\(broken)")
  }
}
