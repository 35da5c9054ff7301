import Foundation
import Planning

/// VTIMEZONE components (RFC 5545 §3.6.5) built from Foundation's zone data.
///
/// For the years covered, every transition found with `nextDaylightSavingTimeTransition`
/// becomes one STANDARD or DAYLIGHT observance with TZOFFSETFROM, TZOFFSETTO and DTSTART
/// (local time in the offset before the change, as §3.6.5 requires), without RRULE. The
/// search starts on 1 January of the year before the first covered year so that the
/// observance in force on the first event is present. A change that moves clocks forward is
/// DAYLIGHT, back is STANDARD (by offsets, not by tzdata's DST flag: Europe/Dublin's winter
/// time is "negative DST" in tzdata). A zone without transitions gets one STANDARD from
/// 1970-01-01.
public enum VTimeZoneBuilder {
  /// Content lines (unfolded, without line ends) for `zone` over `years`.
  /// - Complexity: O(transitions in the years).
  public static func lines(zone: TimeZone, years: ClosedRange<Int>) -> [String] {
    let from = instant(year: years.lowerBound - 1)
    let to = instant(year: years.upperBound + 1)
    var result = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
    var cursor = from
    var found = false
    while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < to {
      let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
      let after = zone.secondsFromGMT(for: next)
      cursor = next
      guard before != after else { continue }
      found = true
      let kind = after > before ? "DAYLIGHT" : "STANDARD"
      result += [
        "BEGIN:\(kind)", "DTSTART:\(localCompact(next, offset: before))",
        "TZOFFSETFROM:\(offset(before))", "TZOFFSETTO:\(offset(after))", "END:\(kind)",
      ]
    }
    if !found {
      let fixed = offset(zone.secondsFromGMT(for: from))
      result += [
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(fixed)",
        "TZOFFSETTO:\(fixed)", "END:STANDARD",
      ]
    }
    result.append("END:VTIMEZONE")
    return result
  }

  static func instant(year: Int) -> Date {
    let day = LocalDate(year: year, month: 1, day: 1)?.dayNumber ?? 0
    return Date(timeIntervalSince1970: Double(day) * 86_400)
  }

  /// `YYYYMMDDTHHMMSS` of `instant` in a fixed offset.
  static func localCompact(_ instant: Date, offset seconds: Int) -> String {
    let total = Int(instant.timeIntervalSince1970.rounded(.down)) + seconds
    let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let rest = total - days * 86_400
    let wall = LocalDateTime(date: LocalDate(dayNumber: days), minute: rest / 60)
    let second = rest % 60
    return String(wall.compact.dropLast(2)) + (second < 10 ? "0" : "") + "\(second)"
  }

  /// `+HHMM` / `-HHMM` (UTC-OFFSET, §3.3.14).
  static func offset(_ seconds: Int) -> String {
    let minutes = abs(seconds) / 60
    let hours = minutes / 60
    let rest = minutes % 60
    return (seconds < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours)"
      + (rest < 10 ? "0" : "") + "\(rest)"
  }
}
