import Foundation

/// A birth–death chain on states 0…K: the number of contacts in a queueing system.
///
/// From state k the chain moves up at rate λ_k (an arrival) and down at rate μ_k (a service
/// completion or an abandonment). The truncation blocks births at K (λ_K is taken as 0) and
/// μ_0 is taken as 0. The state probabilities p(t) follow the forward (Kolmogorov) equations
///   dp_k/dt = λ_{k−1}p_{k−1} + μ_{k+1}p_{k+1} − (λ_k + μ_k)p_k,   i.e. dp/dt = Qᵀp,
/// with Qᵀ tridiagonal, so an implicit step is one tridiagonal solve (LAPACKE `dgtsv`).
/// Rates are per second, times in seconds. Source: Gross & Harris, *Fundamentals of Queueing
/// Theory*, §2.1 and §8 (numerical transient solutions); DESIGN.md §4 "Long service times".
public struct BirthDeathChain: Sendable, Equatable {
  /// λ_k, k = 0…K, per second. λ_K is ignored (the truncation blocks births at K).
  public let birthRates: [Double]
  /// μ_k, k = 0…K, per second. μ_0 is ignored.
  public let deathRates: [Double]

  /// A chain with the given rates. Requires equal counts ≥ 1, rates finite and ≥ 0.
  public init(birthRates: [Double], deathRates: [Double]) throws(BirthDeathChainError) {
    guard !birthRates.isEmpty else { throw .noStates }
    guard birthRates.count == deathRates.count else {
      throw .rateCountMismatch(births: birthRates.count, deaths: deathRates.count)
    }
    for (k, rate) in birthRates.enumerated() where !(rate >= 0 && rate.isFinite) {
      throw .invalidRate(kind: "birth", state: k, value: rate)
    }
    for (k, rate) in deathRates.enumerated() where !(rate >= 0 && rate.isFinite) {
      throw .invalidRate(kind: "death", state: k, value: rate)
    }
    self.birthRates = birthRates
    self.deathRates = deathRates
  }

  /// The M/M/N+M (Erlang A) chain truncated at `maxState`: birth λ, death min(k, N)·μ +
  /// max(0, k − N)·θ, with μ = 1/handleSeconds and θ = 1/patienceSeconds (θ = 0 when
  /// `patienceSeconds` is nil: Erlang C; with N ≥ K also Erlang B with K lines).
  public static func queue(
    arrivalsPerSecond: Double, handleSeconds: Double, agents: Int,
    patienceSeconds: Double? = nil, maxState: Int
  ) throws(BirthDeathChainError) -> BirthDeathChain {
    guard maxState >= 0 else { throw .noStates }
    let mu = 1 / handleSeconds
    let theta = patienceSeconds.map { 1 / $0 } ?? 0
    let births = [Double](repeating: arrivalsPerSecond, count: maxState + 1)
    let deaths = (0...maxState).map { k in
      Double(min(k, agents)) * mu + Double(max(0, k - agents)) * theta
    }
    return try BirthDeathChain(birthRates: births, deathRates: deaths)
  }

  /// The largest state K.
  public var maxState: Int { birthRates.count - 1 }

  /// The distribution `seconds` later: one implicit step of the forward equations.
  ///
  /// `.backwardEuler` solves (I − h·Qᵀ)·p_next = p, one tridiagonal solve (LAPACK `dgttrf`
  /// then `dgttrs`, the two halves of `dgtsv`); the matrix is an
  /// M-matrix with unit column sums, so p_next is non-negative and sums to what p sums to,
  /// for every step h. `.trBDF2` takes two solves (see `StepScheme`).
  /// - Throws: `.invalidStep` for h ≤ 0 or non-finite, `.distributionLength` when p has
  ///   the wrong length, `.solve` when LAPACK fails.
  /// - Complexity: O(K).
  public func implicitStep(
    _ distribution: [Double], seconds: Double, scheme: StepScheme = .backwardEuler
  ) throws(BirthDeathChainError) -> [Double] {
    guard seconds > 0 && seconds.isFinite else { throw .invalidStep(seconds: seconds) }
    guard distribution.count == birthRates.count else {
      throw .distributionLength(expected: birthRates.count, actual: distribution.count)
    }
    var stepper = ForwardEquationStepper(states: birthRates.count)
    stepper.setRates(birth: { birthRates[$0] }, death: { deathRates[$0] })
    var p = distribution
    let info = stepper.step(&p, window: 0...maxState, seconds: seconds, scheme: scheme)
    do { try TridiagonalSystem.check(info) } catch { throw .solve(error) }
    return p
  }

