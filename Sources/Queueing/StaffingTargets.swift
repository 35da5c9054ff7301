/// What a staffing search must meet. Each given target must hold at the answer.
public struct StaffingTargets: Sendable, Equatable {
  /// At least this share of contacts answered within `answerTime` (e.g. 80%).
  public var serviceLevelGoal: Percentage?
  /// The answer time the service level is measured at (e.g. 20 s); may be set without a goal,
  /// to report the service level at that time.
  public var answerTime: TimeSpan?

  /// The service-level target as a pair, when both the goal and the answer time are set.
  public var serviceLevel: (goal: Percentage, within: TimeSpan)? {
    get {
      guard let serviceLevelGoal, let answerTime else { return nil }
      return (serviceLevelGoal, answerTime)
    }
    set {
      serviceLevelGoal = newValue?.goal
      answerTime = newValue?.within
    }
  }
  /// Average speed of answer at most this.
  public var maxASA: TimeSpan?
  /// Occupancy at most this (agent burnout cap).
  public var maxOccupancy: Percentage?
  /// Abandonment at most this (Erlang A only).
  public var maxAbandon: Percentage?

  public init(
    serviceLevel: (goal: Percentage, within: TimeSpan)? = nil, maxASA: TimeSpan? = nil,
    maxOccupancy: Percentage? = nil, maxAbandon: Percentage? = nil
  ) {
    self.serviceLevelGoal = serviceLevel?.goal
    self.answerTime = serviceLevel?.within
    self.maxASA = maxASA
    self.maxOccupancy = maxOccupancy
    self.maxAbandon = maxAbandon
  }

  /// Whether any target is set.
  public var isEmpty: Bool {
    serviceLevelGoal == nil && maxASA == nil && maxOccupancy == nil && maxAbandon == nil
  }

  /// The answer time the service level is measured at, seconds (0 when none is set).
  public var targetSeconds: Double { answerTime?.seconds ?? 0 }

  /// The targets `metrics` misses, as a set (no allocation: staffing searches call this for
  /// every N they try).
  public func misses(by metrics: QueueMetrics) -> TargetMisses {
    var misses: TargetMisses = []
    if !metrics.isStable { misses.insert(.unstable) }
    if let goal = serviceLevelGoal, metrics.serviceLevel < goal.value {
      misses.insert(.serviceLevel)
    }
    if let maxASA, let asa = metrics.asa, asa > maxASA.seconds { misses.insert(.asa) }
    if let maxOccupancy, metrics.occupancy > maxOccupancy.value { misses.insert(.occupancy) }
    if let maxAbandon, let abandon = metrics.abandonProbability, abandon > maxAbandon.value {
      misses.insert(.abandonment)
    }
    return misses
  }

  /// The targets `metrics` misses, each as a short phrase; empty when all are met.
  public func unmet(by metrics: QueueMetrics) -> [String] {
    describe(misses(by: metrics))
  }

  /// Short phrases for a set of misses, in a fixed order.
  public func describe(_ misses: TargetMisses) -> [String] {
    var phrases: [String] = []
    if misses.contains(.unstable) { phrases.append("queue unstable (agents ≤ offered load)") }
    if misses.contains(.serviceLevel), let (goal, within) = serviceLevel {
      phrases.append("service level below \(goal) in \(within)")
    }
    if misses.contains(.asa), let maxASA { phrases.append("ASA above \(maxASA)") }
    if misses.contains(.occupancy), let maxOccupancy {
      phrases.append("occupancy above \(maxOccupancy)")
    }
    if misses.contains(.abandonment), let maxAbandon {
      phrases.append("abandonment above \(maxAbandon)")
    }
    return phrases
  }

  /// Targets that no finite number of agents can meet, as user-facing reasons.
  /// - `model`: abandonment targets only apply to Erlang A.
  public func unreachableReasons(model: QueueModel) -> [String] {
    var reasons: [String] = []
    if let (goal, _) = serviceLevel, goal.fraction == ExactDecimal(1) {
      reasons.append(
        "a service level of 100% is never reached: some contacts always wait; "
          + "accepted: a goal below 100%")
    }
    if let maxASA, maxASA.exactSeconds.isZero {
      reasons.append("an ASA of 0 s is never reached; accepted: an ASA above 0 s")
    }
    if let maxOccupancy, maxOccupancy.fraction.isZero {
      reasons.append("a maximum occupancy of 0% allows no work; accepted: above 0%")
    }
    if model == .erlangA, let maxAbandon, maxAbandon.fraction.isZero {
      reasons.append(
        "an abandonment of 0% is never reached with finite patience; accepted: above 0%")
    }
    return reasons
  }
}

/// Which targets a staffing level misses.
public struct TargetMisses: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Erlang C with N ≤ A: the queue grows without bound.
  public static let unstable = TargetMisses(rawValue: 1)
  public static let serviceLevel = TargetMisses(rawValue: 2)
  public static let asa = TargetMisses(rawValue: 4)
  public static let occupancy = TargetMisses(rawValue: 8)
  public static let abandonment = TargetMisses(rawValue: 16)
}
