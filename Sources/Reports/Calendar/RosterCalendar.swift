import Foundation
import Planning

/// RFC 5545 calendars of a roster: one per agent (`calendars/<agent>.ics`) and the team's
/// (`calendars/team.ics`).
///
/// Reproducible byte for byte: events sorted by start then agent; UIDs derived from agent,
/// local date, shift and local start (`ada-byrne-20270104-d-0700-1a2b3c4d@staffplan`, the
/// last part FNV-1a 32 of the exact agent name so that names differing only in accents or
/// punctuation stay distinct); DTSTAMP fixed to the plan's first day at 00:00:00 UTC
/// (RFC 5545 requires a UTC DTSTAMP; any fixed value is valid). Times are written as local
/// wall time with TZID and one VTIMEZONE per TZID used, so a 22:00–06:00 night on the
/// night clocks change lasts 7 h or 9 h in any calendar application.
public enum RosterCalendar {
  public static let productID = "-//StaffPlan//Roster//EN"

  /// Relative path → file content for every agent plus `calendars/team.ics`.
  /// - Complexity: O(assignments log assignments).
  public static func files(for plan: RosterPlan) -> [String: String] {
    let byAgent = Dictionary(grouping: plan.assignments, by: \.agent)
    var names: [String: String] = [:]
    var used: [String: Int] = [:]
    for agent in byAgent.keys.sorted() { used[slug(agent), default: 0] += 1 }
    for agent in byAgent.keys.sorted() {
      let base = slug(agent)
      names[agent] = (used[base] ?? 0) > 1 ? base + "-" + fnv1a(agent) : base
    }
    var result: [String: String] = [:]
    for (agent, shifts) in byAgent {
      let path = "calendars/\(names[agent] ?? slug(agent)).ics"
      result[path] = calendar(
        name: agent, assignments: shifts, startDate: plan.startDate, team: false)
    }
    result["calendars/team.ics"] = calendar(
      name: "Team roster", assignments: plan.assignments, startDate: plan.startDate, team: true)
    return result
  }

  /// One VCALENDAR with an event per assignment.
  /// - Complexity: O(assignments log assignments + time-zone transitions).
  public static func calendar(
    name: String, assignments: [RosterAssignment], startDate: LocalDate, team: Bool
  ) -> String {
    let sorted = assignments.sorted {
      ($0.start, $0.agent, $0.shift) < ($1.start, $1.agent, $1.shift)
    }
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:" + ICalendarText.escape(name),
    ]
    var zones: [String: TimeZone] = [:]
    var years: [String: ClosedRange<Int>] = [:]
    for item in sorted {
      zones[item.timeZone.identifier] = item.timeZone
      let first = LocalDateTime(instant: item.start, zone: item.timeZone).date.components.year
      let last = LocalDateTime(instant: item.end, zone: item.timeZone).date.components.year
      let range = years[item.timeZone.identifier] ?? first...last
      years[item.timeZone.identifier] =
        min(range.lowerBound, first)...max(range.upperBound, last)
    }
    for identifier in zones.keys.sorted() {
      guard let zone = zones[identifier], let span = years[identifier] else { continue }
      lines += VTimeZoneBuilder.lines(zone: zone, years: span)
    }
    let stamp = startDate.compact + "T000000Z"
    for item in sorted {
      let zone = item.timeZone
      let start = LocalDateTime(instant: item.start, zone: zone)
      let end = LocalDateTime(instant: item.end, zone: zone)
      let uid = [slug(item.agent), item.date.compact, slug(item.shift),
        String(start.compact.suffix(6).prefix(4)), fnv1a(item.agent)].joined(separator: "-")
      var details = ["role \(item.role.rawValue)", "region \(item.region)"]
      if !item.breaks.isEmpty { details.append("breaks \(item.breaksText)") }
      if !item.reason.isEmpty { details.append(item.reason) }
      let summary = team ? "\(item.agent): \(item.shift) shift" : "\(item.shift) shift"
      lines += [
        "BEGIN:VEVENT", "UID:\(uid)@staffplan", "DTSTAMP:\(stamp)",
        "DTSTART;TZID=\(zone.identifier):\(start.compact)",
        "DTEND;TZID=\(zone.identifier):\(end.compact)",
        "SUMMARY:" + ICalendarText.escape(summary),
        "DESCRIPTION:" + ICalendarText.escape(details.joined(separator: "\n")),
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map { ICalendarText.fold($0) }.joined()
  }

  /// Lower-case ASCII letters and digits after removing accents (`Zoë` → `zoe`), other
  /// runs replaced by one `-`.
  static func slug(_ text: String) -> String {
    var result = ""
    let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    for scalar in plain.lowercased().unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty && !result.hasSuffix("-") {
        result += "-"
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "agent" : result
  }

  /// FNV-1a 32-bit hash of the UTF-8 bytes, 8 hex digits (Fowler–Noll–Vo, public domain).
  static func fnv1a(_ text: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in text.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
