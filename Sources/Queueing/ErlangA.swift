import Foundation

/// Erlang A (M/M/N+M): Erlang C with exponential patience of mean 1/θ.
///
/// The number in system is a birth–death chain with birth λ and death kμ (k ≤ N),
/// Nμ + (k−N)θ (k > N); it is stable for every N. Write x = Nμ/θ, y = λ/θ and
/// t_j = Π_{i=1..j} y/(x+i) = π_{N+j}/π_N. Then, with B the Erlang B blocking of N lines and
/// W = Σ_{j≥0} t_j:
///   P(wait) = W / ((1−B)/B + W)                         (stationary mass at k ≥ N)
///   P(abandon) = θ·E[Q]/λ = P(wait)·Σ j·t_j / (y·W)
///   E[wait, all contacts] = E[Q]/λ = P(abandon)/θ       (Little's law)
/// A contact that finds j waiting ahead reaches an agent after a sum of exponentials of rates
/// θ(x+1+i), i = 0…j; it is answered if its own patience outlasts that wait. From the Laplace
/// transform of that wait, mixed over j, the waiting time density of answered-or-not contacts
/// is π_N·Nμ·exp(y(1−e^{−θw}) − Nμ·w), which gives, with c = e^{−θt} and
/// U(z) = Σ_{n≥0} zⁿ/((x+2)…(x+n+1)):
///   P(answered after waiting) = P(wait)·(x/y)·(W−1)/W
///   P(answered after waiting, within t) = P(answered after waiting)
///                                         − P(wait)·(x·c/(x+1))·e^{y(1−c)−Nμt}·U(yc)/W
///   E[wait; answered] = P(wait)·Σ_j t_j·x/(x+j+1)·H_j /(θ·W),  H_j = Σ_{i=0..j} 1/(x+1+i)
/// Every quantity is a ratio of positive series, summed with rescaling, so nothing overflows
/// or cancels at 10,000 agents. Checks: θ = μ makes the number in system Poisson(A); θ → 0
/// gives Erlang C. Sources: Garnett, Mandelbaum & Reiman (2002), "Designing a call center with
/// impatient customers", MSOM 4(3); Mandelbaum & Zeltyn, "The Palm/Erlang-A queue" (2007).
public enum ErlangA {
  /// Metrics of `agents` agents with patience of mean `patienceSeconds`, given
  /// B(agents, A) already computed. Service level: `QueueModel.erlangA.serviceLevelDefinition`.
  /// Requires patienceSeconds > 0.
  /// - Complexity: O(number of series terms), about y − x + 40·√(x + 1) when y > x.
  public static func metrics(
    agents: Int, traffic: Traffic, patienceSeconds: Double, targetSeconds: Double,
    blocking: Double
  ) -> QueueMetrics {
    let load = traffic.offeredLoad
    if load == 0 {
      return QueueMetrics(
        agents: agents, waitProbability: 0, serviceLevel: 1, asa: 0, occupancy: 0,
        abandonProbability: 0, meanWaitAll: 0)
    }
    let theta = 1 / patienceSeconds
    guard agents > 0 else {
      return QueueMetrics(
        agents: 0, waitProbability: 1, serviceLevel: 0, asa: 0, occupancy: 0,
        abandonProbability: 1, meanWaitAll: patienceSeconds)
    }
    let x = Double(agents) * patienceSeconds / traffic.handleSeconds
    let y = traffic.arrivalsPerSecond * patienceSeconds
    let sums = QueueTailSums(x: x, y: y)

    // P(wait) = W/(D + W) with D = (1−B)/B; in logs so neither side overflows.
    let logD = log1p(-blocking) - log(blocking)
    let waitProbability = 1 / (1 + exp(logD - sums.logW))

    let abandon = waitProbability * sums.weightedByQueue / y
    let answeredAfterWait = waitProbability * (x / y) * sums.beyondFirst
    let c = exp(-theta * targetSeconds)
    let nMuT = Double(agents) / traffic.handleSeconds * targetSeconds
    let logU = QueueTailSums.logShiftedSeries(x: x, z: y * c)
    let logLate = log(x * c / (x + 1)) + y * (1 - c) - nMuT + logU - sums.logW
    let answeredLate = waitProbability * exp(logLate)
    let answeredWithin = max(0, answeredAfterWait - answeredLate)
    let serviceLevel = min(1, (1 - waitProbability) + answeredWithin)

    let answered = 1 - abandon
    let waitOfAnswered = waitProbability * sums.answeredWaitMoment / theta
    let asa = answered > 0 ? waitOfAnswered / answered : 0
    return QueueMetrics(
      agents: agents,
      waitProbability: waitProbability,
      serviceLevel: serviceLevel,
      asa: asa,
      occupancy: min(1, load * answered / Double(agents)),
      abandonProbability: abandon,
      meanWaitAll: abandon / theta)
  }

