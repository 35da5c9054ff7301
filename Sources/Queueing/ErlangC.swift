import Foundation

/// Erlang C (M/M/N): Poisson arrivals, exponential handle times, N agents, infinite patience.
///
/// C(N, A) = N·B / (N − A(1 − B)) with B the Erlang B blocking of N lines, so no factorial
/// is ever formed. With target t (s) and handle time AHT (s):
///   SL(t) = 1 − C·e^{−(N−A)t/AHT},  ASA = C·AHT/(N − A),  occupancy = A/N.
/// Requires N > A for a stable queue. Source: DESIGN.md §4; Gross & Harris, *Fundamentals of
/// Queueing Theory*, §2.3.
public enum ErlangC {
  /// Metrics of `agents` agents, given B(agents, A) already computed (staffing searches keep it).
  /// An unstable queue (N ≤ A with A > 0) reports P(wait) = 1, SL = 0, ASA nil, occupancy 1.
  public static func metrics(
    agents: Int, traffic: Traffic, targetSeconds: Double, blocking: Double
  ) -> QueueMetrics {
    let load = traffic.offeredLoad
    let n = Double(agents)
    if load == 0 {
      return QueueMetrics(
        agents: agents, waitProbability: 0, serviceLevel: 1, asa: 0, occupancy: 0)
    }
    guard n > load else {
      return QueueMetrics(
        agents: agents, waitProbability: 1, serviceLevel: 0, asa: nil, occupancy: 1)
    }
    let wait = n * blocking / (n - load * (1 - blocking))
    let excessRate = (n - load) / traffic.handleSeconds
    return QueueMetrics(
      agents: agents,
      waitProbability: wait,
      serviceLevel: 1 - wait * exp(-excessRate * targetSeconds),
      asa: wait / excessRate,
      occupancy: load / n)
  }

  /// Metrics of `agents` agents. - Complexity: O(agents).
  public static func metrics(agents: Int, traffic: Traffic, targetSeconds: Double) -> QueueMetrics {
    metrics(
      agents: agents, traffic: traffic, targetSeconds: targetSeconds,
      blocking: ErlangB.blocking(lines: agents, offeredLoad: traffic.offeredLoad))
  }

  /// The probability of waiting alone, C(N, A). Requires N > A.
  public static func waitProbability(agents: Int, offeredLoad: Double) -> Double {
    let traffic = Traffic(arrivalsPerSecond: offeredLoad, handleSeconds: 1)
    return metrics(agents: agents, traffic: traffic, targetSeconds: 0).waitProbability
  }
}
