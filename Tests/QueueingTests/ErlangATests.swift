import Foundation
import Testing
@testable import Queueing

/// Erlang A checked three independent ways: the θ = μ Poisson identity (reference cases A10,
/// A12, A14 of erlang-public.json, mpmath 50-digit), a direct numerical integration of the
/// waiting customer's Markov chain, and the θ → 0 limit, which is Erlang C.
@Suite("Erlang A")
struct ErlangATests {
  struct PoissonCase: Sendable {
    let agents: Int
    let waitProbability: Double
    let abandonProbability: Double
    let meanWaitAll: Double
  }

  // Volume 100 per 1800 s, AHT 180 s, patience 180 s: θ = μ so the number in system is
  // Poisson(A = 10) and P(wait) = P(Pois(10) ≥ N).
  static let poissonCases = [
    PoissonCase(
      agents: 10, waitProbability: 0.5420702855281478, abandonProbability: 0.1251100357211333,
      meanWaitAll: 22.519806429803992),
    PoissonCase(
      agents: 12, waitProbability: 0.3032238536968933, abandonProbability: 0.053091625370742516,
      meanWaitAll: 9.556492566733654),
    PoissonCase(
      agents: 14, waitProbability: 0.135535577380689, abandonProbability: 0.01869371527216105,
      meanWaitAll: 3.3648687489889895),
  ]

  @Test("θ = μ: P(wait), P(abandon) and mean wait equal the Poisson identity",
    arguments: poissonCases)
  func poissonIdentity(_ reference: PoissonCase) {
    let traffic = Traffic(volume: 100, intervalSeconds: 1800, handleSeconds: 180)
    let metrics = ErlangA.metrics(
      agents: reference.agents, traffic: traffic, patienceSeconds: 180, targetSeconds: 20)
    #expect(close(metrics.waitProbability, reference.waitProbability, relative: 1e-12))
    #expect(close(metrics.abandonProbability ?? -1, reference.abandonProbability, relative: 1e-12))
    #expect(close(metrics.meanWaitAll ?? -1, reference.meanWaitAll, relative: 1e-12))
  }

  @Test("service level and ASA agree with a numerical solution of the waiting customer's chain",
    arguments: [(10, 180.0, 20.0), (12, 180.0, 20.0), (14, 90.0, 30.0), (9, 600.0, 60.0)])
  func serviceLevelByIntegration(agents: Int, patience: Double, target: Double) {
    let traffic = Traffic(volume: 100, intervalSeconds: 1800, handleSeconds: 180)
    let metrics = ErlangA.metrics(
      agents: agents, traffic: traffic, patienceSeconds: patience, targetSeconds: target)
    let check = WaitingChainIntegration(
      lambda: traffic.arrivalsPerSecond, mu: 1 / 180, theta: 1 / patience, servers: agents)
    #expect(abs(metrics.waitProbability - check.waitProbability) < 1e-10)
    #expect(abs(metrics.serviceLevel - check.answeredWithin(target)) < 1e-7)
    #expect(abs((metrics.asa ?? -1) - check.meanWaitOfAnswered()) < 1e-5)
  }

  @Test("very long patience approaches Erlang C (θ → 0)")
  func erlangCLimit() {
    let traffic = Traffic(volume: 100, intervalSeconds: 1800, handleSeconds: 180)
    let a = ErlangA.metrics(agents: 13, traffic: traffic, patienceSeconds: 1e8, targetSeconds: 20)
    // Erlang C at N = 13 (reference case G13, closed form).
    #expect(abs(a.waitProbability - 0.28527045303649295) < 1e-5)
    #expect(abs(a.serviceLevel - 0.7955947884177831) < 1e-5)
    #expect(abs((a.asa ?? -1) - 17.116227182189576) < 1e-3)
  }

  @Test("stable and finite at 10,000 agents and under overload")
  func extremeStaffing() {
    // 10,000 agents at A = 9,950 Erlangs; and 50 agents facing 500 Erlangs (heavy abandonment).
    for (agents, load) in [(10_000, 9_950.0), (50, 500.0), (1, 0.001)] {
      let traffic = Traffic(arrivalsPerSecond: load / 300, handleSeconds: 300)
      let metrics = ErlangA.metrics(
        agents: agents, traffic: traffic, patienceSeconds: 120, targetSeconds: 20)
      for value in [metrics.waitProbability, metrics.serviceLevel, metrics.occupancy,
        metrics.abandonProbability ?? .nan, metrics.asa ?? .nan]
      {
        #expect(value.isFinite && value >= 0)
      }
      #expect(metrics.serviceLevel <= 1 && metrics.waitProbability <= 1)
    }
    // Overload: agents work flat out and the excess abandons, so the carried load is close to
    // N: occupancy → 1 and P(abandon) → 1 − N/A = 0.9 (fluid limit, Whitt 2004).
    let overload = ErlangA.metrics(
      agents: 50, traffic: Traffic(arrivalsPerSecond: 500.0 / 300, handleSeconds: 300),
      patienceSeconds: 120, targetSeconds: 20)
    #expect(abs((overload.abandonProbability ?? 0) - 0.9) < 0.01)
  }

