import Foundation
import Testing
@testable import Queueing

@Suite struct TimeVaryingQueueTests {
  /// Erlang C case G14 of erlang-public.json (closed form, 50-digit): 100 contacts per
  /// 1800 s, AHT 180 s, N = 14, target 20 s → P(wait) 0.17413193359504983,
  /// SL 0.8883500191794669. The implicit step's fixed point is exactly the stationary
  /// distribution, so what is left after 12 h is the start-up transient (slowest rate
  /// (√(Nμ) − √λ)² ≈ 0.0019/s, i.e. e^{−70} by the last interval) plus the 1e-13 truncation:
  /// 1e-10 covers both with room.
  @Test(arguments: StepScheme.allCases)
  func constantLoadConvergesToErlangC(scheme: StepScheme) throws {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: Array(repeating: 100.0 / 1800, count: 24),
      agents: Array(repeating: 14, count: 24), handleSeconds: 180, intervalSeconds: 1800,
      targetSeconds: 20, scheme: scheme)
    let result = try queue.evaluate()
    let last = try #require(result.intervals.last)
    #expect(abs(last.waitProbability - 0.17413193359504983) < 1e-10)
    #expect(abs(last.serviceLevel - 0.8883500191794669) < 1e-10)
    #expect(last.abandonments == 0)
    // The first interval starts empty, so it does better than steady state.
    #expect(result.intervals[0].waitProbability < 0.17)
    #expect(result.largestEdgeMass <= TimeVaryingQueue.truncationTolerance)
  }

  /// Erlang A case A10 (erlang-public.json): A = 10, N = 10, patience = AHT = 180 s, so the
  /// number in system is Poisson(10): P(wait) = P(Pois(10) ≥ 10) = 0.5420702855281478 and
  /// P(abandon) = θ·E[Q]/λ = 0.1251100357211333. Same tolerance argument as above.
  @Test func constantLoadConvergesToErlangA() throws {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: Array(repeating: 100.0 / 1800, count: 24),
      agents: Array(repeating: 10, count: 24), handleSeconds: 180, patienceSeconds: 180,
      intervalSeconds: 1800, targetSeconds: 20)
    let last = try #require(try queue.evaluate().intervals.last)
    #expect(abs(last.waitProbability - 0.5420702855281478) < 1e-10)
    #expect(abs((last.abandonProbability ?? -1) - 0.1251100357211333) < 1e-10)
    // Poisson(10) in system: E[k] = 10 exactly.
    #expect(abs(last.meanInSystem - 10) < 1e-9)
  }

  /// With no agents and no patience nothing leaves: the backlog at the end of an interval of
  /// λ = 0.05/s over 1800 s is Poisson with mean λL = 90 (a Poisson process count). The next
  /// interval staffs 40 agents and works the backlog off; nothing traps or is lost.
  @Test func backlogCarriesAcrossIntervals() throws {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: [0.05, 0.05, 0.0], agents: [0, 40, 40], handleSeconds: 180,
      intervalSeconds: 1800, targetSeconds: 20)
    let result = try queue.evaluate()
    #expect(abs(result.intervals[0].queueAtEnd - 90) < 1e-6)
    #expect(abs(result.intervals[0].waitProbability - 1) < 1e-12)
    #expect(abs(result.intervals[0].serviceLevel) < 1e-12)
    // The fluid backlog of 90 drains at Nμ − λ ≈ 0.17/s, keeping every agent busy for about
    // 520 of the 1800 s, where the stationary formula promises almost no waiting.
    #expect(result.intervals[1].promised.waitProbability < 1e-6)
    #expect(result.intervals[1].waitProbability > 0.1)
    #expect(result.intervals[2].queueAtEnd < 1e-3)
    #expect(abs(result.finalDistribution.reduce(0, +) - 1) < 1e-12)
    #expect(result.finalDistribution.allSatisfy { $0 >= 0 })
  }

  /// A load far beyond capacity grows the state space instead of losing mass at the top.
  @Test func overloadGrowsTheStateSpace() throws {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: [1, 1], agents: [5, 5], handleSeconds: 60, intervalSeconds: 900,
      targetSeconds: 20)
    let result = try queue.evaluate()
    #expect(result.stateSpaceGrowths > 0)
    #expect(result.largestEdgeMass <= TimeVaryingQueue.truncationTolerance)
    // Capacity 5/60 per second against 1 per second: the queue grows by about
    // (λ − Nμ)·1800 s = 1650 contacts over the two intervals (fluid limit).
    #expect(abs(result.intervals[1].queueAtEnd - 1650) < 5)
    #expect(abs(result.finalDistribution.reduce(0, +) - 1) < 1e-9)
  }

  @Test func badInputsAreErrors() {
    #expect(throws: TimeVaryingQueueError.lengthMismatch(arrivals: 2, agents: 1)) {
      try TimeVaryingQueue(
        arrivalsPerSecond: [1, 1], agents: [1], handleSeconds: 1, intervalSeconds: 60,
        targetSeconds: 1)
    }
    #expect(throws: TimeVaryingQueueError.negativeAgents(interval: 0, value: -1)) {
      try TimeVaryingQueue(
        arrivalsPerSecond: [1], agents: [-1], handleSeconds: 1, intervalSeconds: 60,
        targetSeconds: 1)
    }
    #expect(throws: TimeVaryingQueueError.invalidDuration(name: "handle time", seconds: 0)) {
      try TimeVaryingQueue(
        arrivalsPerSecond: [1], agents: [1], handleSeconds: 0, intervalSeconds: 60,
        targetSeconds: 1)
    }
    #expect(
      throws: TimeVaryingQueueError.stepDoesNotDivideInterval(
        stepSeconds: 70, intervalSeconds: 900)
    ) {
      try TimeVaryingQueue(
        arrivalsPerSecond: [1], agents: [1], handleSeconds: 1, intervalSeconds: 900,
        targetSeconds: 1, stepSeconds: 70)
    }
    #expect(throws: TimeVaryingQueueError.self) {
      try TimeVaryingQueue(
        arrivalsPerSecond: [1], agents: [1], handleSeconds: 1, intervalSeconds: 60,
        targetSeconds: 1
      ).evaluate(initialDistribution: [0.5, 0.2])
    }
  }
}

