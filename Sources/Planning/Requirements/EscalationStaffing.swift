import Foundation
public import Queueing

/// Escalation engineers per interval over the cyclic week, and how they were found.
public struct EscalationPlan: Sendable, Equatable {
  /// Agents per interval of the planning grid.
  public var agents: [Int]
  /// The chain's grid, minutes (the planning grid, or 60 when finer: 2-hour work does not
  /// need 15-minute resolution).
  public var chainIntervalMinutes: Int
  /// Mean modified offered load m̄ per chain interval, Erlangs.
  public var modifiedLoad: [Double]
  /// Stationary staffing at m̄ (the MOL start), per chain interval.
  public var molAgents: [Int]
  /// Final agents per chain interval.
  public var chainAgents: [Int]
  /// Service level per chain interval under the transient chain at `chainAgents`.
  public var serviceLevels: [Double]
  /// Rounds of raising.
  public var rounds: Int
  /// Whether every interval with arrivals meets the goal under the chain.
  public var converged: Bool
}

/// Staffing for work that lasts hours (escalations): not per-interval Erlang, which misses the
/// target in many hours when work outlasts the interval (Green, Kolesar & Whitt 2007).
///
/// 1. Modified offered load m(t) = ∫λ(t−u)e^{−u/S}du per interval (`ModifiedOfferedLoad`),
///    cyclic: one pass over the week gives m at its end, which starts the reported pass
///    (e^{−168h/S} makes this exact for S of hours).
/// 2. MOL staffing: per interval the smallest N with Erlang C SL ≥ goal at load m̄ and
///    m̄/N ≤ max occupancy (Jennings, Mandelbaum, Massey & Whitt 1996).
/// 3. Raised against the transient M(t)/M/s(t) chain (`TimeVaryingQueue`, TR-BDF2 steps of
///    30 minutes, second order: the baseline's lowest hourly service level is within 10⁻⁴ of
///    a 10-second step, 0.84366 against 0.84359, where backward Euler at 5 minutes gives
///    0.84042; same agents on every shipped scenario), run until the week ends where it
///    started (cyclic): every interval with arrivals below the goal gets one more agent until none
///    misses (iterative staffing, Feldman et al. 2008, with the chain in place of
///    simulation). The chain is solved a day at a time (`SegmentedChain`), so a round re-solves
///    only the days its changes reach.
public enum EscalationStaffing {
  /// Largest difference of a state probability between the week's start and end that
  /// counts as the cyclic regime.
  public static let cyclicTolerance = 1e-5

