import Foundation

/// A discrete-event simulation of a contact queue over a horizon of equal intervals (a week,
/// or any number of intervals), replicated with independent random streams.
///
/// Model, per interval i of length L:
/// - Arrivals: Poisson at rate λ_i = arrivals_i / L; with `ArrivalVariability.gammaMixed(cv)`
///   the rate of each interval is λ_i·G_i with G_i ~ Gamma(1/cv², cv²) (mean 1, CV cv), drawn
///   independently per interval, so counts are negative binomial with variance
///   m + cv²·m² (m = arrivals_i): forecast error on top of Poisson noise.
/// - Handle times: exponential or lognormal (`HandleTimeDistribution`), independent.
/// - Patience: exponential with mean `patienceSeconds` (nil: nobody abandons). A contact
///   abandons when its patience ends before an agent answers it.
/// - Agents: `agents_i` rostered in interval i; shrinkage as `ShrinkageModel`. When fewer
///   agents are due, idle agents leave first; a busy agent finishes the contact in progress
///   and then leaves. When more are due, agents about to leave stay first.
/// - Queue: one FIFO line, or two classes with non-preemptive priority (`ContactClasses`).
///
/// Statistics go to the interval in which a contact arrived (service level, P(wait), ASA,
/// abandonment) or to the interval in which time passed (occupancy). The system starts
/// empty. After the horizon the simulation runs on for one target time with the last
/// interval's agents and no arrivals, so every contact gets its full target window; contacts
/// still waiting then count as missed (not abandoned) and as backlog.
public struct WeekSimulation: Sendable, Equatable {
  /// Expected contacts arriving in each interval.
  public let arrivals: [Double]
  /// Agents rostered in each interval (before shrinkage).
  public let agents: [Int]
  /// Length of every interval, seconds.
  public let intervalSeconds: Double
  /// Answer-time target t of the service level, seconds.
  public let targetSeconds: Double
  public let handleTime: HandleTimeDistribution
  /// Mean of exponential patience, seconds; nil for no abandonment.
  public let patienceSeconds: Double?
  public let arrivalVariability: ArrivalVariability
  public let shrinkage: ShrinkageModel
  /// Two classes with a policy, or nil for one FIFO line.
  public let classes: ContactClasses?

  /// The service-level definition used, for output: the same as `ErlangA` and
  /// `TimeVaryingEvaluation`.
  public static let serviceLevelDefinition =
    "share of all arriving contacts answered within the target (abandoned contacts, and "
    + "contacts still waiting one target time after the horizon, count as missed)"

  /// Validates the inputs; every failure names the input and what is accepted.
  /// - Complexity: O(intervals).
  public init(
    arrivals: [Double], agents: [Int], intervalSeconds: Double, targetSeconds: Double,
    handleTime: HandleTimeDistribution, patienceSeconds: Double? = nil,
    arrivalVariability: ArrivalVariability = .poisson, shrinkage: ShrinkageModel = .none,
    classes: ContactClasses? = nil
  ) throws(WeekSimulationError) {
    guard !arrivals.isEmpty else { throw .noIntervals }
    guard arrivals.count == agents.count else {
      throw .lengthMismatch(arrivals: arrivals.count, agents: agents.count)
    }
    for (i, volume) in arrivals.enumerated() where !(volume >= 0 && volume.isFinite) {
      throw .invalidArrivals(interval: i, value: volume)
    }
    for (i, count) in agents.enumerated() where count < 0 {
      throw .negativeAgents(interval: i, value: count)
    }
    try Self.checkDuration("interval", intervalSeconds, allowZero: false)
    try Self.checkDuration("target", targetSeconds, allowZero: true)
    try Self.checkDuration("handle time", handleTime.meanSeconds, allowZero: false)
    if case .lognormal(_, let cv) = handleTime, !(cv > 0 && cv.isFinite) {
      throw .invalidVariation(name: "handle time", value: cv)
    }
    if let patience = patienceSeconds {
      try Self.checkDuration("patience", patience, allowZero: false)
    }
    if case .gammaMixed(let cv) = arrivalVariability, !(cv > 0 && cv.isFinite) {
      throw .invalidVariation(name: "arrival rate", value: cv)
    }
    switch shrinkage {
    case .none: break
    case .randomAbsence(let rate), .reduction(let rate):
      guard rate >= 0 && rate < 1 else { throw .invalidShrinkage(rate) }
    }
    if let classes {
      guard classes.premiumShare.count == arrivals.count else {
        throw .premiumShareLengthMismatch(
          arrivals: arrivals.count, premiumShares: classes.premiumShare.count)
      }
      for (i, share) in classes.premiumShare.enumerated() where !(share >= 0 && share <= 1) {
        throw .invalidPremiumShare(interval: i, value: share)
      }
    }
    self.arrivals = arrivals
    self.agents = agents
    self.intervalSeconds = intervalSeconds
    self.targetSeconds = targetSeconds
    self.handleTime = handleTime
    self.patienceSeconds = patienceSeconds
    self.arrivalVariability = arrivalVariability
    self.shrinkage = shrinkage
    self.classes = classes
  }

