/// Preallocated buffers that take implicit steps of dp/dt = Qᵀp without allocating.
///
/// Set `births` and `deaths` (λ_k and μ_k, per second; λ_K and μ_0 are ignored), then call
/// `step`. Each solve refills the three diagonals, because `dgtsv` overwrites them.
struct ForwardEquationStepper {
  var births: [Double]
  var deaths: [Double]
  private var lower: [Double]
  private var main: [Double]
  private var upper: [Double]
  private var work: [Double]
  private var start: [Double]

  init(states: Int) {
    births = [Double](repeating: 0, count: states)
    deaths = [Double](repeating: 0, count: states)
    lower = [Double](repeating: 0, count: max(0, states - 1))
    main = [Double](repeating: 0, count: states)
    upper = [Double](repeating: 0, count: max(0, states - 1))
    work = [Double](repeating: 0, count: states)
    start = [Double](repeating: 0, count: states)
  }

  var states: Int { main.count }

  /// Grows the state space to `states`, keeping the rates of existing states (new ones 0).
  mutating func resize(states: Int) {
    let extra = states - main.count
    guard extra > 0 else { return }
    births += [Double](repeating: 0, count: extra)
    deaths += [Double](repeating: 0, count: extra)
    lower = [Double](repeating: 0, count: states - 1)
    main = [Double](repeating: 0, count: states)
    upper = [Double](repeating: 0, count: states - 1)
    work = [Double](repeating: 0, count: states)
    start = [Double](repeating: 0, count: states)
  }

  /// Replaces `p` by the distribution `seconds` later. Returns LAPACK's info (0 = success).
  /// - Complexity: O(K), no allocation.
  mutating func step(_ p: inout [Double], seconds h: Double, scheme: StepScheme) -> Int {
    switch scheme {
    case .backwardEuler:
      fill(coefficient: h)
      return TridiagonalSystem.solveInPlace(lower: &lower, main: &main, upper: &upper, rhs: &p)
    case .trBDF2:
      let c = (1 - 1 / 2.0.squareRoot()) * h  // γh/2 = (1−γ)/(2−γ)·h for γ = 2 − √2
      let top = main.count - 1
      for k in 0...top {
        start[k] = p[k]
        var flow = -outflow(k, top) * p[k]
        if k > 0 { flow += births[k - 1] * p[k - 1] }
        if k < top { flow += deaths[k + 1] * p[k + 1] }
        work[k] = p[k] + c * flow
      }
      fill(coefficient: c)
      let info = TridiagonalSystem.solveInPlace(
        lower: &lower, main: &main, upper: &upper, rhs: &work)
      guard info == 0 else { return info }
      let root2 = 2.0.squareRoot()
      let gammaTerm = 2 * root2 - 2  // γ(2 − γ)
      let oneMinusGammaSquared = 3 - 2 * root2  // (1 − γ)²
      for k in 0...top {
        p[k] = (work[k] - oneMinusGammaSquared * start[k]) / gammaTerm
      }
      fill(coefficient: c)
      return TridiagonalSystem.solveInPlace(lower: &lower, main: &main, upper: &upper, rhs: &p)
    }
  }

  /// λ_k + μ_k with the truncation's conventions: λ_K = 0, μ_0 = 0.
  @inline(__always)
  private func outflow(_ k: Int, _ top: Int) -> Double {
    (k == top ? 0 : births[k]) + (k == 0 ? 0 : deaths[k])
  }

  /// Writes I − c·Qᵀ into the diagonals.
  private mutating func fill(coefficient c: Double) {
    let top = main.count - 1
    for k in 0...top {
      main[k] = 1 + c * outflow(k, top)
      if k < top {
        lower[k] = -c * births[k]  // row k+1, column k
        upper[k] = -c * deaths[k + 1]  // row k, column k+1
      }
    }
  }
}
