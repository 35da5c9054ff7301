public import Foundation

/// The fixed calendar week on which each region's local time is turned into UTC.
///
/// Profiles and coverage windows are written in local time; plans are in UTC (DESIGN.md §5).
/// The conversion needs real dates because offsets change with daylight saving time, and the
/// output must not depend on the day it is computed, so one week is fixed: Monday 2026-01-12
/// 00:00 UTC to Sunday 2026-01-18 24:00 UTC (ISO week 3 of 2026, the week of 2026-01-15).
/// Northern zones are on standard time then and southern zones on summer time, and no common
/// zone changes its offset inside that week; a scenario may pass another week to see its
/// summer (a week with a change is handled minute by minute, see `localMinutes`).
public struct ReferenceWeek: Sendable, Equatable {
  /// Minutes in a week, 7 × 1440.
  public static let minutesPerWeek = 10_080

  /// Monday 00:00 UTC that starts the week.
  public let mondayUTC: Date

  public init(mondayUTC: Date) { self.mondayUTC = mondayUTC }

  /// ISO week 3 of 2026: Monday 2026-01-12 00:00 UTC (1,768,176,000 s after the epoch).
  public static let standard = ReferenceWeek(mondayUTC: Date(timeIntervalSince1970: 1_768_176_000))

  /// For every UTC minute u of the week (0 = Monday 00:00 UTC), the minute of the local week
  /// it falls on in `timeZone` (0 = local Monday 00:00): (u + offset(u)) mod 10080, with the
  /// offset taken from Foundation's zone database at that instant. Around a daylight-saving
  /// change some local minutes are skipped or repeated.
  /// - Complexity: O(10080) plus one zone lookup per offset change in the week.
  public func localMinutes(timeZone: TimeZone) -> [Int32] {
    let week = Self.minutesPerWeek
    var result = [Int32](repeating: 0, count: week)
    var minute = 0
    while minute < week {
      let instant = mondayUTC.addingTimeInterval(Double(minute) * 60)
      let offsetMinutes = Int((Double(timeZone.secondsFromGMT(for: instant)) / 60).rounded())
      var end = week
      if let change = timeZone.nextDaylightSavingTimeTransition(after: instant) {
        let changeMinute = Int((change.timeIntervalSince(mondayUTC) / 60).rounded(.up))
        if changeMinute > minute { end = min(week, changeMinute) }
      }
      for u in minute..<end {
        let local = (u + offsetMinutes) % week
        result[u] = Int32(local < 0 ? local + week : local)
      }
      minute = end
    }
    return result
  }
}
