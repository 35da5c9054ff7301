import Foundation

/// Checks a staffing plan against the time-varying queue: what per-interval Erlang promised
/// next to what the M(t)/M/s(t)+M chain (`TimeVaryingQueue`) finds when backlog carries
/// across intervals and shift changes.
///
/// Inputs are in planning units: contacts per interval (not rates) and the agents a plan
/// covers per interval (after shrinkage: agents on the phones). The service level is
/// `TimeVaryingEvaluation.serviceLevelDefinition` (answered within target over all
/// arrivals; abandoned contacts count as missed), the same as `ErlangA` and `WeekSimulation`.
public enum PlanEvaluation {
  /// Evaluates `agents` against `arrivals` (contacts per interval).
  ///
  /// `intervalsPerDay` groups intervals into days for the daily shares (default: a day of
  /// 86,400 s when the interval divides it, else one group for the horizon). `stepSeconds`
  /// defaults to the largest step ≤ 60 s that divides the interval.
  /// - Complexity: O(evaluation) = O(intervals · steps · states in the window).
  public static func evaluate(
    arrivals: [Double], agents: [Int], handleSeconds: Double, patienceSeconds: Double? = nil,
    intervalSeconds: Double, targetSeconds: Double, serviceLevelGoal goal: Double,
    intervalsPerDay: Int? = nil, stepSeconds: Double? = nil
  ) throws(PlanEvaluationError) -> PlanEvaluationReport {
    guard arrivals.count == agents.count else {
      throw .lengthMismatch(arrivals: arrivals.count, agents: agents.count)
    }
    guard goal > 0 && goal < 1 else { throw .invalidServiceLevelGoal(goal) }
    guard intervalSeconds > 0 && intervalSeconds.isFinite else {
      throw .queue(.invalidDuration(name: "interval", seconds: intervalSeconds))
    }
    for (i, volume) in arrivals.enumerated() where !(volume >= 0 && volume.isFinite) {
      throw .invalidArrivals(interval: i, contacts: volume)
    }
    let day = intervalsPerDay ?? defaultIntervalsPerDay(intervalSeconds, count: arrivals.count)
    guard day >= 1 else { throw .invalidIntervalsPerDay(day) }
    let step = stepSeconds ?? intervalSeconds / (intervalSeconds / 60).rounded(.up)
    let evaluation: TimeVaryingEvaluation
    do {
      let queue = try TimeVaryingQueue(
        arrivalsPerSecond: arrivals.map { $0 / intervalSeconds }, agents: agents,
        handleSeconds: handleSeconds, patienceSeconds: patienceSeconds,
        intervalSeconds: intervalSeconds, targetSeconds: targetSeconds, stepSeconds: step)
      evaluation = try queue.evaluate()
    } catch {
      throw .queue(error)
    }
    return PlanEvaluationReport(evaluation: evaluation, goal: goal, intervalsPerDay: day)
  }

  /// 86,400 s / interval when that is a whole number, else the whole horizon.
  static func defaultIntervalsPerDay(_ intervalSeconds: Double, count: Int) -> Int {
    let perDay = 86_400 / intervalSeconds
    guard perDay >= 1 && abs(perDay - perDay.rounded()) < 1e-9 else { return max(1, count) }
    return Int(perDay.rounded())
  }
}

/// One interval of a plan: what per-interval Erlang promised and what the time-varying
/// evaluation finds.
public struct PlanIntervalCheck: Sendable, Equatable {
  public var interval: Int
  public var agents: Int
  /// Contacts expected to arrive.
  public var arrivals: Double
  /// Per-interval (stationary) Erlang C, or Erlang A with patience: the promise.
  public var promisedServiceLevel: Double
  /// Time-varying service level (answered within target over all arrivals).
  public var evaluatedServiceLevel: Double
  public var promisedWaitProbability: Double
  /// Time-averaged P(an arrival waits).
  public var waitProbability: Double
  /// Expected abandonments over arrivals; nil when nothing arrives.
  public var abandonShare: Double?
  /// Time-averaged number waiting.
  public var meanQueue: Double
  /// Expected number waiting at the end of the interval, carried into the next.
  public var backlogAtEnd: Double
  /// Whether the evaluated service level meets the goal (true when nothing arrives).
  public var meetsGoal: Bool
}

/// The share answered within target over one day of a plan.
public struct PlanDayCheck: Sendable, Equatable {
  /// Day number, from 0.
  public var day: Int
  public var intervals: Range<Int>
  /// Arrival-weighted evaluated service level; nil when nothing arrives.
  public var answeredWithinTarget: Double?
  /// Arrival-weighted promised service level; nil when nothing arrives.
  public var promised: Double?
  /// Intervals of the day that miss the goal.
  public var missing: [Int]
}

