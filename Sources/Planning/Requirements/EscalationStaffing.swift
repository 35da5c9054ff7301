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
/// 3. Raised against the transient M(t)/M/s(t) chain (`TimeVaryingQueue`, implicit steps,
///    one `dgtsv` solve each): every interval with arrivals below the goal gets one more agent
///    until none misses (iterative staffing, Feldman et al. 2008, with the chain in place of
///    simulation). Each round starts from the previous round's end-of-week distribution.
public enum EscalationStaffing {
  /// - Complexity: O(rounds · chain intervals · steps · states).
  public static func plan(
    arrivals: [Double], intervalMinutes: Int, handleSeconds: Double, target: ServiceTarget,
    maxOccupancy: Percentage, chainIntervalMinutes: Int = 60, stepSeconds: Double = 300,
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
      func queue(_ staffing: [Int]) throws(TimeVaryingQueueError) -> TimeVaryingQueue {
        try TimeVaryingQueue(
          arrivalsPerSecond: rates, agents: staffing, handleSeconds: handleSeconds,
          intervalSeconds: chainSeconds, targetSeconds: target.within.seconds,
          stepSeconds: stepSeconds)
      }
      var initial = try queue(agents).evaluate().finalDistribution
      var evaluation = try queue(agents).evaluate(initialDistribution: initial)
      var missing = goal < 1 ? evaluation.intervalsMissing(serviceLevel: goal) : []
      while !missing.isEmpty && rounds < maxRounds {
        for interval in missing { agents[interval] += 1 }
        rounds += 1
        initial = evaluation.finalDistribution
        evaluation = try queue(agents).evaluate(initialDistribution: initial)
        missing = evaluation.intervalsMissing(serviceLevel: goal)
      }
      return EscalationPlan(
        agents: arrivals.indices.map { agents[$0 / group] }, chainIntervalMinutes: chainMinutes,
        modifiedLoad: load.average, molAgents: start, chainAgents: agents,
        serviceLevels: evaluation.intervals.map(\.serviceLevel), rounds: rounds,
        converged: missing.isEmpty)
    } catch {
      throw .queueing("escalations: \(error.description)")
    }
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