  /// The stationary distribution π (Qᵀπ = 0, Σπ = 1), solved as a linear system.
  ///
  /// Qᵀ is singular, so one state a is pinned to π_a = 1 and its balance equation dropped;
  /// the other K equations stay tridiagonal (they split into two blocks at a) and go to
  /// `dgtsv`; then π is normalised. a is the first state with λ_a ≤ μ_{a+1} (the mode of a
  /// unimodal chain), so the unnormalised values stay near or below 1 and never overflow.
  /// Requires λ_k > 0 below a and μ_k > 0 above a (an irreducible chain); otherwise the
  /// solve reports a singular matrix.
  /// - Complexity: O(K).
  public func stationaryDistribution() throws(BirthDeathChainError) -> [Double] {
    let top = maxState
    if top == 0 { return [1] }
    func birth(_ k: Int) -> Double { k >= top ? 0 : birthRates[k] }
    func death(_ k: Int) -> Double { k == 0 ? 0 : deathRates[k] }
    var anchor = top
    for k in 0..<top where birth(k) <= death(k + 1) {
      anchor = k
      break
    }
    // Unknowns are the states other than the anchor, in order; row k is the negated
    // balance equation of state k: (λ_k+μ_k)π_k − λ_{k−1}π_{k−1} − μ_{k+1}π_{k+1} = 0.
    let states = (0...top).filter { $0 != anchor }
    var lower = [Double](repeating: 0, count: top - 1)
    var main = [Double](repeating: 0, count: top)
    var upper = [Double](repeating: 0, count: top - 1)
    var rhs = [Double](repeating: 0, count: top)
    for (row, k) in states.enumerated() {
      main[row] = birth(k) + death(k)
      if k >= 1 {
        if k - 1 == anchor { rhs[row] += birth(anchor) } else { lower[row - 1] = -birth(k - 1) }
      }
      if k < top {
        if k + 1 == anchor { rhs[row] += death(anchor) } else { upper[row] = -death(k + 1) }
      }
    }
    let unknowns: [Double]
    do {
      let system = try TridiagonalSystem(subdiagonal: lower, diagonal: main, superdiagonal: upper)
      unknowns = try system.solve(rhs: rhs)
    } catch {
      throw .solve(error)
    }
    var pi = [Double](repeating: 0, count: top + 1)
    pi[anchor] = 1
    for (row, k) in states.enumerated() { pi[k] = unknowns[row] }
    let total = pi.reduce(0, +)
    return pi.map { $0 / total }
  }
}

/// How one implicit step of the forward equations dp/dt = A·p (A = Qᵀ) is taken.
public enum StepScheme: String, Sendable, Equatable, CaseIterable {
  /// (I − hA)·p_{n+1} = p_n. First order; L-stable; keeps p ≥ 0 and Σp for any h.
  case backwardEuler
  /// TR-BDF2 with γ = 2 − √2: a trapezoidal stage to t + γh, then BDF2 to t + h, both with
  /// the matrix I − (1 − 1/√2)·h·A. Second order and L-stable, Σp conserved; non-negativity
  /// is not guaranteed (tiny negative values can follow a jump in the rates). Source: Bank
  /// et al. (1985), IEEE Trans. CAD 4(4); Hosea & Shampine (1996), Appl. Numer. Math. 20.
  case trBDF2
}

/// Why a birth–death chain could not be built or stepped.
public enum BirthDeathChainError: Error, Equatable, CustomStringConvertible {
  case noStates
  case rateCountMismatch(births: Int, deaths: Int)
  case invalidRate(kind: String, state: Int, value: Double)
  case invalidStep(seconds: Double)
  case distributionLength(expected: Int, actual: Int)
  /// LAPACK's solve failed.
  case solve(TridiagonalSystemError)

  public var description: String {
    switch self {
    case .noStates:
      return "birth–death chain needs at least one state"
    case .rateCountMismatch(let births, let deaths):
      return "birth–death chain: \(births) birth rates but \(deaths) death rates; "
        + "give one of each per state"
    case .invalidRate(let kind, let state, let value):
      return "birth–death chain: \(kind) rate of state \(state) is \(value); "
        + "rates must be finite and ≥ 0 (per second)"
    case .invalidStep(let seconds):
      return "time step \(seconds) s; a step must be a finite number of seconds > 0"
    case .distributionLength(let expected, let actual):
      return "distribution has \(actual) entries; the chain has \(expected) states"
    case .solve(let error):
      return error.description
    }
  }
}