  /// - Complexity: O((1 + rounds) · chain intervals · steps · states) at worst; a round costs
  ///   the days it reaches.
  public static func plan(
    arrivals: [Double], intervalMinutes: Int, handleSeconds: Double, target: ServiceTarget,
    maxOccupancy: Percentage, chainIntervalMinutes: Int = 60, stepSeconds: Double = 1800,
    scheme: StepScheme = .trBDF2,
    maxRounds: Int = 30
  ) throws(RequirementError) -> EscalationPlan {
    guard handleSeconds > 0 else {
      throw .invalidValue(field: "escalations.handle_time", reason: "must be above 0 s")
    }
    let group = max(1, chainIntervalMinutes / intervalMinutes)
    let chainMinutes = intervalMinutes * group
    let chainSeconds = Double(chainMinutes * 60)
    let count = (arrivals.count + group - 1) / group
    var rates = [Double](repeating: 0, count: count)
    for (i, value) in arrivals.enumerated() { rates[i / group] += value / chainSeconds }
    let goal = target.serviceLevel.value
    guard rates.contains(where: { $0 > 0 }) else {
      let zeros = [Int](repeating: 0, count: count)
      return EscalationPlan(
        agents: [Int](repeating: 0, count: arrivals.count), chainIntervalMinutes: chainMinutes,
        modifiedLoad: [Double](repeating: 0, count: count), molAgents: zeros,
        chainAgents: zeros, serviceLevels: [Double](repeating: 1, count: count), rounds: 0,
        converged: true)
    }
    do {
      let warm = try ModifiedOfferedLoad(
        arrivalsPerSecond: rates, intervalSeconds: chainSeconds, handleSeconds: handleSeconds)
      let load = try ModifiedOfferedLoad(
        arrivalsPerSecond: rates, intervalSeconds: chainSeconds, handleSeconds: handleSeconds,
        initialLoad: warm.atEnd)
      let start = load.average.map { m in
        LiveQueue.size(
          classes: [
            LiveQueueClass(
              tier: .enterprise, arrivalsPerSecond: m / handleSeconds,
              handleSeconds: handleSeconds, target: target)
          ], policy: .fifo, maxOccupancy: maxOccupancy
        ).agents
      }
      var agents = start
      var rounds = 0
      // The first round starts from Poisson(m̄) (the infinite-server number in system, an
      // optimistic start: no queue); once no interval misses, the week is run again from its
      // own end until it ends where it started (the cyclic regime), and any interval that
      // then misses is raised too. Agents are only ever added, so the answer meets the goal
      // under the cyclic chain.
      var initial = poisson(mean: load.average[0])
      var chain = SegmentedChain(
        rates: rates, handleSeconds: handleSeconds, intervalSeconds: chainSeconds,
        targetSeconds: target.within.seconds, stepSeconds: stepSeconds, scheme: scheme,
        segmentLength: max(1, 1440 / chainMinutes))
      try chain.evaluate(agents: agents, initial: initial)
      func missing() -> [Int] {
        goal < 1 ? chain.intervals.filter { $0.arrivals > 0 && $0.serviceLevel < goal }
          .map(\.interval) : []
      }
      var misses = missing()
      var cyclicPasses = 0
      while true {
        if misses.isEmpty {
          // Done when the week ends where it started (the cyclic regime); otherwise run the
          // week again from its end.
          let cyclic = SegmentedChain.close(
            chain.finalDistribution, initial, tolerance: cyclicTolerance)
          guard !cyclic && cyclicPasses < 3 else { break }
          cyclicPasses += 1
          initial = chain.finalDistribution
        } else {
          guard rounds < maxRounds else { break }
          for interval in misses { agents[interval] += 1 }
          rounds += 1
        }
        try chain.evaluate(agents: agents, initial: initial)
        misses = missing()
      }
      let evaluated = chain.intervals
      return EscalationPlan(
        agents: arrivals.indices.map { agents[$0 / group] }, chainIntervalMinutes: chainMinutes,
        modifiedLoad: load.average, molAgents: start, chainAgents: agents,
        serviceLevels: evaluated.map(\.serviceLevel), rounds: rounds,
        converged: misses.isEmpty)
    } catch {
      throw .queueing("escalations: \(error.description)")
    }
  }
}

extension EscalationStaffing {
  /// Poisson(m) probabilities of 0…K, K = ⌈m + 12√m⌉ + 12, renormalised to sum to 1: the
  /// number in system of an infinite-server queue with offered load m (Eick, Massey & Whitt
  /// 1993). Computed by the ratio recursion p_k = p_{k−1}·m/k from the mode outwards in log
  /// space, so large m does not underflow.
  static func poisson(mean m: Double) -> [Double] {
    guard m > 0 else { return [1] }
    let top = Int((m + 12 * m.squareRoot()).rounded(.up)) + 12
    var logs = [Double](repeating: 0, count: top + 1)
    for k in 1...top { logs[k] = logs[k - 1] + log(m / Double(k)) }
    let peak = logs.max() ?? 0
    var p = logs.map { exp($0 - peak) }
    let total = p.reduce(0, +)
    for k in p.indices { p[k] /= total }
    return p
  }
}

/// The P1 on-call floor (DESIGN.md §4, guide lines 20 and 25).
///
/// Incidents arrive as Poisson at λ = per month / (365.25/12 × 86400 s) and last D on
/// average, so simultaneous incidents are Poisson(a), a = λD (M/G/∞, any duration
/// distribution). An incident is acknowledged within 15 minutes when a response team is free,
/// so the rota keeps k teams of `responders` on call in every interval of the week, k the
/// smallest with Erlang B(k, a) ≤ 1% (the share of incidents finding every team busy;
/// Erlang B is insensitive to the duration distribution). At least one team whenever
/// incidents can occur.
public enum OnCallStaffing {
  /// Share of incidents allowed to find every team busy.
  public static let busyRisk = 0.01

  /// Teams k and the incident load a.
  public static func teams(incidentsPerMonth: Double, durationSeconds: Double)
    -> (teams: Int, load: Double, blocking: Double)
  {
    guard incidentsPerMonth > 0, durationSeconds > 0 else { return (0, 0, 0) }
    let load = incidentsPerMonth / (WeeklyDemand.daysPerMonth * 86_400) * durationSeconds
    var sequence = ErlangBSequence(offeredLoad: load)
    sequence.step()
    while sequence.blocking > busyRisk { sequence.step() }
    return (sequence.servers, load, sequence.blocking)
  }
}
