/// A run of intervals on one UTC day that the designed shifts leave short of the first-line
/// requirement (e.g. templates that cannot reach an open window).
public struct CoverageShortfall: Sendable, Equatable, CustomStringConvertible {
  /// One channel's part of the shortfall.
  public struct ChannelShort: Sendable, Equatable {
    public var channel: RequirementChannel
    /// The most agents this channel is short in one interval of the run.
    public var agents: Int
  }

  public var day: Weekday
  /// UTC minutes after midnight; `endMinute` is exclusive (1440 at the end of the day).
  public var startMinute: Int
  public var endMinute: Int
  /// The most agents short in one interval of the run.
  public var agents: Int
  /// Agent-hours short over the run.
  public var agentHours: Double
  /// The channels left short, in the order the blended team serves them (phone, chat,
  /// then email, which takes what is left).
  public var channels: [ChannelShort]

  /// `Tue 08:00–09:00 UTC: 2 agents short (phone 2), 2 agent-hours`.
  public var description: String {
    let window = "\(TimeOfDay(minutes: startMinute))–\(TimeOfDay(minutes: endMinute))"
    let parts = channels.map { "\($0.channel.rawValue) \($0.agents)" }.joined(separator: ", ")
    return "\(day.rawValue) \(window) UTC: \(agents) agent\(agents == 1 ? "" : "s") short"
      + (parts.isEmpty ? "" : " (\(parts))")
      + ", \(hoursText(agentHours).dropLast(2)) agent-hours"
  }
}

extension WeeklySchedule {
  /// The intervals the shift plan leaves under the first-line requirement, merged into runs
  /// of consecutive intervals on the same UTC day, in week order.
  /// - Complexity: O(intervals × channels).
  public var shortfalls: [CoverageShortfall] {
    let minutes = requirement.intervalMinutes
    guard minutes > 0 else { return [] }
    let perDay = 1440 / minutes
    var runs: [CoverageShortfall] = []
    var previous = -2
    for interval in shiftPlan.coverage {
      let short = Int(interval.required.rounded(.up)) - Int(interval.scheduled.rounded(.down))
      guard short > 0 else { continue }
      let index = interval.interval
      let channels = coverageByChannel.compactMap { entry -> CoverageShortfall.ChannelShort? in
        guard index < entry.required.count, index < entry.scheduled.count else { return nil }
        let missing = entry.required[index] - entry.scheduled[index]
        guard missing > 0 else { return nil }
        return CoverageShortfall.ChannelShort(channel: entry.channel, agents: missing)
      }
      let hours = Double(short * minutes) / 60
      if index == previous + 1, index % perDay != 0, var last = runs.popLast() {
        last.endMinute += minutes
        last.agents = max(last.agents, short)
        last.agentHours += hours
        for part in channels {
          if let at = last.channels.firstIndex(where: { $0.channel == part.channel }) {
            last.channels[at].agents = max(last.channels[at].agents, part.agents)
          } else {
            last.channels.append(part)
          }
        }
        runs.append(last)
      } else {
        let start = (index % perDay) * minutes
        runs.append(
          CoverageShortfall(
            day: Weekday.allCases[(index / perDay) % 7], startMinute: start,
            endMinute: start + minutes, agents: short, agentHours: hours, channels: channels))
      }
      previous = index
    }
    return runs
  }

  /// Whether the plan does everything asked: every interval covered, every rostered shift
  /// staffed, every labour rule kept. When false the files are still the best partial plan.
  public var isComplete: Bool {
    shortfalls.isEmpty && roster.gaps.isEmpty && violations.isEmpty && rotationUnmet.isEmpty
  }
}
