/// The smallest number of agents that meets every target, with the steps that found it.
///
/// Every metric is monotone in N (service level rises, ASA, abandonment and occupancy fall),
/// so the first N that meets all targets is the answer.
public struct StaffingResult: Sendable {
  public let model: QueueModel
  public let traffic: Traffic
  public let patienceSeconds: Double?
  public let targets: StaffingTargets
  /// The smallest N meeting every target.
  public let agents: Int
  /// What that N delivers.
  public let metrics: QueueMetrics
  /// Each N tried, in order, with the targets it missed (empty for the answer).
  public let steps: [StaffingStep]
  /// Where the search started, and why.
  public let start: (agents: Int, reason: String)
}

/// One probe of a staffing search.
public struct StaffingStep: Sendable, Equatable {
  public let metrics: QueueMetrics
  /// The targets this N misses (empty for the answer).
  public let misses: TargetMisses
}

/// Why a staffing search could not answer.
public enum StaffingError: Error, Equatable, CustomStringConvertible {
  /// No target was given, so "smallest N" means nothing.
  case noTarget
  /// Targets that no finite staffing meets.
  case unreachable([String])
  /// The search passed its safety limit (should not happen for reachable targets).
  case searchLimit(agents: Int)

  public var description: String {
    switch self {
    case .noTarget:
      return "no staffing target given; give a service level (with its answer time), an ASA, "
        + "a maximum occupancy or a maximum abandonment"
    case .unreachable(let reasons):
      return reasons.joined(separator: "; ")
    case .searchLimit(let agents):
      return "no staffing up to \(agents) agents meets the targets"
    }
  }
}

public enum StaffingSearch {
  /// The smallest N meeting `targets` under Erlang C, searching upward from ⌊A⌋+1 (or the
  /// occupancy bound ⌈A/cap⌉ when higher) with B_N stepped in O(1) per N.
  /// - Complexity: O(N) for the answer N.
  public static func erlangC(traffic: Traffic, targets: StaffingTargets)
    throws(StaffingError) -> StaffingResult
  {
    try validate(targets, model: .erlangC)
    let load = traffic.offeredLoad
    var start = (agents: load == 0 ? 0 : Int(load.rounded(.down)) + 1,
      reason: "⌊A⌋ + 1, the fewest agents for a stable queue")
    if let cap = targets.maxOccupancy {
      let bound = occupancyBound(load: load, cap: cap.value)
      if bound > start.agents {
        start = (bound, "⌈A / max occupancy⌉, the fewest agents within the occupancy cap")
      }
    }
    var sequence = ErlangBSequence(offeredLoad: load)
    sequence.advance(to: start.agents)
    var steps: [StaffingStep] = []
    let limit = searchLimit(load: load)
    while sequence.servers <= limit {
      let metrics = ErlangC.metrics(
        agents: sequence.servers, traffic: traffic, targetSeconds: targets.targetSeconds,
        blocking: sequence.blocking)
      let misses = targets.misses(by: metrics)
      steps.append(StaffingStep(metrics: metrics, misses: misses))
      if misses.isEmpty {
        return StaffingResult(
          model: .erlangC, traffic: traffic, patienceSeconds: nil, targets: targets,
          agents: sequence.servers, metrics: metrics, steps: steps, start: start)
      }
      sequence.step()
    }
    throw .searchLimit(agents: limit)
  }

