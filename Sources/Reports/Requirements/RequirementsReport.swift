public import Planning

/// `staffplan requirements` output: the week per stream as text, CSV or JSON.
/// Times are UTC on the scenario's grid; agents are on the floor (before shrinkage),
/// scheduled agents are ⌈agents / (1 − shrinkage)⌉.
public enum RequirementsReport {
  /// A compact week view (day × hour) per stream, then the totals table.
  /// - Complexity: O(streams · intervals).
  public static func text(_ week: WeeklyRequirements) -> String {
    var out = "Requirements: \(week.scenario.name) — times in UTC, "
      + "\(week.intervalMinutes)-minute grid, week Mon 00:00 … Sun 24:00\n"
    for series in week.series {
      out += "\n" + weekView(series, intervalMinutes: week.intervalMinutes)
    }
    out += "\nTotals per week\n" + totalsTable(week).rendered()
    out += "agent-h: agents on the floor × hours; sched-h: scheduled (after shrinkage) × hours; "
      + "FTE = agent-h / (1 − shrinkage) / paid hours\n"
    let notes = week.series.flatMap { series in
      series.notes.map { "  \(series.channel.rawValue): \($0)" }
    }
    if !notes.isEmpty { out += "\nNotes\n" + notes.joined(separator: "\n") + "\n" }
    return out
  }

  /// Rows Mon…Sun, columns 00…23 (UTC hour): the most agents needed in any interval of the
  /// hour; "." for none.
  public static func weekView(_ series: RequirementSeries, intervalMinutes: Int) -> String {
    let perHour = max(1, 60 / intervalMinutes)
    var peaks = [[Int]](repeating: [Int](repeating: 0, count: 24), count: 7)
    for row in series.intervals {
      let hour = row.interval / perHour
      peaks[min(6, hour / 24)][hour % 24] = max(peaks[min(6, hour / 24)][hour % 24], row.agents)
    }
    let largest = peaks.joined().max() ?? 0
    let width = max(2, String(largest).count) + 1
    func cell(_ text: String) -> String {
      String(repeating: " ", count: max(0, width - text.count)) + text
    }
    let tier = series.tier.map { " (\($0.rawValue) only)" } ?? ""
    var lines = [
      "\(series.channel.rawValue)\(tier) — agents on the floor, peak of each UTC hour "
        + "(\".\" none); method: \(methods(series))",
      "UTC " + (0..<24).map { cell(String(format: "%02d", $0)) }.joined(),
    ]
    for day in Weekday.allCases {
      lines.append(
        day.rawValue + " " + peaks[day.index].map { cell($0 == 0 ? "." : String($0)) }.joined())
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The methods used over the week, closed intervals left out.
  static func methods(_ series: RequirementSeries) -> String {
    var seen: [RequirementMethod] = []
    for row in series.intervals where row.method != .closed && !seen.contains(row.method) {
      seen.append(row.method)
    }
    return seen.isEmpty ? RequirementMethod.closed.rawValue
      : seen.map(\.rawValue).joined(separator: ", ")
  }

  /// One row per stream: arrivals, agent-hours, peak, scheduled hours, shrinkage, FTE.
  public static func totalsTable(_ week: WeeklyRequirements) -> TextTable {
    var table = TextTable(header: [
      "channel", "tier", "arrivals", "agent-h", "peak", "sched-h", "peak sched", "shrinkage",
      "paid h", "FTE", "method",
    ])
    for series in week.series {
      let totals = series.totals
      table.append([
        series.channel.rawValue, series.tier?.rawValue ?? "pooled",
        NumberText.fixed(totals.arrivals, decimals: 1),
        NumberText.fixed(totals.agentHours, decimals: 2), String(totals.peakAgents),
        NumberText.fixed(totals.scheduledHours, decimals: 2), String(totals.peakScheduledAgents),
        totals.shrinkage.description, NumberText.trimmed(totals.paidHoursPerFTE),
        NumberText.fixed(totals.fte, decimals: 2), methods(series),
      ])
    }
    return table
  }

  /// `channel,tier,day,time,arrivals,agents,scheduled_agents,method`, one row per stream and
  /// interval; tier is empty when pooled.
  public static func csv(_ week: WeeklyRequirements) -> String {
    var out = CSVText.row([
      "channel", "tier", "day", "time", "arrivals", "agents", "scheduled_agents", "method",
    ])
    for row in week.requirements {
      out += CSVText.row([
        row.channel.rawValue, row.tier?.rawValue ?? "", row.day.rawValue, row.time.description,
        NumberText.trimmed(row.arrivals, decimals: 6), String(row.agents),
        String(row.scheduledAgents), row.method.rawValue,
      ])
    }
    return out
  }

  /// `intervalMinutes`, `timeZone`, `requirements` (one object per stream and interval) and
  /// `totals` (one per stream).
  public static func json(_ week: WeeklyRequirements) -> JSONValue {
    let rows = week.requirements.map { row -> JSONValue in
      .object([
        ("channel", .string(row.channel.rawValue)),
        ("tier", row.tier.map { .string($0.rawValue) } ?? .null),
        ("day", .string(row.day.rawValue)),
        ("time", .string(row.time.description)),
        ("arrivals", .number(row.arrivals)),
        ("agents", .integer(row.agents)),
        ("scheduledAgents", .integer(row.scheduledAgents)),
        ("method", .string(row.method.rawValue)),
        ("load", .finite(row.load)),
        ("serviceLevel", .finite(row.serviceLevel)),
      ])
    }
    let totals = week.series.map { series -> JSONValue in
      let totals = series.totals
      return .object([
        ("channel", .string(series.channel.rawValue)),
        ("tier", series.tier.map { .string($0.rawValue) } ?? .null),
        ("method", .string(methods(series))),
        ("arrivals", .number(totals.arrivals)),
        ("agentHours", .number(totals.agentHours)),
        ("scheduledHours", .number(totals.scheduledHours)),
        ("peakAgents", .integer(totals.peakAgents)),
        ("peakScheduledAgents", .integer(totals.peakScheduledAgents)),
        ("shrinkage", .number(totals.shrinkage.value)),
        ("paidHoursPerFTE", .number(totals.paidHoursPerFTE)),
        ("fte", .number(totals.fte)),
        ("notes", .array(series.notes.map { .string($0) })),
      ])
    }
    return .object([
      ("scenario", .string(week.scenario.name)),
      ("timeZone", .string("UTC")),
      ("intervalMinutes", .integer(week.intervalMinutes)),
      ("requirements", .array(rows)),
      ("totals", .array(totals)),
    ])
  }
}
