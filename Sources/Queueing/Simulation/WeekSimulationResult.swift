/// Estimates from a `WeekSimulation` run, per interval and for the whole horizon.
public struct WeekSimulationResult: Sendable, Equatable {
  /// The seed the run used.
  public let seed: UInt64
  /// Agents rostered per interval (before shrinkage).
  public let agents: [Int]
  /// Length of each interval, seconds.
  public let intervalSeconds: Double
  /// One tally per replication (kept so any range of intervals can be estimated).
  let tallies: [ReplicationTally]

  init(seed: UInt64, agents: [Int], intervalSeconds: Double, tallies: [ReplicationTally]) {
    self.seed = seed
    self.agents = agents
    self.intervalSeconds = intervalSeconds
    self.tallies = tallies
  }

  /// How many replications ran.
  public var replications: Int { tallies.count }

  /// Every contact of each interval, by interval of arrival.
  /// - Complexity: O(intervals · replications).
  public var intervals: [SimulatedPerformance] {
    agents.indices.map { performance(over: $0..<($0 + 1)) }
  }

  /// Every contact of the whole horizon.
  public var week: SimulatedPerformance { performance(over: agents.indices) }

  /// Estimates over the contacts that arrived in `range` of intervals (a day, the week, or
  /// the intervals after a warm-up), of one class or of both (nil). Each replication gives
  /// a ratio (e.g. answered within target over arrivals in the range), and the estimate is
  /// their mean with a 95% interval. `range` is clamped to the horizon.
  /// - Complexity: O(range.count · replications).
  public func performance(over range: Range<Int>, of contactClass: ContactClass? = nil)
    -> SimulatedPerformance
  {
    let range = range.clamped(to: agents.indices)
    var arrivals: [Double] = []
    var serviceLevel: [Double] = []
    var waitProbability: [Double] = []
    var speedOfAnswer: [Double] = []
    var abandonShare: [Double] = []
    var occupancy: [Double] = []
    var backlog: [Double] = []
    for tally in tallies {
      let arrived = tally.sum(\.arrived, range, contactClass)
      arrivals.append(arrived)
      if arrived > 0 {
        serviceLevel.append(tally.sum(\.answeredWithin, range, contactClass) / arrived)
        waitProbability.append(tally.sum(\.waited, range, contactClass) / arrived)
        abandonShare.append(tally.sum(\.abandoned, range, contactClass) / arrived)
      }
      let answered = tally.sum(\.answered, range, contactClass)
      if answered > 0 {
        speedOfAnswer.append(tally.sum(\.answeredWait, range, contactClass) / answered)
      }
      let onDuty = tally.sum(perInterval: \.onDutySeconds, range)
      if onDuty > 0 {
        occupancy.append(tally.sum(perInterval: \.busySeconds, range) / onDuty)
      }
      if let last = range.last { backlog.append(tally.waitingAtEnd[last]) }
    }
    return SimulatedPerformance(
      intervals: range,
      arrivals: SimulationEstimate(replications: arrivals),
      serviceLevel: SimulationEstimate(replications: serviceLevel),
      waitProbability: SimulationEstimate(replications: waitProbability),
      averageSpeedOfAnswer: SimulationEstimate(replications: speedOfAnswer),
      abandonShare: SimulationEstimate(replications: abandonShare),
      occupancy: SimulationEstimate(replications: occupancy),
      backlogAtEnd: SimulationEstimate(replications: backlog))
  }

  /// Intervals with arrivals whose estimated service level (mean) is below `goal` (0…1).
  /// - Complexity: O(intervals · replications).
  public func intervalsMissing(serviceLevel goal: Double) -> [Int] {
    intervals.compactMap { performance in
      guard let level = performance.serviceLevel, level.mean < goal else { return nil }
      return performance.intervals.lowerBound
    }
  }
}

/// Simulated figures over a range of intervals, each with its 95% confidence interval; a
/// figure is nil when no replication had anything to measure (no arrivals, no agents).
public struct SimulatedPerformance: Sendable, Equatable {
  /// The intervals (by arrival) these figures cover.
  public var intervals: Range<Int>
  /// Contacts arriving per replication; nil for an empty range.
  public var arrivals: SimulationEstimate?
  /// Answered within target over all arrivals (`WeekSimulation.serviceLevelDefinition`).
  public var serviceLevel: SimulationEstimate?
  /// Arrivals that found no idle agent, over all arrivals.
  public var waitProbability: SimulationEstimate?
  /// Mean wait of answered contacts (ASA), seconds.
  public var averageSpeedOfAnswer: SimulationEstimate?
  /// Arrivals whose patience ended before an answer, over all arrivals.
  public var abandonShare: SimulationEstimate?
  /// Busy agent-time over present agent-time (agents finishing past their shift included).
  public var occupancy: SimulationEstimate?
  /// Contacts waiting at the end of the range's last interval.
  public var backlogAtEnd: SimulationEstimate?
}
