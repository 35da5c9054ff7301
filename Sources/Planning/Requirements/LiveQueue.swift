import Foundation
public import Queueing

/// One tier's contacts offered to a pooled live queue (chat or phone) in one interval.
public struct LiveQueueClass: Sendable, Equatable {
  public var tier: Tier
  /// λ, contacts per second.
  public var arrivalsPerSecond: Double
  /// Handle time after concurrency (AHT / f(c)), seconds.
  public var handleSeconds: Double
  /// The tier's answer-time target on the channel; nil when it has none.
  public var target: ServiceTarget?

  public init(
    tier: Tier, arrivalsPerSecond: Double, handleSeconds: Double, target: ServiceTarget?
  ) {
    self.tier = tier
    self.arrivalsPerSecond = arrivalsPerSecond
    self.handleSeconds = handleSeconds
    self.target = target
  }
}

/// The smallest pool of agents for one interval of a live queue, and what it delivers.
public struct LiveQueueResult: Sendable, Equatable {
  public var policy: PriorityPolicy
  public var agents: Int
  /// A = Σλ·EAHT, Erlangs.
  public var offeredLoad: Double
  /// Arrival-weighted mean effective handle time, seconds.
  public var handleSeconds: Double
  /// C(N, A) (Erlang C) or P(wait) (Erlang A) at `agents`.
  public var waitProbability: Double
  /// Service level of each class at `agents`, in the order of the classes given.
  public var serviceLevels: [Double]
  /// The tier whose target needed the most agents (nil: only the occupancy cap bound).
  public var bindingTier: Tier?
}

/// Live-queue sizing on the tier targets under a priority policy (DESIGN.md §4, "Tiered
/// targets in one queue").
///
/// - FIFO: one M/M/N queue with the pooled load; every tier sees the same wait, so N is the
///   smallest meeting every tier's SL(t_T) = 1 − C·e^{−(N−A)t_T/EAHT} ≥ goal_T (exact for
///   equal handle times; with per-tier AHTs the pooled mean handle time is used, which is exact
///   for the load and an approximation for the wait).
/// - Premium-first: non-preemptive priority, Enterprise over Standard over Community, equal
///   handle times (the pooled mean). The number in system is that of M/M/N, so P(wait) = C(N,A).
///   With σ_p = Σ_{j≤p} λ_j/(Nμ): the top class waits like an M/M/1 served at Nμ,
///   P(W₁ > t) = C·e^{−(Nμ−λ₁)t} (exact: while all agents are busy its queue balances as
///   λ₁p_j = Nμp_{j+1}); class p's mean wait is Cobham's E[W_p] = C / (Nμ(1−σ_{p−1})(1−σ_p))
///   (exact); its SL is approximated as 1 − C·e^{−t/E[W_p|wait]}, an exponential conditional
///   wait with Cobham's mean (approximate below the top class; validated by a seeded
///   simulation in `RequirementPremiumFirstSimulationTests`). For p = 1 both formulas agree.
/// Both search N upward from max(⌊A⌋ + 1, ⌈A / max occupancy⌉), stepping Erlang B in O(1).
public enum LiveQueue {
  /// - Complexity: O(N · classes).
  public static func size(
    classes: [LiveQueueClass], policy: PriorityPolicy, maxOccupancy cap: Percentage
  ) -> LiveQueueResult {
    let maxOccupancy = cap.value
    let ordered = policy == .fifo ? classes : classes.sorted { $0.tier > $1.tier }
    var lambda = 0.0
    var work = 0.0
    for c in ordered {
      lambda += c.arrivalsPerSecond
      work += c.arrivalsPerSecond * c.handleSeconds
    }
    let handle = lambda > 0 ? work / lambda : (ordered.first?.handleSeconds ?? 1)
    let load = work
    guard load > 0 else {
      return LiveQueueResult(
        policy: policy, agents: 0, offeredLoad: 0, handleSeconds: handle, waitProbability: 0,
        serviceLevels: ordered.map { _ in 1 }, bindingTier: nil)
    }
    var start = Int(load.rounded(.down)) + 1
    if maxOccupancy > 0 {
      var bound = max(1, Int((load / maxOccupancy).rounded(.up)))
      while bound > 1 && load / Double(bound - 1) <= maxOccupancy { bound -= 1 }
      start = max(start, bound)
    }
    var sequence = ErlangBSequence(offeredLoad: load)
    sequence.advance(to: start)
    var levels = [Double](repeating: 0, count: ordered.count)
    var firstMet = [Int?](repeating: nil, count: ordered.count)
    while true {
      let n = Double(sequence.servers)
      let blocking = sequence.blocking
      let wait = n * blocking / (n - load * (1 - blocking))
      var allMet = true
      var lowerShare = 0.0
      for (p, c) in ordered.enumerated() {
        let rate: Double
        switch policy {
        case .fifo:
          rate = (n - load) / handle
        case .premiumFirst:
          let upperShare = lowerShare + c.arrivalsPerSecond * handle / n
          rate = n / handle * (1 - lowerShare) * (1 - upperShare)
          lowerShare = upperShare
        }
        let within = c.target?.within.seconds ?? 0
        levels[p] = 1 - wait * exp(-rate * within)
        if let goal = c.target?.serviceLevel.value, c.arrivalsPerSecond > 0 {
          if levels[p] < goal { allMet = false } else if firstMet[p] == nil {
            firstMet[p] = sequence.servers
          }
        }
      }
      if allMet {
        return LiveQueueResult(
          policy: policy, agents: sequence.servers, offeredLoad: load, handleSeconds: handle,
          waitProbability: wait, serviceLevels: levels,
          bindingTier: binding(ordered, firstMet))
      }
      sequence.step()
    }
  }

