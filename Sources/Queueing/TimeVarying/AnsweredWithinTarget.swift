import Foundation

/// The chance that a contact which must wait is answered within the target, by how many
/// contacts wait ahead of it.
///
/// A contact that arrives to find all N agents busy and j contacts waiting moves up one place
/// at rate r_i = Nμ + iθ while i are ahead (an agent frees, or one of those ahead abandons)
/// and is answered at rate Nμ once none are ahead; its own patience ends at rate θ. So its
/// virtual wait is V_j = Σ_{i=0…j} Exp(r_i), and it is answered within t when V_j ≤ t and its
/// patience outlasts V_j:
///   u_j(t) = P(V_j ≤ t, patience > V_j).
/// For θ = 0 (Erlang C) this is u_j = P(Poisson(Nμt) ≥ j + 1), the classic conditional wait.
/// Computed by uniformization at rate Λ = Nμ + (J+1)θ over the pure-death chain "places
/// ahead" with a killing rate θ: u = Σ_n Pois(Λt; n)·v_n, v_{n+1}(j) = (r_j/Λ)·v_n(j−1)
/// + (1 − (r_j+θ)/Λ)·v_n(j), v_n(−1) = 1, v_0 = 0. Every term is ≥ 0, so nothing cancels;
/// the Poisson tail left out is below 1e-16. Approximation (documented in the evaluation):
/// N is held at its value on arrival during the wait. Source: Grassmann, "Transient solutions
/// in Markovian queueing systems" (1977), Comput. & Ops Res. 4; Mandelbaum & Zeltyn (2007).
enum AnsweredWithinTarget {
  /// u_0 … u_J for `agents` agents, service rate `mu` and abandonment rate `theta` (per
  /// second), target `seconds`.
  /// - Complexity: O(M·min(M, J)) with M ≈ Λt + 8√(Λt) + 10 Poisson terms.
  static func probabilities(
    aheadMax: Int, agents: Int, mu: Double, theta: Double, seconds t: Double
  ) -> [Double] {
    let count = max(0, aheadMax) + 1
    var answered = [Double](repeating: 0, count: count)
    let serviceRate = Double(agents) * mu
    let uniform = serviceRate + Double(count) * theta
    guard uniform > 0 && t > 0 else { return answered }
    let mean = uniform * t
    let logMean = log(mean)
    var previous = [Double](repeating: 0, count: count)
    var next = [Double](repeating: 0, count: count)
    var n = 0
    while true {
      n += 1
      // v_n is zero for j ≥ n (n moves cannot clear more than n − 1 places and be answered).
      let reach = min(count, n)
      for j in 0..<reach {
        let forward = serviceRate + Double(j) * theta
        let fromAhead = j == 0 ? 1 : previous[j - 1]
        next[j] = forward / uniform * fromAhead + (1 - (forward + theta) / uniform) * previous[j]
      }
      let weight = exp(-mean + Double(n) * logMean - lgamma(Double(n + 1)))
      for j in 0..<reach { answered[j] += weight * next[j] }
      swap(&previous, &next)
      if Double(n) > mean {
        let tail = weight / max(1e-300, 1 - mean / Double(n + 1))
        if tail < 1e-17 { break }
      }
    }
    for j in 0..<count { answered[j] = min(1, max(0, answered[j])) }
    return answered
  }
}
