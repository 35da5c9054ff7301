public import Queueing

/// The week of one live channel (chat or phone) as the queue sees it: what arrives in each
/// interval, how long it takes, how patient callers are, and the target it must meet.
///
/// This is the input of the time-varying evaluation and of the simulation. Tiers sharing the
/// channel are pooled (FIFO): the handle time is the arrival-weighted mean effective handle
/// time of the week, and the target is the strictest of the tiers that have contacts (in a
/// FIFO queue every tier sees the same wait, DESIGN.md §4).
public struct LiveChannelWorkload: Sendable, Equatable {
  public let channel: RequirementChannel
  public let intervalMinutes: Int
  /// Contacts arriving per interval, Monday 00:00 UTC first.
  public let arrivals: [Double]
  /// Agents the requirement stage asked for, per interval (on the floor, before shrinkage).
  public let requiredAgents: [Int]
  /// Arrival-weighted mean effective handle time (after chat concurrency), seconds.
  public let handleSeconds: Double
  /// Mean patience, seconds; nil for no abandonment (Erlang C).
  public let patienceSeconds: Double?
  /// The answer-time target, seconds.
  public let targetSeconds: Double
  /// The share that must be answered within the target.
  public let serviceLevelGoal: Double
  /// The role's shrinkage (for the simulation's random absence).
  public let shrinkage: Percentage

  public var intervalSeconds: Double { Double(intervalMinutes) * 60 }

  /// The live channels of a requirements run that carry contacts.
  /// - Complexity: O(intervals × channels).
  public static func all(from requirements: WeeklyRequirements) -> [LiveChannelWorkload] {
    [RequirementChannel.chat, .phone].compactMap { workload(of: $0, in: requirements) }
  }

  static func workload(of channel: RequirementChannel, in requirements: WeeklyRequirements)
    -> LiveChannelWorkload?
  {
    guard let series = requirements.series(channel) else { return nil }
    let scenarioChannel: Channel = channel == .chat ? .chat : .phone
    guard let spec = requirements.scenario.channels[scenarioChannel] else { return nil }
    let arrivals = series.intervals.map(\.arrivals)
    let totalArrivals = arrivals.reduce(0, +)
    guard totalArrivals > 0 else { return nil }
    let intervalSeconds = Double(requirements.intervalMinutes) * 60
    // load = arrivals × EAHT / interval, so Σ load × interval / Σ arrivals is the weighted EAHT.
    let work = series.intervals.reduce(0) { $0 + $1.load * intervalSeconds }
    var target: ServiceTarget?
    for tier in Tier.allCases
    where requirements.scenario.monthlyTickets(tier: tier, channel: scenarioChannel) > 0 {
      guard let candidate = spec.targets[tier] else { continue }
      if let current = target, !isStricter(candidate, than: current) { continue }
      target = candidate
    }
    guard let target else { return nil }
    return LiveChannelWorkload(
      channel: channel, intervalMinutes: requirements.intervalMinutes, arrivals: arrivals,
      requiredAgents: series.intervals.map(\.agents),
      handleSeconds: work / totalArrivals,
      patienceSeconds: spec.patience?.seconds,
      targetSeconds: target.within.seconds,
      serviceLevelGoal: target.serviceLevel.value,
      shrinkage: series.totals.shrinkage)
  }

  /// A shorter answer time is stricter; at the same time, a higher service level is.
  static func isStricter(_ candidate: ServiceTarget, than current: ServiceTarget) -> Bool {
    if candidate.within != current.within { return candidate.within < current.within }
    return candidate.serviceLevel > current.serviceLevel
  }
}