@Suite struct AnsweredWithinTargetTests {
  /// Erlang C: u_j = P(Poisson(Nμt) ≥ j + 1), here summed directly from the Poisson pmf.
  @Test func withoutPatienceIsThePoissonTail() {
    let n = 14
    let mu = 1.0 / 180
    let t = 20.0
    let u = AnsweredWithinTarget.probabilities(
      aheadMax: 30, agents: n, mu: mu, theta: 0, seconds: t)
    let mean = Double(n) * mu * t
    var pmf = exp(-mean)
    var cdf = pmf
    for j in 0...30 {
      // P(Pois ≥ j+1) = 1 − P(Pois ≤ j)
      #expect(abs(u[j] - (1 - cdf)) < 1e-14)
      pmf *= mean / Double(j + 1)
      cdf += pmf
    }
  }

  /// With patience θ: one place ahead or none, by direct integration of the exponential
  /// densities. j = 0: ∫₀ᵗ r₀e^{−r₀v}e^{−θv}dv = r₀/β·(1 − e^{−βt}), β = r₀ + θ.
  /// j = 1 (rates r₁ then r₀): r₁r₀/β·[(1 − e^{−αt})/α − (e^{−αt} − e^{−βt})/(β − α)],
  /// α = r₁ + θ.
  @Test func withPatienceMatchesDirectIntegration() {
    let n = 3
    let mu = 1.0 / 120
    let theta = 1.0 / 60
    let t = 45.0
    let u = AnsweredWithinTarget.probabilities(
      aheadMax: 5, agents: n, mu: mu, theta: theta, seconds: t)
    let r0 = Double(n) * mu
    let r1 = r0 + theta
    let beta = r0 + theta
    let alpha = r1 + theta
    let none = r0 / beta * (1 - exp(-beta * t))
    let one = r1 * r0 / beta
      * ((1 - exp(-alpha * t)) / alpha - (exp(-alpha * t) - exp(-beta * t)) / (beta - alpha))
    #expect(abs(u[0] - none) < 1e-14)
    #expect(abs(u[1] - one) < 1e-14)
    #expect(u[5] < u[1])
  }
}