  /// Erlang A (patience) sizing of the pooled queue: FIFO only, the smallest N meeting every
  /// tier's target, found per tier by `StaffingSearch.erlangA` and maximised (service level is
  /// monotone in N). Premium-first with abandonment has no closed form here and is sized FIFO.
  /// - Complexity: O(classes · (N + log N series evaluations)).
  public static func sizeWithPatience(
    classes: [LiveQueueClass], patienceSeconds: Double, maxOccupancy cap: Percentage
  ) throws(RequirementError) -> LiveQueueResult {
    let maxOccupancy = cap.value
    var lambda = 0.0
    var work = 0.0
    for c in classes {
      lambda += c.arrivalsPerSecond
      work += c.arrivalsPerSecond * c.handleSeconds
    }
    let handle = lambda > 0 ? work / lambda : (classes.first?.handleSeconds ?? 1)
    guard work > 0 else {
      return LiveQueueResult(
        policy: .fifo, agents: 0, offeredLoad: 0, handleSeconds: handle, waitProbability: 0,
        serviceLevels: classes.map { _ in 1 }, bindingTier: nil)
    }
    let traffic = Traffic(arrivalsPerSecond: lambda, handleSeconds: handle)
    var agents = 0
    var bindingTier: Tier?
    var sized = false
    for c in classes where c.arrivalsPerSecond > 0 {
      guard let target = c.target else { continue }
      let targets = StaffingTargets(
        serviceLevel: (target.serviceLevel, target.within), maxOccupancy: cap)
      do {
        let result = try StaffingSearch.erlangA(
          traffic: traffic, patienceSeconds: patienceSeconds, targets: targets)
        sized = true
        if result.agents > agents {
          agents = result.agents
          bindingTier = c.tier
        }
      } catch {
        throw .queueing("\(c.tier.rawValue): \(error.description)")
      }
    }
    if !sized {
      agents = max(1, Int((work / max(maxOccupancy, 1e-9)).rounded(.up)))
    }
    let levels = classes.map { c in
      ErlangA.metrics(
        agents: agents, traffic: traffic, patienceSeconds: patienceSeconds,
        targetSeconds: c.target?.within.seconds ?? 0).serviceLevel
    }
    let wait = ErlangA.metrics(
      agents: agents, traffic: traffic, patienceSeconds: patienceSeconds, targetSeconds: 0)
      .waitProbability
    return LiveQueueResult(
      policy: .fifo, agents: agents, offeredLoad: work, handleSeconds: handle,
      waitProbability: wait, serviceLevels: levels, bindingTier: bindingTier)
  }

  /// The class that met its target last (largest first N), nil if no class has a target.
  static func binding(_ classes: [LiveQueueClass], _ firstMet: [Int?]) -> Tier? {
    var best: (tier: Tier, agents: Int)?
    for (p, met) in firstMet.enumerated() {
      guard let met else { continue }
      if best == nil || met > (best?.agents ?? 0) { best = (classes[p].tier, met) }
    }
    return best?.tier
  }
}