  /// The smallest N meeting `targets` under Erlang A with mean patience `patienceSeconds`.
  /// Gallops from the Erlang C answer to bracket it, then bisects, computing B_N once up to
  /// the bracket.
  /// - Complexity: O(N) for Erlang B plus O(log N) evaluations of the Erlang A series.
  public static func erlangA(traffic: Traffic, patienceSeconds: Double, targets: StaffingTargets)
    throws(StaffingError) -> StaffingResult
  {
    try validate(targets, model: .erlangA)
    let load = traffic.offeredLoad
    var steps: [StaffingStep] = []
    var table = ErlangBTable(offeredLoad: load)
    func probe(_ agents: Int) -> StaffingStep {
      let metrics = ErlangA.metrics(
        agents: agents, traffic: traffic, patienceSeconds: patienceSeconds,
        targetSeconds: targets.targetSeconds, blocking: table.blocking(agents))
      let step = StaffingStep(metrics: metrics, misses: targets.misses(by: metrics))
      steps.append(step)
      return step
    }
    let lowest = load == 0 ? 0 : 1
    // Start from the Erlang C answer for the same targets: patience shortens waits, so the
    // Erlang A answer is usually a few agents below it. Gallop away from the guess (1, 2, 4, …)
    // until the answer is bracketed, then bisect: O(log |N − guess|) evaluations.
    var start = (agents: max(lowest, Int(load.rounded(.up))),
      reason: "⌈A⌉ (no Erlang C target to start from), then galloping and bisection")
    var guessTargets = targets
    guessTargets.maxAbandon = nil
    if !guessTargets.isEmpty, let guess = try? erlangC(traffic: traffic, targets: guessTargets) {
      start = (max(lowest, guess.agents),
        "the Erlang C answer for the same targets, then galloping and bisection")
    }
    let limit = searchLimit(load: load)
    var low: Int  // largest N known to miss (or lowest − 1)
    var high: Int  // smallest N known to meet
    var best = probe(start.agents)
    if best.misses.isEmpty {
      high = start.agents
      var stride = 1
      low = lowest - 1
      while high - stride >= lowest {
        let step = probe(high - stride)
        if !step.misses.isEmpty {
          low = high - stride
          break
        }
        high -= stride
        best = step
        stride *= 2
      }
    } else {
      low = start.agents
      var stride = 1
      while true {
        let candidate = low + stride
        if candidate > limit { throw .searchLimit(agents: limit) }
        let step = probe(candidate)
        if step.misses.isEmpty {
          high = candidate
          best = step
          break
        }
        low = candidate
        stride *= 2
      }
    }
    while high - low > 1 {
      let middle = low + (high - low) / 2
      let step = probe(middle)
      if step.misses.isEmpty {
        high = middle
        best = step
      } else {
        low = middle
      }
    }
    return StaffingResult(
      model: .erlangA, traffic: traffic, patienceSeconds: patienceSeconds, targets: targets,
      agents: high, metrics: best.metrics, steps: steps, start: start)
  }

  static func validate(_ targets: StaffingTargets, model: QueueModel) throws(StaffingError) {
    if targets.isEmpty || (model == .erlangC && targets.serviceLevel == nil
      && targets.maxASA == nil && targets.maxOccupancy == nil)
    {
      throw .noTarget
    }
    let reasons = targets.unreachableReasons(model: model)
    if !reasons.isEmpty { throw .unreachable(reasons) }
  }

  /// The fewest agents with A/N ≤ cap, decided with the same floating-point test as `misses`.
  static func occupancyBound(load: Double, cap: Double) -> Int {
    guard load > 0 else { return 0 }
    var bound = max(1, Int((load / cap).rounded(.up)))
    while bound > 1 && load / Double(bound - 1) <= cap { bound -= 1 }
    while load / Double(bound) > cap { bound += 1 }
    return bound
  }

  /// A safety bound far above any reachable answer (square-root staffing needs A + β√A).
  static func searchLimit(load: Double) -> Int {
    Int(min(1e9, 4 * load + 200 * load.squareRoot() + 1000))
  }
}

/// Erlang B values for every N up to the largest asked, computed once.
struct ErlangBTable {
  private var values: [Double] = [1]
  private var sequence: ErlangBSequence

  init(offeredLoad: Double) { sequence = ErlangBSequence(offeredLoad: offeredLoad) }

  /// B(n, A). - Complexity: amortised O(1) per call after O(n) once.
  mutating func blocking(_ n: Int) -> Double {
    while values.count <= n {
      sequence.step()
      values.append(sequence.blocking)
    }
    return values[n]
  }
}
