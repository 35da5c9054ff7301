import Foundation
import Testing
@testable import Queueing

/// The plan-evaluation seam: contacts and coverage per interval in, promised against
/// evaluated service level out, and the loop that raises missed intervals.
@Suite struct PlanEvaluationTests {
  /// Three days of GKW's sinusoidal hourly arrivals with 2-hour work, staffed hour by hour
  /// by Erlang C (SIPP); the same inputs as `LongServiceTimeTests`.
  static let arrivals: [Double] = Array(
    [[Double]](repeating: LongServiceTimeTests.hourlyRates.map { $0 * 3600 }, count: 3)
      .joined())
  static let sippAgents: [Int] = Array(
    [[Int]](repeating: LongServiceTimeTests.hourlyAgents, count: 3).joined())

  static func twoHourReport(agents: [Int] = sippAgents) throws -> PlanEvaluationReport {
    try PlanEvaluation.evaluate(
      arrivals: arrivals, agents: agents, handleSeconds: 7200, intervalSeconds: 3600,
      targetSeconds: 60, serviceLevelGoal: 0.8)
  }

  /// Erlang C case G14 (erlang-public.json, closed form): 100 contacts per 1800 s, AHT
  /// 180 s, N = 14, t = 20 s → SL 0.8883500191794669, P(wait) 0.17413193359504983. After a
  /// day the chain is at its fixed point (see TimeVaryingQueueTests), so evaluated equals
  /// promised; the horizon's share is higher, since the first half-hour starts empty.
  @Test func constantLoadKeepsThePromise() throws {
    let report = try PlanEvaluation.evaluate(
      arrivals: Array(repeating: 100, count: 48), agents: Array(repeating: 14, count: 48),
      handleSeconds: 180, intervalSeconds: 1800, targetSeconds: 20, serviceLevelGoal: 0.8)
    let last = try #require(report.intervals.last)
    #expect(abs(last.evaluatedServiceLevel - 0.8883500191794669) < 1e-9)
    #expect(abs(last.promisedServiceLevel - 0.8883500191794669) < 1e-12)
    #expect(abs(last.waitProbability - 0.17413193359504983) < 1e-9)
    #expect(report.missing.isEmpty)
    #expect(report.days.count == 1 && report.days[0].intervals == 0..<48)
    #expect(try #require(report.answeredWithinTarget) > 0.8883500191794669)
    #expect(abs(try #require(report.promised) - 0.8883500191794669) < 1e-12)
  }

  /// 2-hour work: every hour is promised ≥ 80% by construction, yet evaluation finds the
  /// hours after the peak far below (GKW 2007: misses in about half the hours). The
  /// simulation (an independent method, contacts in progress finishing as rostered) finds
  /// the worst evaluated hour missing too: the upper end of its 95% interval is below 80%.
  @Test func perIntervalErlangOverPromisesLongWork() throws {
    let report = try Self.twoHourReport()
    let third = report.days[2]
    #expect(report.days.count == 3 && third.intervals == 48..<72)
    #expect(report.intervals.allSatisfy { $0.promisedServiceLevel >= 0.8 })
    #expect(third.missing.count >= 8)
    #expect(report.missing == report.intervals.filter { !$0.meetsGoal }.map(\.interval))
    #expect(try #require(third.answeredWithinTarget) < (try #require(third.promised)))
    let worst = try #require(
      report.intervals[48..<72].min { $0.evaluatedServiceLevel < $1.evaluatedServiceLevel })
    #expect(worst.evaluatedServiceLevel < 0.5)

