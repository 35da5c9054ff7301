/// Scheduled first-line agents of one channel per interval, from the blended team's coverage.
///
/// One team covers chat, phone and email (`WeeklySchedule`); the shift design knows only the
/// team's scheduled agents per interval. The rule that splits them: live channels first, in
/// the order given (phone, then chat), each up to its requirement; email takes the rest.
public struct ChannelCoverage: Sendable, Equatable {
  public var channel: RequirementChannel
  /// Agents the channel's requirement asks for on the floor, per interval.
  public var required: [Int]
  /// Agents of the team given to the channel, per interval.
  public var scheduled: [Int]

  public init(channel: RequirementChannel, required: [Int], scheduled: [Int]) {
    self.channel = channel
    self.required = required
    self.scheduled = scheduled
  }

  /// The first-line streams in the order the team serves them.
  public static let teamChannels: [RequirementChannel] = [.phone, .chat, .email]

  /// Splits `team` (scheduled agents per interval, whole agents: fractions are dropped) over
  /// `required`, in its order: a live channel gets min(required, left), email all that is left.
  /// - Complexity: O(channels × intervals).
  public static func split(
    team: [Double], required: [(channel: RequirementChannel, agents: [Int])]
  ) -> [ChannelCoverage] {
    var remaining = team.map { Int($0.rounded(.down)) }
    return required.map { channel, agents in
      var scheduled = Array(repeating: 0, count: agents.count)
      for index in 0..<min(agents.count, remaining.count) {
        let given = channel == .email ? remaining[index] : min(agents[index], remaining[index])
        scheduled[index] = given
        remaining[index] -= given
      }
      return ChannelCoverage(channel: channel, required: agents, scheduled: scheduled)
    }
  }

  /// The first-line requirement of each team channel with a series, in `teamChannels` order.
  public static func teamRequirements(_ requirements: WeeklyRequirements)
    -> [(channel: RequirementChannel, agents: [Int])]
  {
    teamChannels.compactMap { channel in
      requirements.series(channel).map { (channel, $0.intervals.map(\.agents)) }
    }
  }

  /// The shift plan's team coverage split over the requirements' team channels.
  public static func split(_ plan: WeeklyShiftPlan, requirements: WeeklyRequirements)
    -> [ChannelCoverage]
  {
    split(team: plan.coverage.map(\.scheduled), required: teamRequirements(requirements))
  }
}
