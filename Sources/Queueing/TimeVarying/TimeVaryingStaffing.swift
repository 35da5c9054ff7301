import Foundation

/// Agents per interval for work whose handle time is long against the interval, where
/// per-interval (stationary) staffing misses (Green, Kolesar & Whitt 2007).
///
/// Two methods, both judged by the service level of `TimeVaryingEvaluation`:
/// - `modifiedOfferedLoad`: the stationary formula (Erlang C, or Erlang A with patience)
///   applied to each interval's mean modified offered load m̄_i instead of λ_i·AHT
///   (`ModifiedOfferedLoad`); Jennings, Mandelbaum, Massey & Whitt (1996).
/// - `iterative`: start from the MOL staffing, evaluate the time-varying queue, add one
///   agent to every interval that misses, and repeat until none misses or `maxRounds` is
///   reached; a deterministic form of the iterative staffing algorithm of Feldman,
///   Mandelbaum, Massey & Whitt (2008), with the chain in place of simulation. It only adds
///   agents, so intervals the MOL start over-staffs stay over-staffed.
public enum TimeVaryingStaffing {
  /// The smallest N per interval whose stationary service level at load m̄_i meets `goal`
  /// (0 < goal < 1) within `targetSeconds`.
  /// - Complexity: O(Σ N_i) (Erlang B stepped once per N).
  public static func modifiedOfferedLoad(
    arrivalsPerSecond: [Double], handleSeconds: Double, patienceSeconds: Double? = nil,
    intervalSeconds: Double, serviceLevel goal: Double, targetSeconds: Double
  ) throws(TimeVaryingQueueError) -> [Int] {
    guard goal > 0 && goal < 1 else { throw .invalidServiceLevelGoal(goal) }
    let load = try ModifiedOfferedLoad(
      arrivalsPerSecond: arrivalsPerSecond, intervalSeconds: intervalSeconds,
      handleSeconds: handleSeconds)
    return load.average.map { offered in
      stationaryAgents(
        offeredLoad: offered, handleSeconds: handleSeconds, patienceSeconds: patienceSeconds,
        goal: goal, targetSeconds: targetSeconds)
    }
  }

  /// MOL staffing raised interval by interval until the time-varying evaluation meets
  /// `goal` everywhere (or `maxRounds` rounds pass; then `converged` is false).
  /// - Complexity: O(rounds · evaluation).
  public static func iterative(
    arrivalsPerSecond: [Double], handleSeconds: Double, patienceSeconds: Double? = nil,
    intervalSeconds: Double, serviceLevel goal: Double, targetSeconds: Double,
    stepSeconds: Double = 60, maxRounds: Int = 100
  ) throws(TimeVaryingQueueError) -> TimeVaryingStaffingResult {
    let start = try modifiedOfferedLoad(
      arrivalsPerSecond: arrivalsPerSecond, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, intervalSeconds: intervalSeconds,
      serviceLevel: goal, targetSeconds: targetSeconds)
    var agents = start
    var rounds = 0
    while true {
      let queue = try TimeVaryingQueue(
        arrivalsPerSecond: arrivalsPerSecond, agents: agents, handleSeconds: handleSeconds,
        patienceSeconds: patienceSeconds, intervalSeconds: intervalSeconds,
        targetSeconds: targetSeconds, stepSeconds: stepSeconds)
      let evaluation = try queue.evaluate()
      let missing = evaluation.intervalsMissing(serviceLevel: goal)
      if missing.isEmpty || rounds == maxRounds {
        return TimeVaryingStaffingResult(
          agents: agents, startingAgents: start, evaluation: evaluation, rounds: rounds,
          converged: missing.isEmpty)
      }
      for interval in missing { agents[interval] += 1 }
      rounds += 1
    }
  }

  /// Smallest N meeting the goal at `offeredLoad` Erlangs, stepping Erlang B
  /// (B_N = A·B_{N−1}/(N + A·B_{N−1})) so each N costs O(1) plus the metric itself.
  static func stationaryAgents(
    offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double?, goal: Double,
    targetSeconds: Double
  ) -> Int {
    guard offeredLoad > 0 else { return 0 }
    let traffic = Traffic(arrivalsPerSecond: offeredLoad / handleSeconds,
      handleSeconds: handleSeconds)
    var blocking = 1.0
    var n = 0
    while true {
      n += 1
      blocking = offeredLoad * blocking / (Double(n) + offeredLoad * blocking)
      let metrics: QueueMetrics
      if let patience = patienceSeconds {
        metrics = ErlangA.metrics(
          agents: n, traffic: traffic, patienceSeconds: patience, targetSeconds: targetSeconds,
          blocking: blocking)
      } else {
        guard Double(n) > offeredLoad else { continue }
        metrics = ErlangC.metrics(
          agents: n, traffic: traffic, targetSeconds: targetSeconds, blocking: blocking)
      }
      if metrics.serviceLevel >= goal { return n }
    }
  }
}

/// Agents per interval from `TimeVaryingStaffing.iterative`, with the evaluation of that
/// staffing.
public struct TimeVaryingStaffingResult: Sendable, Equatable {
  /// The final agents per interval.
  public var agents: [Int]
  /// The MOL staffing the rounds started from.
  public var startingAgents: [Int]
  /// The time-varying evaluation of `agents`.
  public var evaluation: TimeVaryingEvaluation
  /// Rounds of raising taken.
  public var rounds: Int
  /// Whether every interval with arrivals meets the goal.
  public var converged: Bool
}
