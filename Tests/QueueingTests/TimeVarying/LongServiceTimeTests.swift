import Foundation
import Testing
@testable import Queueing

/// Green, Kolesar & Whitt (2007), "Coping with time-varying demand when setting staffing
/// requirements for a service system", POMS 16(1): with 2-hour work, staffing each hour by
/// the stationary formula on that hour's arrival rate misses the target in many hours,
/// because the number in service lags the arrival rate by about a handle time.
@Suite struct LongServiceTimeTests {
  static let handleSeconds = 7200.0
  static let targetSeconds = 60.0
  static let serviceLevelTarget = 0.8

  /// Sinusoidal arrivals over a day, piecewise constant per hour: 10 per hour on average,
  /// ± 60%, peak in the afternoon (GKW's λ(t) = λ̄(1 + r·sin(2πt/24)) at hour midpoints).
  static let hourlyRates: [Double] = (0..<24).map { (hour: Int) -> Double in
    let phase: Double = 2 * Double.pi * (Double(hour) + 0.5 - 9) / 24
    let meanRate: Double = 10.0 / 3600
    return meanRate * (1 + 0.6 * sin(phase))
  }

  /// Per-hour stationary staffing (SIPP): the smallest N with Erlang C SL(60 s) ≥ 80%.
  static let hourlyAgents: [Int] = hourlyRates.map { rate in
    let traffic = Traffic(arrivalsPerSecond: rate, handleSeconds: handleSeconds)
    var n = Int(traffic.offeredLoad.rounded(.down)) + 1
    while ErlangC.metrics(agents: n, traffic: traffic, targetSeconds: targetSeconds)
      .serviceLevel < serviceLevelTarget
    {
      n += 1
    }
    return n
  }

  /// 1,500 simulated days, run once for all arguments.
  static let simulated = SimulatedDays.run(
    hourlyRates: hourlyRates, hourlyAgents: hourlyAgents, handleSeconds: handleSeconds,
    targetSeconds: targetSeconds, days: 1500, seed: 20_071_001)

  /// The evaluation of day 3 of three identical days (the periodic regime).
  static func thirdDay() throws -> [IntervalPerformance] {
    let queue = try TimeVaryingQueue(
      arrivalsPerSecond: Array([[Double]](repeating: hourlyRates, count: 3).joined()),
      agents: Array([[Int]](repeating: hourlyAgents, count: 3).joined()),
      handleSeconds: handleSeconds, intervalSeconds: 3600, targetSeconds: targetSeconds,
      stepSeconds: 60, scheme: .trBDF2)
    return Array(try queue.evaluate().intervals[48..<72])
  }

  @Test func perIntervalStaffingMissesWhereTheStationaryFormulaPromised() throws {
    let day = try Self.thirdDay()
    let missed = day.filter { $0.serviceLevel < Self.serviceLevelTarget }
    // Every hour was promised ≥ 80% by construction.
    #expect(day.allSatisfy { $0.promised.serviceLevel >= Self.serviceLevelTarget })
    // The chain finds the evening and night hours, where arrivals fall while 2-hour contacts
    // from the peak still hold the agents, far below target (13 of 24 hours here; GKW report
    // misses in about half the hours). The simulation below checks the chain's figures.
    #expect(missed.count >= 8)
    let worst = try #require(day.min { $0.serviceLevel < $1.serviceLevel })
    #expect(worst.serviceLevel < 0.5)
  }

  /// The chain against a seeded discrete-event simulation of the same model (an independent
  /// method): 1,500 simulated days after one day of warm-up, per-day batch means, ratio
  /// estimator. The chain's service level and P(wait) must lie within 3.5 standard errors
  /// (two-sided 99.95%) in a missed hour and a met hour; the time step (60 s ≪ 7200 s)
  /// and the SL approximation (N held during a wait of ≤ 60 s in an hour-long interval) add
  /// errors well below the simulation's.
  @Test(arguments: [20, 3, 11])
  func chainAgreesWithSimulation(hour: Int) throws {
    let day = try Self.thirdDay()
    let simulated = Self.simulated
    let serviceLevel = simulated.serviceLevel(hour: hour)
    let waitProbability = simulated.waitProbability(hour: hour)
    #expect(abs(day[hour].serviceLevel - serviceLevel.mean) < 3.5 * serviceLevel.standardError)
    #expect(
      abs(day[hour].waitProbability - waitProbability.mean)
        < 3.5 * waitProbability.standardError)
    #expect(serviceLevel.standardError < 0.02)
  }

  /// The time-varying methods fix what per-hour staffing missed. MOL staffing (stationary
  /// formula at the lagged load) misses far fewer hours than the 13 of SIPP; the iterative
  /// method meets 80% in every hour by the chain, and the simulation (independent) agrees
  /// in the hour the chain finds tightest: its SL is not below 80% by more than 3.5 standard
  /// errors.
  @Test func timeVaryingStaffingMeetsTheTargetEveryHour() throws {
    let rates = Array([[Double]](repeating: Self.hourlyRates, count: 3).joined())
    let mol = try TimeVaryingStaffing.modifiedOfferedLoad(
      arrivalsPerSecond: rates, handleSeconds: Self.handleSeconds, intervalSeconds: 3600,
      serviceLevel: Self.serviceLevelTarget, targetSeconds: Self.targetSeconds)
    let molEvaluation = try TimeVaryingQueue(
      arrivalsPerSecond: rates, agents: mol, handleSeconds: Self.handleSeconds,
      intervalSeconds: 3600, targetSeconds: Self.targetSeconds
    ).evaluate()
    let molMisses = molEvaluation.intervalsMissing(serviceLevel: Self.serviceLevelTarget)
      .filter { $0 >= 48 }
    #expect(molMisses.count <= 3)  // 1 here, against 13 for SIPP

    let staffing = try TimeVaryingStaffing.iterative(
      arrivalsPerSecond: rates, handleSeconds: Self.handleSeconds, intervalSeconds: 3600,
      serviceLevel: Self.serviceLevelTarget, targetSeconds: Self.targetSeconds)
    #expect(staffing.converged)
    // The same agent-hours as SIPP (611 against 612 a day), moved later to follow the load.
    #expect(abs(staffing.agents[48..<72].reduce(0, +) - Self.hourlyAgents.reduce(0, +)) <= 12)
    let day = Array(staffing.agents[48..<72])
    let evaluated = Array(staffing.evaluation.intervals[48..<72])
    #expect(evaluated.allSatisfy { $0.serviceLevel >= Self.serviceLevelTarget })
    let tightest = try #require(
      evaluated.indices.min { evaluated[$0].serviceLevel < evaluated[$1].serviceLevel })
    let simulated = SimulatedDays.run(
      hourlyRates: Self.hourlyRates, hourlyAgents: day, handleSeconds: Self.handleSeconds,
      targetSeconds: Self.targetSeconds, days: 1000, seed: 20_080_001)
    let serviceLevel = simulated.serviceLevel(hour: tightest)
    #expect(serviceLevel.mean > Self.serviceLevelTarget - 3.5 * serviceLevel.standardError)
    #expect(
      abs(serviceLevel.mean - evaluated[tightest].serviceLevel)
        < 3.5 * serviceLevel.standardError)
  }
}