  /// Metrics of `agents` agents. - Complexity: O(agents + series terms).
  public static func metrics(
    agents: Int, traffic: Traffic, patienceSeconds: Double, targetSeconds: Double
  ) -> QueueMetrics {
    metrics(
      agents: agents, traffic: traffic, patienceSeconds: patienceSeconds,
      targetSeconds: targetSeconds,
      blocking: ErlangB.blocking(lines: agents, offeredLoad: traffic.offeredLoad))
  }
}

/// The series over the queue of an Erlang A system, t_j = Π_{i=1..j} y/(x+i), summed once.
///
/// Holds the ratios to W = Σ t_j that the metrics need, and log W itself.
struct QueueTailSums {
  /// ln Σ_{j≥0} t_j.
  var logW: Double
  /// Σ_{j≥1} t_j / W = (W − 1)/W, summed without cancellation.
  var beyondFirst: Double
  /// Σ j·t_j / W.
  var weightedByQueue: Double
  /// Σ t_j·x/(x+j+1)·H_j / W, with H_j = Σ_{i=0..j} 1/(x+1+i).
  var answeredWaitMoment: Double

  /// Rescale when a running sum passes this, so terms that grow (overload) never overflow.
  static let rescaleAbove = 1e250

  init(x: Double, y: Double) {
    var term = 1.0
    var total = 1.0
    var beyond = 0.0
    var weighted = 0.0
    var harmonic = 1 / (x + 1)
    var moment = x / (x + 1) * harmonic
    var logScale = 0.0
    var j = 0.0
    let peak = y - x  // terms grow while j < y − x − 1
    while true {
      j += 1
      term *= y / (x + j)
      harmonic += 1 / (x + 1 + j)
      total += term
      beyond += term
      weighted += j * term
      moment += term * x / (x + j + 1) * harmonic
      if total > Self.rescaleAbove {
        let factor = 1 / Self.rescaleAbove
        term *= factor
        total *= factor
        beyond *= factor
        weighted *= factor
        moment *= factor
        logScale += log(Self.rescaleAbove)
      }
      if j > peak && term * j <= 1e-17 * weighted && term <= 1e-17 * total { break }
      if term == 0 { break }
    }
    logW = log(total) + logScale
    beyondFirst = beyond / total
    weightedByQueue = weighted / total
    answeredWaitMoment = moment / total
  }

  /// ln Σ_{n≥0} zⁿ/((x+2)(x+3)…(x+n+1)), summed with rescaling.
  static func logShiftedSeries(x: Double, z: Double) -> Double {
    var term = 1.0
    var total = 1.0
    var logScale = 0.0
    var n = 0.0
    let peak = z - x - 1
    while true {
      n += 1
      term *= z / (x + n + 1)
      total += term
      if total > rescaleAbove {
        term /= rescaleAbove
        total /= rescaleAbove
        logScale += log(rescaleAbove)
      }
      if (n > peak && term <= 1e-17 * total) || term == 0 { break }
    }
    return log(total) + logScale
  }
}