    let simulation = try WeekSimulation(
      arrivals: Self.arrivals, agents: Self.sippAgents, intervalSeconds: 3600,
      targetSeconds: 60, handleTime: .exponential(meanSeconds: 7200))
    let simulated = try simulation.run(replications: 200, seed: 2007)
    let hour = simulated.performance(over: worst.interval..<(worst.interval + 1))
    #expect(try #require(hour.serviceLevel).upper < 0.8, "\(hour)")
    let simulatedMisses = Set(simulated.intervalsMissing(serviceLevel: 0.8).filter { $0 >= 48 })
    #expect(simulatedMisses.count >= 8)
  }

  /// Closing the loop from the SIPP plan: rounds raise the missed hours until the chain
  /// meets 80% everywhere. The simulation (independent) agrees in the tightest hour of day
  /// 3: its service level is not below 80% beyond its 95% interval.
  @Test func closingTheLoopMeetsTheGoal() throws {
    let loop = try PlanEvaluation.closeTheLoop(
      arrivals: Self.arrivals, agents: Self.sippAgents, handleSeconds: 7200,
      intervalSeconds: 3600, targetSeconds: 60, serviceLevelGoal: 0.8)
    #expect(loop.converged)
    #expect(loop.rounds >= 1)
    #expect(loop.report.missing.isEmpty)
    #expect(loop.addedAgentIntervals > 0)
    #expect(loop.addedAgentHours == Double(loop.addedAgentIntervals))
    #expect(zip(loop.agents, Self.sippAgents).allSatisfy { $0 >= $1 })
    let tightest = try #require(
      loop.report.intervals[48..<72].min {
        $0.evaluatedServiceLevel < $1.evaluatedServiceLevel
      })
    let simulated = try WeekSimulation(
      arrivals: Self.arrivals, agents: loop.agents, intervalSeconds: 3600,
      targetSeconds: 60, handleTime: .exponential(meanSeconds: 7200)
    ).run(replications: 200, seed: 2008)
    let hour = simulated.performance(over: tightest.interval..<(tightest.interval + 1))
    #expect(try #require(hour.serviceLevel).upper >= 0.8, "\(hour)")
  }

  /// A re-plan sits in the loop: here shifts come in pairs (coverage rounded up to even), so
  /// coverage can exceed the requirement; a re-plan of the wrong length is a typed error.
  @Test func replanIsCalledWithTheRaisedRequirement() throws {
    let loop = try PlanEvaluation.closeTheLoop(
      arrivals: Self.arrivals, agents: Self.sippAgents, handleSeconds: 7200,
      intervalSeconds: 3600, targetSeconds: 60, serviceLevelGoal: 0.8
    ) { requirement in requirement.map { $0 + $0 % 2 } }
    #expect(loop.converged)
    #expect(loop.agents.allSatisfy { $0 % 2 == 0 } || loop.rounds == 0)
    #expect(zip(loop.agents, loop.requirement).allSatisfy { $0 >= $1 })
    #expect(throws: PlanEvaluationError.replanLengthMismatch(expected: 72, returned: 1)) {
      try PlanEvaluation.closeTheLoop(
        arrivals: Self.arrivals, agents: Self.sippAgents, handleSeconds: 7200,
        intervalSeconds: 3600, targetSeconds: 60, serviceLevelGoal: 0.8
      ) { _ in [1] }
    }
  }

  @Test func differentLengthsAreATypedErrorNamingBoth() {
    #expect(throws: PlanEvaluationError.lengthMismatch(arrivals: 48, agents: 47)) {
      try PlanEvaluation.evaluate(
        arrivals: Array(repeating: 100, count: 48), agents: Array(repeating: 14, count: 47),
        handleSeconds: 180, intervalSeconds: 1800, targetSeconds: 20, serviceLevelGoal: 0.8)
    }
    let message = PlanEvaluationError.lengthMismatch(arrivals: 48, agents: 47).description
    #expect(message.contains("48") && message.contains("47"))
  }

  /// No agents while contacts arrive: the backlog after the first half-hour is the Poisson
  /// count of its arrivals, mean 90 (λL with λ = 0.05/s, L = 1800 s); it is reported, the
  /// interval misses, and 40 agents work it off. No trap, no error.
  @Test func zeroAgentsReportTheBacklog() throws {
    let report = try PlanEvaluation.evaluate(
      arrivals: [90, 90, 0], agents: [0, 40, 40], handleSeconds: 180, intervalSeconds: 1800,
      targetSeconds: 20, serviceLevelGoal: 0.8)
    #expect(abs(report.intervals[0].backlogAtEnd - 90) < 1e-6)
    #expect(report.intervals[0].evaluatedServiceLevel < 1e-12)
    #expect(report.missing.contains(0))
    #expect(report.intervals[2].backlogAtEnd < 1e-3)
  }

  /// Far beyond capacity: 1,000 contacts per half-hour for one agent (A = 100 Erlangs). The
  /// agent is busy from the first arrival on, so completions are a Poisson process of rate
  /// μ and E[waiting at the end of interval k] = 1000(k+1) − 10(k+1) − P(busy) ≈ 990(k+1) − 1
  /// (counting argument; the idle time before the first arrival is 1.8 s on average).
  @Test func loadFarBeyondCapacityReportsTheBacklog() throws {
    let report = try PlanEvaluation.evaluate(
      arrivals: Array(repeating: 1000, count: 6), agents: Array(repeating: 1, count: 6),
      handleSeconds: 180, intervalSeconds: 1800, targetSeconds: 20, serviceLevelGoal: 0.8)
    for (k, check) in report.intervals.enumerated() {
      #expect(abs(check.backlogAtEnd - (990 * Double(k + 1) - 1)) < 0.5, "interval \(k)")
    }
    #expect(report.missing == Array(0..<6))
  }
}
