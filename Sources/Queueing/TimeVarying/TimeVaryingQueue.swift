import Foundation

/// An M(t)/M/s(t)+M queue over a horizon of equal intervals: arrivals and agents change at
/// interval boundaries, handle times are exponential, patience optionally exponential.
///
/// The number in system is a birth–death chain with birth λ_i and death min(k, N_i)·μ +
/// max(0, k − N_i)·θ in interval i (μ = 1/AHT, θ = 1/patience, 0 without patience). Its
/// forward equations are integrated from the start of the horizon with implicit steps
/// (`StepScheme`), one tridiagonal solve (LAPACKE `dgtsv`) each, so a backlog carries across
/// intervals and shift changes. Per-interval staffing formulas assume each interval is in
/// steady state and independent; they over-promise after peaks, at shift changes and for long
/// work. Sources: Green, Kolesar & Whitt, "Coping with time-varying demand when setting
/// staffing requirements for a service system", POMS 16(1), 2007; Ingolfsson, Cabral & Wu
/// (2003); DESIGN.md §4 "Long service times".
///
/// Model approximation: when N drops below the number of busy agents, the chain serves only
/// N (the others' contacts are put back at the head of the queue; with exponential handle
/// times that is the same as pausing them). A real centre lets contacts in progress finish.
public struct TimeVaryingQueue: Sendable, Equatable {
  /// λ per interval, contacts per second (piecewise constant).
  public let arrivalsPerSecond: [Double]
  /// Agents N per interval.
  public let agents: [Int]
  /// Mean handle time 1/μ, seconds.
  public let handleSeconds: Double
  /// Mean patience 1/θ, seconds; nil for no abandonment (Erlang C behaviour).
  public let patienceSeconds: Double?
  /// Length of every interval, seconds.
  public let intervalSeconds: Double
  /// Answer-time target t of the service level, seconds.
  public let targetSeconds: Double
  /// Integration step h, seconds; divides the interval.
  public let stepSeconds: Double
  /// How each step is taken. The default, backward Euler, keeps every probability ≥ 0 and
  /// has the stationary distribution as its exact fixed point; TR-BDF2 is second order
  /// (closer transients at 1-minute steps) at about twice the cost.
  public let scheme: StepScheme

  /// Mass allowed at the top state K before the state space grows (the tail beyond K is
  /// smaller still, since the chain's tail decays there).
  public static let truncationTolerance = 1e-13

  /// Validates the inputs; every failure names the input and what is accepted.
  public init(
    arrivalsPerSecond: [Double], agents: [Int], handleSeconds: Double,
    patienceSeconds: Double? = nil, intervalSeconds: Double, targetSeconds: Double,
    stepSeconds: Double = 60, scheme: StepScheme = .backwardEuler
  ) throws(TimeVaryingQueueError) {
    guard !arrivalsPerSecond.isEmpty else { throw .noIntervals }
    guard arrivalsPerSecond.count == agents.count else {
      throw .lengthMismatch(arrivals: arrivalsPerSecond.count, agents: agents.count)
    }
    for (i, rate) in arrivalsPerSecond.enumerated() where !(rate >= 0 && rate.isFinite) {
      throw .invalidArrivals(interval: i, value: rate)
    }
    for (i, count) in agents.enumerated() where count < 0 {
      throw .negativeAgents(interval: i, value: count)
    }
    guard handleSeconds > 0 && handleSeconds.isFinite else {
      throw .invalidDuration(name: "handle time", seconds: handleSeconds)
    }
    if let patience = patienceSeconds, !(patience > 0 && patience.isFinite) {
      throw .invalidDuration(name: "patience", seconds: patience)
    }
    guard intervalSeconds > 0 && intervalSeconds.isFinite else {
      throw .invalidDuration(name: "interval", seconds: intervalSeconds)
    }
    guard targetSeconds >= 0 && targetSeconds.isFinite else {
      throw .invalidDuration(name: "target", seconds: targetSeconds)
    }
    guard stepSeconds > 0 && stepSeconds.isFinite else {
      throw .invalidDuration(name: "step", seconds: stepSeconds)
    }
    let ratio = intervalSeconds / stepSeconds
    guard ratio >= 1 && abs(ratio - ratio.rounded()) <= 1e-9 * ratio else {
      throw .stepDoesNotDivideInterval(stepSeconds: stepSeconds, intervalSeconds: intervalSeconds)
    }
    self.arrivalsPerSecond = arrivalsPerSecond
    self.agents = agents
    self.handleSeconds = handleSeconds
    self.patienceSeconds = patienceSeconds
    self.intervalSeconds = intervalSeconds
    self.targetSeconds = targetSeconds
    self.stepSeconds = stepSeconds
    self.scheme = scheme
  }

  /// Steps per interval.
  public var stepsPerInterval: Int { Int((intervalSeconds / stepSeconds).rounded()) }

  /// The queue model whose per-interval formula this evaluation is compared with.
  public var model: QueueModel { patienceSeconds == nil ? .erlangC : .erlangA }

  /// The first state space: the most agents plus room for the queue, 10√(A+1) + 20 above
  /// the largest offered load (grown later whenever mass reaches the top).
  var initialMaxState: Int {
    let peakLoad = arrivalsPerSecond.max().map { $0 * handleSeconds } ?? 0
    let peakAgents = agents.max() ?? 0
    let room = Int((10 * (peakLoad + 1).squareRoot()).rounded(.up)) + 20
    return max(peakAgents, Int(peakLoad.rounded(.up))) + room
  }
}

/// Why a time-varying evaluation could not run.
public enum TimeVaryingQueueError: Error, Equatable, CustomStringConvertible {
  case noIntervals
  case lengthMismatch(arrivals: Int, agents: Int)
  case invalidArrivals(interval: Int, value: Double)
  case negativeAgents(interval: Int, value: Int)
  case invalidDuration(name: String, seconds: Double)
  case stepDoesNotDivideInterval(stepSeconds: Double, intervalSeconds: Double)
  case invalidInitialDistribution(String)
  /// A service-level goal outside 0 < goal < 1.
  case invalidServiceLevelGoal(Double)
  /// The backlog needs more states than the limit (arrivals far beyond capacity).
  case stateSpaceLimit(states: Int)
  case solve(TridiagonalSystemError)

  public var description: String {
    switch self {
    case .noIntervals:
      return "time-varying queue needs at least one interval"
    case .lengthMismatch(let arrivals, let agents):
      return "\(arrivals) intervals of arrivals but \(agents) of agents; "
        + "both must cover the same intervals"
    case .invalidArrivals(let interval, let value):
      return "interval \(interval): arrival rate \(value); accepted: a finite rate ≥ 0 per second"
    case .negativeAgents(let interval, let value):
      return "interval \(interval): \(value) agents; accepted: 0 or more"
    case .invalidDuration(let name, let seconds):
      return "\(name) of \(seconds) s; accepted: a finite number of seconds "
        + (name == "target" ? "≥ 0" : "> 0")
    case .stepDoesNotDivideInterval(let step, let interval):
      return "step of \(step) s does not divide the interval of \(interval) s; "
        + "accepted: a step that fits a whole number of times (e.g. 60 s in 15 min)"
    case .invalidInitialDistribution(let why):
      return "initial distribution: \(why)"
    case .invalidServiceLevelGoal(let goal):
      return "service-level goal \(goal); accepted: a fraction between 0 and 1 (exclusive)"
    case .stateSpaceLimit(let states):
      return "the backlog needs more than \(states) states; arrivals are far beyond capacity"
    case .solve(let error):
      return error.description
    }
  }
}
