import Foundation

/// What one interval delivered under the time-varying evaluation, next to what the
/// per-interval (stationary) formula promised for the same arrivals and agents.
public struct IntervalPerformance: Sendable, Equatable {
  /// Index of the interval in the horizon.
  public var interval: Int
  /// Agents N in the interval.
  public var agents: Int
  /// Expected arrivals in the interval: λ·interval length, contacts.
  public var arrivals: Double
  /// Time-averaged P(all agents busy) = P(an arrival waits), by PASTA (λ is constant
  /// within the interval, so arrivals see time averages).
  public var waitProbability: Double
  /// Share of the interval's arrivals answered within the target (see
  /// `TimeVaryingEvaluation.serviceLevelDefinition`).
  public var serviceLevel: Double
  /// Time-averaged number waiting, E[(k − N)⁺].
  public var meanQueue: Double
  /// Time-averaged number in system, E[k].
  public var meanInSystem: Double
  /// Expected abandonments during the interval: θ·∫E[Q]dt, contacts (they may have arrived
  /// in an earlier interval).
  public var abandonments: Double
  /// Abandonments over arrivals of the interval; nil when nothing arrives.
  public var abandonProbability: Double?
  /// Expected number waiting at the end of the interval: the backlog carried forward.
  public var queueAtEnd: Double
  /// The per-interval stationary formula on the same λ and N (Erlang C, or Erlang A with
  /// patience): what per-interval staffing promised.
  public var promised: QueueMetrics
}

/// The result of integrating a `TimeVaryingQueue` over its horizon.
public struct TimeVaryingEvaluation: Sendable, Equatable {
  /// One entry per interval, in order.
  public var intervals: [IntervalPerformance]
  /// The distribution of the number in system at the end of the horizon (k = 0…K).
  public var finalDistribution: [Double]
  /// The truncation K used at the end (the state space only grows).
  public var maxState: Int
  /// The largest probability seen at an edge of the solved window (the top state K
  /// included) after any step; below `TimeVaryingQueue.truncationTolerance` by construction.
  public var largestEdgeMass: Double
  /// How many times mass reached the top K and the state space was grown.
  public var stateSpaceGrowths: Int

  /// The service-level definition and its approximation, for output.
  public static let serviceLevelDefinition =
    "share of all arriving contacts answered within the target (abandoned contacts count as "
    + "missed); an arrival that finds k ≥ N in system is answered within t with the "
    + "probability of its pure-death wait through k − N contacts ahead (rates Nμ + iθ) before "
    + "its own patience ends, holding N at its value on arrival"

  /// Arrival-weighted share answered within target over `range` of intervals (for a day or
  /// the week); nil when nothing arrives there.
  /// - Complexity: O(range.count).
  public func answeredWithinTargetShare(_ range: Range<Int>) -> Double? {
    var answered = 0.0
    var arrived = 0.0
    for performance in intervals[range] {
      answered += performance.serviceLevel * performance.arrivals
      arrived += performance.arrivals
    }
    return arrived > 0 ? answered / arrived : nil
  }

  /// Intervals with arrivals whose evaluated service level is below `target` (0…1).
  /// - Complexity: O(intervals).
  public func intervalsMissing(serviceLevel target: Double) -> [Int] {
    intervals.filter { $0.arrivals > 0 && $0.serviceLevel < target }.map(\.interval)
  }
}