/// The evaluation of a plan, per interval, per day and for the horizon.
public struct PlanEvaluationReport: Sendable, Equatable {
  /// Service-level goal, 0…1 (e.g. 0.8 for 80% within target).
  public var goal: Double
  public var intervals: [PlanIntervalCheck]
  public var days: [PlanDayCheck]
  /// Arrival-weighted evaluated service level of the horizon; nil when nothing arrives.
  public var answeredWithinTarget: Double?
  /// Arrival-weighted promised service level of the horizon.
  public var promised: Double?
  /// Intervals with arrivals whose evaluated service level is below the goal.
  public var missing: [Int]
  /// The full time-varying evaluation.
  public var evaluation: TimeVaryingEvaluation

  public static let serviceLevelDefinition = TimeVaryingEvaluation.serviceLevelDefinition

  /// - Complexity: O(intervals).
  init(evaluation: TimeVaryingEvaluation, goal: Double, intervalsPerDay: Int) {
    self.goal = goal
    self.evaluation = evaluation
    let checks = evaluation.intervals.map { performance in
      PlanIntervalCheck(
        interval: performance.interval, agents: performance.agents,
        arrivals: performance.arrivals,
        promisedServiceLevel: performance.promised.serviceLevel,
        evaluatedServiceLevel: performance.serviceLevel,
        promisedWaitProbability: performance.promised.waitProbability,
        waitProbability: performance.waitProbability,
        abandonShare: performance.abandonProbability, meanQueue: performance.meanQueue,
        backlogAtEnd: performance.queueAtEnd,
        meetsGoal: performance.arrivals <= 0 || performance.serviceLevel >= goal)
    }
    intervals = checks
    missing = evaluation.intervalsMissing(serviceLevel: goal)
    let all = 0..<checks.count
    answeredWithinTarget = evaluation.answeredWithinTargetShare(all)
    promised = Self.promisedShare(checks, all)
    days = stride(from: 0, to: checks.count, by: intervalsPerDay).map { start in
      let range = start..<min(checks.count, start + intervalsPerDay)
      return PlanDayCheck(
        day: start / intervalsPerDay, intervals: range,
        answeredWithinTarget: evaluation.answeredWithinTargetShare(range),
        promised: Self.promisedShare(checks, range),
        missing: checks[range].filter { !$0.meetsGoal }.map(\.interval))
    }
  }

  /// Arrival-weighted promised service level over `range`. - Complexity: O(range.count).
  static func promisedShare(_ checks: [PlanIntervalCheck], _ range: Range<Int>) -> Double? {
    var answered = 0.0
    var arrived = 0.0
    for check in checks[range] {
      answered += check.promisedServiceLevel * check.arrivals
      arrived += check.arrivals
    }
    return arrived > 0 ? answered / arrived : nil
  }
}

/// Why a plan could not be evaluated.
public enum PlanEvaluationError: Error, Equatable, CustomStringConvertible {
  /// The arrivals and the coverage have different numbers of intervals.
  case lengthMismatch(arrivals: Int, agents: Int)
  case invalidArrivals(interval: Int, contacts: Double)
  case invalidServiceLevelGoal(Double)
  case invalidIntervalsPerDay(Int)
  /// A re-plan returned coverage for a different number of intervals.
  case replanLengthMismatch(expected: Int, returned: Int)
  /// A re-plan failed; the planner's message.
  case replanFailed(String)
  case queue(TimeVaryingQueueError)

  public var description: String {
    switch self {
    case .lengthMismatch(let arrivals, let agents):
      return "arrivals cover \(arrivals) intervals but the coverage covers \(agents); "
        + "both must be on the same grid of intervals"
    case .invalidArrivals(let interval, let contacts):
      return "interval \(interval): \(contacts) contacts; accepted: a finite number ≥ 0"
    case .invalidServiceLevelGoal(let goal):
      return "service-level goal \(goal); accepted: a fraction between 0 and 1 (exclusive)"
    case .invalidIntervalsPerDay(let count):
      return "\(count) intervals per day; accepted: 1 or more"
    case .replanLengthMismatch(let expected, let returned):
      return "re-plan returned coverage for \(returned) intervals; expected \(expected)"
    case .replanFailed(let message):
      return "re-plan failed: \(message)"
    case .queue(let error):
      return error.description
    }
  }
}
