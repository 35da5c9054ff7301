import Foundation

/// A calendar date without a time zone (proleptic Gregorian), e.g. `2027-03-14`.
///
/// Held as days since 1970-01-01 so that date arithmetic and weekdays need no `Calendar`.
/// Conversion: Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms (public
/// domain, "chrono-Compatible Low-Level Date Algorithms").
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01 (a Thursday); negative before.
  public var dayNumber: Int

  public init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// The date `year-month-day`; `nil` when the day does not exist (e.g. 2027-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month, of: year) else {
      return nil
    }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    dayNumber = era * 146_097 + dayOfEra - 719_468
  }

  /// Parses `YYYY-MM-DD`.
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// (year, month, day).
  public var components: (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The weekday; 1970-01-01 was a Thursday.
  public var weekday: Weekday {
    let index = ((dayNumber + 3) % 7 + 7) % 7
    return Weekday.allCases[index]
  }

  /// The Monday on or before this date.
  public var monday: LocalDate { adding(days: -weekday.index) }

  public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    return LocalDate.pad(year, 4) + "-" + LocalDate.pad(month, 2) + "-" + LocalDate.pad(day, 2)
  }

  /// `YYYYMMDD` (RFC 5545 DATE).
  public var compact: String {
    let (year, month, day) = components
    return LocalDate.pad(year, 4) + LocalDate.pad(month, 2) + LocalDate.pad(day, 2)
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(abs(value))
    let zeros = String(repeating: "0", count: max(0, width - text.count))
    return (value < 0 ? "-" : "") + zeros + text
  }
}

/// A wall-clock date and time in some zone, to the minute; minute may exceed 1440 to mean
/// "the next day" before normalisation.
public struct LocalDateTime: Sendable, Hashable, CustomStringConvertible {
  public var date: LocalDate
  /// Minutes after local midnight, 0..<1440.
  public var minute: Int

  public init(date: LocalDate, minute: Int) {
    let carry = minute >= 0 ? minute / 1440 : (minute - 1439) / 1440
    self.date = date.adding(days: carry)
    self.minute = minute - carry * 1440
  }

  /// `YYYY-MM-DDTHH:MM:00`.
  public var description: String {
    "\(date)T" + LocalDate.pad(minute / 60, 2) + ":" + LocalDate.pad(minute % 60, 2) + ":00"
  }

  /// `YYYYMMDDTHHMM00` (RFC 5545 local DATE-TIME).
  public var compact: String {
    date.compact + "T" + LocalDate.pad(minute / 60, 2) + LocalDate.pad(minute % 60, 2) + "00"
  }

  /// The wall-clock time of `instant` in `zone`.
  public init(instant: Date, zone: TimeZone) {
    let seconds = Int((instant.timeIntervalSince1970).rounded(.down))
      + zone.secondsFromGMT(for: instant)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    self.init(date: LocalDate(dayNumber: days), minute: (seconds - days * 86_400) / 60)
  }

  /// The instant this wall-clock time names in `zone`.
  ///
  /// Ambiguous times (the repeated hour when clocks go back) resolve to the first
  /// occurrence; times that do not exist (the skipped hour) move forward by the gap, as a
  /// wall clock would. Found by two fixed-point steps on the zone offset.
  public func instant(in zone: TimeZone) -> Date {
    let wall = Double(date.dayNumber * 86_400 + minute * 60)
    let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 86_400))
    var guess = Date(timeIntervalSince1970: wall - Double(before))
    let offset = zone.secondsFromGMT(for: guess)
    if offset != before {
      guess = Date(timeIntervalSince1970: wall - Double(offset))
      // In the skipped hour neither offset maps back to the wall time: keep the earlier
      // offset, which lands after the gap (02:30 → 03:30 in spring).
      if zone.secondsFromGMT(for: guess) != offset {
        guess = Date(timeIntervalSince1970: wall - Double(before))
      }
    }
    return guess
  }
}

/// `+HH:MM` / `-HH:MM` for an offset in seconds.
func isoOffset(_ seconds: Int) -> String {
  let sign = seconds < 0 ? "-" : "+"
  let minutes = abs(seconds) / 60
  return sign + LocalDate.pad(minutes / 60, 2) + ":" + LocalDate.pad(minutes % 60, 2)
}

/// `2027-01-04T22:00:00-06:00`: the wall time of `instant` in `zone` with its offset.
public func isoLocalTime(_ instant: Date, zone: TimeZone) -> String {
  LocalDateTime(instant: instant, zone: zone).description
    + isoOffset(zone.secondsFromGMT(for: instant))
}