extension TimeVaryingQueue {
  /// Integrates the forward equations over every interval, starting empty or from
  /// `initialDistribution` (probabilities of 0, 1, 2, … in system; sums to 1).
  ///
  /// Time averages within an interval use the trapezoidal rule over the step endpoints.
  /// Each step solves only on a window lo…hi of states that holds the mass (states outside
  /// are 0): at every interval start the window shrinks to where p > 1e-16 (plus 10 states);
  /// whenever a step leaves more than `truncationTolerance` at an edge, the window widens by
  /// half (at least 50 states) and the step is redone. The truncation K grows the same way
  /// when the window reaches it.
  /// - Complexity: O(intervals · steps · window) for the chain plus, per distinct N, the
  ///   answered-within-target table (see `AnsweredWithinTarget`). No allocation per step.
  public func evaluate(initialDistribution: [Double]? = nil) throws(TimeVaryingQueueError)
    -> TimeVaryingEvaluation
  {
    var top = initialMaxState
    var p: [Double]
    if let given = initialDistribution {
      try Self.validate(given)
      top = max(top, given.count - 1 + 20)
      p = given + [Double](repeating: 0, count: top + 1 - given.count)
    } else {
      p = [Double](repeating: 0, count: top + 1)
      p[0] = 1
    }
    let mu = 1 / handleSeconds
    let theta = patienceSeconds.map { 1 / $0 } ?? 0
    let steps = stepsPerInterval
    let stateLimit = 4_000_000
    var stepper = ForwardEquationStepper(states: top + 1)
    var saved = p
    var answeredByAgents: [Int: [Double]] = [:]
    var window = 0...top
    var largestEdgeMass = 0.0
    var growths = 0
    var results: [IntervalPerformance] = []
    results.reserveCapacity(arrivalsPerSecond.count)

    func answeredTable(agents n: Int) -> [Double] {
      if let table = answeredByAgents[n] { return table }
      let table = AnsweredWithinTarget.probabilities(
        aheadMax: top - n, agents: n, mu: mu, theta: theta, seconds: targetSeconds)
      answeredByAgents[n] = table
      return table
    }

    for interval in arrivalsPerSecond.indices {
      let lambda = arrivalsPerSecond[interval]
      let n = agents[interval]
      Self.setRates(&stepper, arrivals: lambda, agents: n, mu: mu, theta: theta)
      var answered = answeredTable(agents: n)
      window = Self.shrink(window, of: &p)
      var sums = Self.measure(p, window: window, agents: n, answered: answered)
      sums.scale(by: 0.5)
      for step in 0..<steps {
        for k in window { saved[k] = p[k] }
        while true {
          let info = stepper.step(&p, window: window, seconds: stepSeconds, scheme: scheme)
          do { try TridiagonalSystem.check(info) } catch { throw .solve(error) }
          let lo = window.lowerBound
          let hi = window.upperBound
          let lowEdge = lo > 0 && p[lo] > Self.truncationTolerance
          let highEdge = p[hi] > Self.truncationTolerance
          if !lowEdge && !highEdge { break }
          for k in window { p[k] = saved[k] }
          let widen = max(50, (hi - lo) / 2)
          var newHi = hi
          if highEdge {
            newHi = hi < top ? min(top, hi + widen) : hi + widen
            if newHi > top {
              top = newHi
              guard top < stateLimit else { throw .stateSpaceLimit(states: stateLimit) }
              growths += 1
              let extra = [Double](repeating: 0, count: top + 1 - p.count)
              p += extra
              saved += extra
              stepper.resize(states: top + 1)
              Self.setRates(&stepper, arrivals: lambda, agents: n, mu: mu, theta: theta)
              answeredByAgents.removeAll()
              answered = answeredTable(agents: n)
            }
          }
          window = (lowEdge ? max(0, lo - widen) : lo)...newHi
          for k in window { saved[k] = p[k] }
        }
        let edge = max(window.lowerBound > 0 ? p[window.lowerBound] : 0, p[window.upperBound])
        largestEdgeMass = max(largestEdgeMass, edge)
        var snapshot = Self.measure(p, window: window, agents: n, answered: answered)
        if step == steps - 1 { snapshot.scale(by: 0.5) }
        sums.add(snapshot)
      }
      sums.scale(by: 1 / Double(steps))
      let arrivals = lambda * intervalSeconds
      let abandonments = theta * sums.queue * intervalSeconds
      let traffic = Traffic(arrivalsPerSecond: lambda, handleSeconds: handleSeconds)
      let promised: QueueMetrics
      if let patience = patienceSeconds {
        promised = ErlangA.metrics(
          agents: n, traffic: traffic, patienceSeconds: patience, targetSeconds: targetSeconds)
      } else {
        promised = ErlangC.metrics(agents: n, traffic: traffic, targetSeconds: targetSeconds)
      }
      results.append(
        IntervalPerformance(
          interval: interval, agents: n, arrivals: arrivals,
          waitProbability: sums.wait, serviceLevel: sums.answered, meanQueue: sums.queue,
          meanInSystem: sums.system, abandonments: abandonments,
          abandonProbability: arrivals > 0 ? abandonments / arrivals : nil,
          queueAtEnd: Self.measure(p, window: window, agents: n, answered: answered).queue,
          promised: promised))
    }
    return TimeVaryingEvaluation(
      intervals: results, finalDistribution: p, maxState: top,
      largestEdgeMass: largestEdgeMass, stateSpaceGrowths: growths)
  }