  @Test("staffing search with an abandonment cap meets it at N and misses it at N − 1")
  func abandonmentCap() throws {
    let traffic = Traffic(volume: 100, intervalSeconds: 1800, handleSeconds: 180)
    let targets = StaffingTargets(maxAbandon: Percentage(fraction: ExactDecimal(digits: 2, scale: 2)))
    let result = try StaffingSearch.erlangA(
      traffic: traffic, patienceSeconds: 180, targets: targets)
    // θ = μ Poisson identity: P(abandon) at N = 14 is 1.87% (case A14) and at 13 above 2%.
    #expect(result.agents == 14)
    #expect(close(result.metrics.abandonProbability ?? -1, 0.01869371527216105, relative: 1e-12))
  }
}

/// A second, independent method for Erlang A: the stationary distribution by direct products,
/// and the waiting customer's chain (i ahead; rates Nμ + iθ; own patience θ) integrated with
/// classical Runge–Kutta. PASTA: arrivals see the stationary distribution.
struct WaitingChainIntegration {
  let lambda: Double
  let mu: Double
  let theta: Double
  let servers: Int
  /// π_k, k = 0…K, normalised.
  let stationary: [Double]

  init(lambda: Double, mu: Double, theta: Double, servers: Int, cap: Int = 400) {
    self.lambda = lambda
    self.mu = mu
    self.theta = theta
    self.servers = servers
    var weights = [1.0]
    for k in 1...cap {
      let death = k <= servers ? Double(k) * mu : Double(servers) * mu + Double(k - servers) * theta
      weights.append(weights[k - 1] * lambda / death)
    }
    let total = weights.reduce(0, +)
    stationary = weights.map { $0 / total }
  }

  var waitProbability: Double { stationary[servers...].reduce(0, +) }

  /// Answered within t over all arrivals, by RK4 on dq_i/dt = −(r_i + θ)q_i + r_{i+1}q_{i+1}.
  func answeredWithin(_ t: Double) -> Double {
    let (served, _) = integrate(until: t, step: 0.01)
    return 1 - waitProbability + served
  }

  /// E[wait | answered]: ∫ s·Nμ·q_0(s) ds over a long horizon, divided by P(answered).
  func meanWaitOfAnswered() -> Double {
    // The queue drains at rate ≥ Nμ + θ ≥ 0.05 per s here, so 1,500 s leaves e^−75 behind.
    let (served, moment) = integrate(until: 1500, step: 0.05)
    let answered = 1 - waitProbability + served
    return moment / answered
  }

  private func integrate(until horizon: Double, step: Double) -> (served: Double, moment: Double) {
    // States beyond 1e-20 of the mass cannot move the results at the tolerances used.
    let queue = Array(stationary[servers...].prefix { $0 > 1e-20 })
    let rates = queue.indices.map { Double(servers) * mu + Double($0) * theta }
    func derivative(_ q: [Double]) -> [Double] {
      q.indices.map { i in
        -(rates[i] + theta) * q[i] + (i + 1 < q.count ? rates[i + 1] * q[i + 1] : 0)
      }
    }
    var q = queue
    var served = 0.0
    var moment = 0.0
    var time = 0.0
    let nMu = Double(servers) * mu
    while time < horizon - 1e-12 {
      let h = min(step, horizon - time)
      let k1 = derivative(q)
      let k2 = derivative(zip(q, k1).map { $0 + h / 2 * $1 })
      let k3 = derivative(zip(q, k2).map { $0 + h / 2 * $1 })
      let k4 = derivative(zip(q, k3).map { $0 + h * $1 })
      let next = q.indices.map { q[$0] + h / 6 * (k1[$0] + 2 * k2[$0] + 2 * k3[$0] + k4[$0]) }
      // Simpson's rule on the outflow Nμ·q_0 over the step (midpoint from the RK stages).
      let mid = q[0] + h / 2 * k2[0]
      served += h / 6 * nMu * (q[0] + 4 * mid + next[0])
      moment += h / 6 * nMu * (time * q[0] + 4 * (time + h / 2) * mid + (time + h) * next[0])
      q = next
      time += h
    }
    return (served, moment)
  }
}