/// A discrete-event simulation of the M(t)/M/s(t) queue with hourly rates and staffing,
/// repeated day after day, with the chain's rule at a staffing drop (only N contacts are in
/// service; the others resume first when an agent frees).
struct SimulatedDays {
  /// Per day (after warm-up) and hour of arrival: arrivals, arrivals that waited, arrivals
  /// answered within the target.
  var arrivals: [[Double]]
  var waited: [[Double]]
  var withinTarget: [[Double]]

  struct Estimate {
    var mean: Double
    var standardError: Double
  }

  /// Ratio estimator Σy/Σx over days with its batch-means standard error.
  static func ratio(_ y: [Double], _ x: [Double]) -> Estimate {
    let days = Double(x.count)
    let r = y.reduce(0, +) / x.reduce(0, +)
    let meanX = x.reduce(0, +) / days
    var squares = 0.0
    for d in x.indices { squares += (y[d] - r * x[d]) * (y[d] - r * x[d]) }
    return Estimate(mean: r, standardError: (squares / (days * (days - 1))).squareRoot() / meanX)
  }

  func serviceLevel(hour: Int) -> Estimate {
    Self.ratio(withinTarget.map { $0[hour] }, arrivals.map { $0[hour] })
  }

  func waitProbability(hour: Int) -> Estimate {
    Self.ratio(waited.map { $0[hour] }, arrivals.map { $0[hour] })
  }

  static func run(
    hourlyRates: [Double], hourlyAgents: [Int], handleSeconds: Double, targetSeconds: Double,
    days: Int, seed: UInt64
  ) -> SimulatedDays {
    var random = SplitMix64(seed: seed)
    let mu = 1 / handleSeconds
    // One warm-up day before and one drain day after the recorded days.
    let totalDays = days + 2
    var result = SimulatedDays(
      arrivals: Array(repeating: Array(repeating: 0, count: 24), count: days),
      waited: Array(repeating: Array(repeating: 0, count: 24), count: days),
      withinTarget: Array(repeating: Array(repeating: 0, count: 24), count: days))
    var queue: [(time: Double, day: Int, hour: Int)] = []
    var head = 0
    var answeredInSystem = 0  // contacts that have reached an agent and are not finished
    var now = 0.0
    for hourIndex in 0..<(totalDays * 24) {
      let hour = hourIndex % 24
      let day = hourIndex / 24 - 1  // −1: warm-up; days: drain
      let agents = hourlyAgents[hour]
      let lambda = hourlyRates[hour]
      let end = Double(hourIndex + 1) * 3600
      func answerWaiting() {
        while answeredInSystem < agents && head < queue.count {
          let contact = queue[head]
          head += 1
          answeredInSystem += 1
          if contact.day >= 0 && contact.day < days && now - contact.time <= targetSeconds {
            result.withinTarget[contact.day][contact.hour] += 1
          }
        }
      }
      answerWaiting()
      while true {
        let serviceRate = Double(min(answeredInSystem, agents)) * mu
        let total = lambda + serviceRate
        let gap = -log(1 - random.nextUnit()) / total
        if now + gap >= end {
          now = end
          break
        }
        now += gap
        if random.nextUnit() * total < lambda {
          let recorded = day >= 0 && day < days
          let inSystem = answeredInSystem + (queue.count - head)
          if recorded {
            result.arrivals[day][hour] += 1
            if inSystem >= agents { result.waited[day][hour] += 1 }
          }
          queue.append((now, day, hour))
        } else {
          answeredInSystem -= 1
        }
        answerWaiting()
      }
      if head > 4096 {
        queue.removeFirst(head)
        head = 0
      }
    }
    return result
  }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator, so runs repeat exactly.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1) with 53 random bits.
  mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
