import Foundation
import Testing
@testable import Queueing

@Suite struct BirthDeathChainTests {
  /// Two states, 0 → 1 at rate a, 1 → 0 at rate b, from p = (1, 0): the exact transient is
  /// p₁(t) = a/(a+b)·(1 − e^{−(a+b)t}) (solution of the 2×2 linear ODE).
  static func twoStateError(steps: Int, scheme: StepScheme) throws -> Double {
    let a = 0.02
    let b = 0.03
    let horizon = 60.0
    let chain = try BirthDeathChain(birthRates: [a, 0], deathRates: [0, b])
    var p = [1.0, 0.0]
    for _ in 0..<steps {
      p = try chain.implicitStep(p, seconds: horizon / Double(steps), scheme: scheme)
    }
    let exact = a / (a + b) * (1 - exp(-(a + b) * horizon))
    return abs(p[1] - exact)
  }

  @Test func backwardEulerConvergesAtFirstOrder() throws {
    let coarse = try Self.twoStateError(steps: 10, scheme: .backwardEuler)
    let fine = try Self.twoStateError(steps: 20, scheme: .backwardEuler)
    let finer = try Self.twoStateError(steps: 40, scheme: .backwardEuler)
    // Halving the step halves the error for a first-order method (ratio → 2).
    #expect(abs(coarse / fine - 2) < 0.15)
    #expect(abs(fine / finer - 2) < 0.1)
    #expect(finer < 3e-3)
  }

  @Test func trBDF2ConvergesAtSecondOrder() throws {
    let coarse = try Self.twoStateError(steps: 10, scheme: .trBDF2)
    let fine = try Self.twoStateError(steps: 20, scheme: .trBDF2)
    let finer = try Self.twoStateError(steps: 40, scheme: .trBDF2)
    // Second order: halving the step quarters the error (ratio → 4).
    #expect(abs(coarse / fine - 4) < 0.3)
    #expect(abs(fine / finer - 4) < 0.2)
    #expect(finer < 2e-5)
  }

  /// M/M/10/10 with A = 5: the stationary mass at the top state is Erlang B blocking,
  /// 0.018384570336648132 (classic Erlang B table 1.84%; 50-digit value of
  /// erlang-public.json case B1).
  @Test func lossSystemSteadyStateIsErlangB() throws {
    let chain = try BirthDeathChain.queue(
      arrivalsPerSecond: 5, handleSeconds: 1, agents: 10, maxState: 10)
    let pi = try chain.stationaryDistribution()
    #expect(abs(pi[10] - 0.018384570336648132) < 1e-15)
    #expect(abs(pi.reduce(0, +) - 1) < 1e-15)

    // The long-run limit of implicit steps reaches the same value from an empty system.
    var p = [Double](repeating: 0, count: 11)
    p[0] = 1
    for _ in 0..<400 {
      p = try chain.implicitStep(p, seconds: 0.25, scheme: .backwardEuler)
      #expect(p.allSatisfy { $0 >= 0 })
    }
    #expect(abs(p[10] - 0.018384570336648132) < 1e-12)
    #expect(abs(p.reduce(0, +) - 1) < 1e-13)
  }

  /// M/M/N+M with θ = μ: the number in system is Poisson(A) (DESIGN.md §4), so with A = 10,
  /// N = 10, P(wait) = P(Pois(10) ≥ 10) = 0.5420702855281478 (erlang-public.json case A10).
  @Test func erlangAWithEqualPatienceIsPoisson() throws {
    let chain = try BirthDeathChain.queue(
      arrivalsPerSecond: 10.0 / 180, handleSeconds: 180, agents: 10, patienceSeconds: 180,
      maxState: 60)
    let pi = try chain.stationaryDistribution()
    let waitProbability = pi[10...].reduce(0, +)
    #expect(abs(waitProbability - 0.5420702855281478) < 1e-13)

    var p = [Double](repeating: 0, count: 61)
    p[0] = 1
    for _ in 0..<3000 {
      p = try chain.implicitStep(p, seconds: 60, scheme: .trBDF2)
    }
    #expect(abs(p[10...].reduce(0, +) - 0.5420702855281478) < 1e-11)
    #expect(abs(p.reduce(0, +) - 1) < 1e-12)
  }

  /// Backward Euler keeps every probability ≥ 0 and the total at 1 even with steps far
  /// longer than the chain's time scale (an M-matrix with unit column sums).
  @Test func backwardEulerConservesMassAndSign() throws {
    let chain = try BirthDeathChain.queue(
      arrivalsPerSecond: 2, handleSeconds: 10, agents: 15, patienceSeconds: 30, maxState: 80)
    var p = [Double](repeating: 0, count: 81)
    p[0] = 1
    for step in [0.001, 1, 600, 1e6] {
      p = try chain.implicitStep(p, seconds: step)
      #expect(p.allSatisfy { $0 >= 0 })
      // Exact in exact arithmetic; rounding grows with the entries, about ε·h·(λ + μ_K).
      #expect(abs(p.reduce(0, +) - 1) < 1e-15 * max(1, step * 5))
    }
  }

  @Test func badInputsAreErrors() throws {
    #expect(throws: BirthDeathChainError.rateCountMismatch(births: 2, deaths: 1)) {
      try BirthDeathChain(birthRates: [1, 1], deathRates: [1])
    }
    #expect(throws: BirthDeathChainError.invalidRate(kind: "death", state: 1, value: -1)) {
      try BirthDeathChain(birthRates: [1, 1], deathRates: [0, -1])
    }
    let chain = try BirthDeathChain(birthRates: [1, 0], deathRates: [0, 1])
    #expect(throws: BirthDeathChainError.invalidStep(seconds: 0)) {
      try chain.implicitStep([1, 0], seconds: 0)
    }
    #expect(throws: BirthDeathChainError.distributionLength(expected: 2, actual: 3)) {
      try chain.implicitStep([1, 0, 0], seconds: 1)
    }
    // No transitions at all: no unique steady state; the singular solve is reported.
    let frozen = try BirthDeathChain(birthRates: [0, 0], deathRates: [0, 0])
    #expect(throws: BirthDeathChainError.solve(.singular(pivot: 1))) {
      try frozen.stationaryDistribution()
    }
  }
}
