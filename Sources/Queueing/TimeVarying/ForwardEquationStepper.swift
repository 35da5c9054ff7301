/// Preallocated buffers that take implicit steps of dp/dt = Qᵀp without allocating.
///
/// Set the rates (λ_k and μ_k, per second) with `setRates`, then call `step` on a window
/// lo…hi of states: the chain is restricted to the window (no births from hi, no deaths from
/// lo), so mass inside stays inside, and p outside the window is left untouched (callers
/// keep it 0 and widen the window when the mass at an edge passes their tolerance).
/// The step matrix I − c·Qᵀ is factored once (LAPACK `dgttrf`) and reused by every step
/// with the same rates, window and step (`dgttrs`): one tridiagonal solve per step.
struct ForwardEquationStepper {
  private(set) var births: [Double]
  private(set) var deaths: [Double]
  private var factorization: TridiagonalFactorization
  private var factored: (lo: Int, hi: Int, coefficient: Double)?
  private var work: [Double]
  private var start: [Double]

  init(states: Int) {
    births = [Double](repeating: 0, count: states)
    deaths = [Double](repeating: 0, count: states)
    factorization = TridiagonalFactorization(capacity: states)
    work = [Double](repeating: 0, count: states)
    start = [Double](repeating: 0, count: states)
  }

  var states: Int { births.count }

  /// Sets λ_k and μ_k for every state (λ_K and μ_0 are ignored by the window rule).
  /// - Complexity: O(K).
  mutating func setRates(birth: (Int) -> Double, death: (Int) -> Double) {
    for k in 0..<births.count {
      births[k] = birth(k)
      deaths[k] = death(k)
    }
    factored = nil
  }

  /// Grows the state space to `states`, keeping the rates of existing states (new ones 0).
  mutating func resize(states: Int) {
    let extra = states - births.count
    guard extra > 0 else { return }
    let zeros = [Double](repeating: 0, count: extra)
    births += zeros
    deaths += zeros
    work += zeros
    start += zeros
    factorization.reserve(capacity: states)
    factored = nil
  }

  /// Replaces p[lo…hi] by the distribution `seconds` later. Returns LAPACK's info (0 =
  /// success).
  /// - Complexity: O(hi − lo); O(1) allocation-free calls into LAPACK.
  mutating func step(
    _ p: inout [Double], window: ClosedRange<Int>, seconds h: Double, scheme: StepScheme
  ) -> Int {
    let lo = window.lowerBound
    let hi = window.upperBound
    let n = hi - lo + 1
    switch scheme {
    case .backwardEuler:
      let info = prepare(coefficient: h, lo: lo, hi: hi)
      guard info == 0 else { return info }
      for i in 0..<n { work[i] = p[lo + i] }
    case .trBDF2:
      let c = (1 - 1 / 2.0.squareRoot()) * h  // γh/2 = (1−γ)/(2−γ)·h for γ = 2 − √2
      var info = prepare(coefficient: c, lo: lo, hi: hi)
      guard info == 0 else { return info }
      for k in lo...hi {
        let i = k - lo
        start[i] = p[k]
        var flow = -outflow(k, lo: lo, hi: hi) * p[k]
        if k > lo { flow += births[k - 1] * p[k - 1] }
        if k < hi { flow += deaths[k + 1] * p[k + 1] }
        work[i] = p[k] + c * flow
      }
      info = factorization.solve(&work)
      guard info == 0 else { return info }
      let root2 = 2.0.squareRoot()
      let gammaTerm = 2 * root2 - 2  // γ(2 − γ)
      let oneMinusGammaSquared = 3 - 2 * root2  // (1 − γ)²
      for i in 0..<n { work[i] = (work[i] - oneMinusGammaSquared * start[i]) / gammaTerm }
    }
    let info = factorization.solve(&work)
    guard info == 0 else { return info }
    for i in 0..<n { p[lo + i] = work[i] }
    return 0
  }

  /// λ_k + μ_k inside the window: no birth from hi, no death from lo.
  @inline(__always)
  private func outflow(_ k: Int, lo: Int, hi: Int) -> Double {
    (k == hi ? 0 : births[k]) + (k == lo ? 0 : deaths[k])
  }

  /// Factors I − c·Qᵀ of the window unless that exact matrix is factored already.
  private mutating func prepare(coefficient c: Double, lo: Int, hi: Int) -> Int {
    if let done = factored, done.lo == lo, done.hi == hi, done.coefficient == c { return 0 }
    for k in lo...hi {
      let i = k - lo
      factorization.main[i] = 1 + c * outflow(k, lo: lo, hi: hi)
      if k < hi {
        factorization.lower[i] = -c * births[k]  // row k+1, column k
        factorization.upper[i] = -c * deaths[k + 1]  // row k, column k+1
      }
    }
    let info = factorization.factor(count: hi - lo + 1)
    factored = info == 0 ? (lo, hi, c) : nil
    return info
  }
}