  /// Shrinks `bounds` to the states whose probability may matter: from the first to the
  /// last state above 1e-16, widened by 10 on each side. Probabilities left outside are set
  /// to 0, so a later widening never brings back stale values (the mass dropped is below
  /// 1e-16 per state).
  /// - Complexity: O(bounds).
  private static func shrink(_ bounds: ClosedRange<Int>, of p: inout [Double])
    -> ClosedRange<Int>
  {
    let negligible = 1e-16
    var first = bounds.upperBound
    var last = bounds.lowerBound
    for k in bounds where p[k] > negligible {
      first = min(first, k)
      last = k
    }
    if first > last { return bounds }
    let lo = max(bounds.lowerBound, first - 10)
    let hi = min(bounds.upperBound, last + 10)
    for k in bounds where k < lo || k > hi { p[k] = 0 }
    return lo...hi
  }

  private static func validate(_ given: [Double]) throws(TimeVaryingQueueError) {
    guard !given.isEmpty else { throw .invalidInitialDistribution("it is empty") }
    for (k, value) in given.enumerated() where !(value >= 0 && value.isFinite) {
      throw .invalidInitialDistribution("P(\(k) in system) is \(value); accepted: 0…1")
    }
    let total = given.reduce(0, +)
    guard abs(total - 1) <= 1e-9 else {
      throw .invalidInitialDistribution("probabilities sum to \(total); they must sum to 1")
    }
  }

  /// λ_k = λ, μ_k = min(k, N)·μ + max(0, k − N)·θ. - Complexity: O(K).
  private static func setRates(
    _ stepper: inout ForwardEquationStepper, arrivals: Double, agents n: Int,
    mu: Double, theta: Double
  ) {
    stepper.setRates(
      birth: { _ in arrivals },
      death: { k in Double(min(k, n)) * mu + Double(max(0, k - n)) * theta })
  }

  /// P(k ≥ N), E[(k − N)⁺], E[k] and the answered-within-target share at one instant.
  /// - Complexity: O(K).
  private static func measure(
    _ p: [Double], window: ClosedRange<Int>, agents n: Int, answered: [Double]
  ) -> Snapshot {
    var snapshot = Snapshot()
    for k in window {
      let mass = p[k]
      snapshot.system += Double(k) * mass
      if k < n {
        snapshot.answered += mass
      } else {
        snapshot.wait += mass
        snapshot.queue += Double(k - n) * mass
        snapshot.answered += mass * answered[k - n]
      }
    }
    return snapshot
  }
}

/// Instantaneous measures of the chain, summed over steps for time averages.
private struct Snapshot {
  var wait = 0.0
  var queue = 0.0
  var system = 0.0
  var answered = 0.0

  mutating func add(_ other: Snapshot) {
    wait += other.wait
    queue += other.queue
    system += other.system
    answered += other.answered
  }

  mutating func scale(by factor: Double) {
    wait *= factor
    queue *= factor
    system *= factor
    answered *= factor
  }
}