  private static func checkDuration(_ name: String, _ seconds: Double, allowZero: Bool)
    throws(WeekSimulationError)
  {
    let valid = seconds.isFinite && (allowZero ? seconds >= 0 : seconds > 0)
    guard valid else { throw .invalidDuration(name: name, seconds: seconds) }
  }
}

/// How long handling a contact takes.
public enum HandleTimeDistribution: Sendable, Equatable {
  /// Exponential with this mean, seconds (CV 1; the Erlang C/A assumption).
  case exponential(meanSeconds: Double)
  /// Lognormal with this mean (seconds) and coefficient of variation: ln S ~ N(m, σ²) with
  /// σ² = ln(1 + cv²) and m = ln(mean) − σ²/2, so E[S] = mean and SD[S] = cv·mean.
  case lognormal(meanSeconds: Double, cv: Double)

  /// The mean handle time, seconds.
  public var meanSeconds: Double {
    switch self {
    case .exponential(let mean), .lognormal(let mean, _): return mean
    }
  }
}

/// How arrival counts vary around the forecast.
public enum ArrivalVariability: Sendable, Equatable {
  /// Poisson with the forecast as its mean.
  case poisson
  /// The rate of each interval multiplied by an independent Gamma(1/cv², cv²) factor.
  case gammaMixed(cv: Double)
}

/// How shrinkage takes agents away from the roster.
public enum ShrinkageModel: Sendable, Equatable {
  /// Every rostered agent is present.
  case none
  /// Each rostered agent is absent in an interval with this probability, independently per
  /// agent and interval: present agents ~ Binomial(N_i, 1 − rate).
  case randomAbsence(Double)
  /// ⌊N_i·(1 − rate)⌋ present (1e-9 of slack, so 10 at 30% leaves exactly 7): the
  /// deterministic average, no randomness.
  case reduction(Double)
}

/// Two classes of contact sharing the agents.
public struct ContactClasses: Sendable, Equatable {
  /// Share of each interval's arrivals that are premium, 0…1.
  public var premiumShare: [Double]
  public var policy: PriorityPolicy

  public init(premiumShare: [Double], policy: PriorityPolicy) {
    self.premiumShare = premiumShare
    self.policy = policy
  }
}

/// The order in which waiting contacts are answered.
public enum PriorityPolicy: String, Sendable, Equatable, CaseIterable {
  /// One line in order of arrival.
  case fifo
  /// Non-preemptive priority: a free agent takes the longest-waiting premium contact, and a
  /// standard one only when no premium contact waits; a contact in progress is never
  /// interrupted.
  case premiumFirst = "premium-first"
}

/// A class of contact, for per-class results.
public enum ContactClass: Int, Sendable, Equatable, CaseIterable {
  case standard = 0
  case premium = 1
}

/// Why a simulation could not run.
public enum WeekSimulationError: Error, Equatable, CustomStringConvertible {
  case noIntervals
  case lengthMismatch(arrivals: Int, agents: Int)
  case premiumShareLengthMismatch(arrivals: Int, premiumShares: Int)
  case invalidArrivals(interval: Int, value: Double)
  case negativeAgents(interval: Int, value: Int)
  case invalidDuration(name: String, seconds: Double)
  case invalidVariation(name: String, value: Double)
  case invalidShrinkage(Double)
  case invalidPremiumShare(interval: Int, value: Double)
  case invalidReplications(Int)

  public var description: String {
    switch self {
    case .noIntervals:
      return "simulation needs at least one interval"
    case .lengthMismatch(let arrivals, let agents):
      return "\(arrivals) intervals of arrivals but \(agents) of agents; "
        + "both must cover the same intervals"
    case .premiumShareLengthMismatch(let arrivals, let shares):
      return "\(arrivals) intervals of arrivals but \(shares) premium shares; "
        + "give one share per interval"
    case .invalidArrivals(let interval, let value):
      return "interval \(interval): \(value) arrivals; accepted: a finite number ≥ 0"
    case .negativeAgents(let interval, let value):
      return "interval \(interval): \(value) agents; accepted: 0 or more"
    case .invalidDuration(let name, let seconds):
      return "\(name) of \(seconds) s; accepted: a finite number of seconds "
        + (name == "target" ? "≥ 0" : "> 0")
    case .invalidVariation(let name, let value):
      return "\(name) coefficient of variation \(value); accepted: a finite number > 0"
    case .invalidShrinkage(let rate):
      return "shrinkage \(rate); accepted: a fraction from 0 up to (not including) 1"
    case .invalidPremiumShare(let interval, let value):
      return "interval \(interval): premium share \(value); accepted: a fraction 0…1"
    case .invalidReplications(let count):
      return "\(count) replications; accepted: 1 or more"
    }
  }
}