@Suite struct ModifiedOfferedLoadTests {
  /// M(t)/M/∞ after a step from λ₁ to λ₂ at t = 0, starting in steady state λ₁S: the mean
  /// number in system is m(t) = λ₂S + (λ₁ − λ₂)S·e^{−t/S} (Eick, Massey & Whitt 1993).
  @Test func stepChangeMatchesInfiniteServerClosedForm() throws {
    let s = 7200.0
    let lambda1 = 10.0 / 3600
    let lambda2 = 30.0 / 3600
    let mol = try ModifiedOfferedLoad(
      arrivalsPerSecond: [lambda2, lambda2, lambda2, lambda2], intervalSeconds: 3600,
      handleSeconds: s, initialLoad: lambda1 * s)
    for t in [0.0, 600, 3600, 5400, 14400] {
      let exact = lambda2 * s + (lambda1 - lambda2) * s * exp(-t / s)
      #expect(abs(mol.load(atSeconds: t) - exact) < 1e-12 * exact)
    }
    // Interval average = (1/L)∫ of the closed form over [L, 2L].
    let l = 3600.0
    let average = lambda2 * s + (lambda1 - lambda2) * s * s / l * (exp(-l / s) - exp(-2 * l / s))
    #expect(abs(mol.average[1] - average) < 1e-12 * average)
  }

  /// The chain itself, with far more agents than the load (effectively M(t)/M/∞), gives the
  /// same interval-average mean in system: a second method. The difference is the
  /// discretisation: TR-BDF2 is second order and the trapezoidal time average errs by about
  /// h²·|m″|/12 ≈ (h/S)²/12·m ≈ 1e-4·m for h = 60 s, S = 1800 s; allow 2e-4·m.
  @Test func agreesWithTheChainWithManyAgents() throws {
    let rates = [0.01, 0.03, 0.02, 0.0]
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: rates, agents: [200, 200, 200, 200], handleSeconds: 1800,
      intervalSeconds: 3600, targetSeconds: 20, scheme: .trBDF2)
    let result = try queue.evaluate()
    let mol = try ModifiedOfferedLoad(
      arrivalsPerSecond: rates, intervalSeconds: 3600, handleSeconds: 1800)
    for i in 0..<3 {
      #expect(abs(result.intervals[i].meanInSystem - mol.average[i]) < 2e-4 * mol.average[i])
    }
  }
}

@Suite struct TimeVaryingWindowTests {
  /// The evaluation solves on a moving window of states; stepping the whole truncated chain
  /// with `BirthDeathChain.implicitStep` (no window) must give the same distribution, to the
  /// window's edge tolerance, through a surge, a staffing cut and a quiet interval.
  @Test func windowedEvaluationMatchesFullChain() throws {
    let rates = [0.02, 0.2, 0.2, 0.01]
    let agents = [5, 40, 20, 5]
    let start = [0.2, 0.3, 0.3, 0.2]  // an arbitrary starting distribution
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: rates, agents: agents, handleSeconds: 120, patienceSeconds: 300,
      intervalSeconds: 900, targetSeconds: 30)
    let result = try queue.evaluate(initialDistribution: start)
    let states = result.maxState + 1
    var p = start + [Double](repeating: 0, count: states - start.count)
    for (rate, n) in zip(rates, agents) {
      let chain = try BirthDeathChain.queue(
        arrivalsPerSecond: rate, handleSeconds: 120, agents: n, patienceSeconds: 300,
        maxState: states - 1)
      for _ in 0..<15 { p = try chain.implicitStep(p, seconds: 60) }
    }
    for k in 0..<states {
      #expect(abs(result.finalDistribution[k] - p[k]) < 1e-11)
    }
    #expect(result.largestEdgeMass <= TimeVaryingQueue.truncationTolerance)
  }

  /// Week and day shares weight each interval's service level by its arrivals.
  @Test func sharesWeighByArrivals() throws {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: [0.01, 0.03], agents: [1, 1], handleSeconds: 60,
      intervalSeconds: 600, targetSeconds: 10)
    let result = try queue.evaluate()
    let a = result.intervals[0]
    let b = result.intervals[1]
    // Definition: Σ SL_i·arrivals_i / Σ arrivals_i, arrivals 6 and 18.
    let expected = (a.serviceLevel * 6 + b.serviceLevel * 18) / 24
    #expect(abs((result.answeredWithinTargetShare(0..<2) ?? -1) - expected) < 1e-15)
    #expect(abs(a.arrivals - 6) < 1e-12 && abs(b.arrivals - 18) < 1e-12)
    // One agent at 0.03/s × 60 s = 1.8 Erlangs is overloaded: the second interval misses.
    #expect(result.intervalsMissing(serviceLevel: 0.8).contains(1))
  }
}
