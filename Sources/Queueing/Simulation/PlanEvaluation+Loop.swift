import Foundation

extension PlanEvaluation {
  /// Closes the loop between planning and evaluation: where the evaluated service level
  /// misses the goal, raise that interval's requirement by one agent above what it got,
  /// re-plan (`replan` turns a requirement into coverage; the default covers it exactly) and
  /// evaluate again, until every interval meets the goal or `maxRounds` rounds pass.
  ///
  /// The iterative staffing idea of Feldman, Mandelbaum, Massey & Whitt, "Staffing of
  /// time-varying queues to achieve time-stable performance", Management Science 54(2),
  /// 2008, with the time-varying chain in place of simulation. `TimeVaryingStaffing
  /// .iterative` runs the same rounds from a modified-offered-load start with no re-plan;
  /// this starts from a plan's coverage so shift re-planning can sit in the loop.
  /// - Complexity: O(rounds · (evaluation + replan)).
  public static func closeTheLoop(
    arrivals: [Double], agents: [Int], handleSeconds: Double, patienceSeconds: Double? = nil,
    intervalSeconds: Double, targetSeconds: Double, serviceLevelGoal goal: Double,
    intervalsPerDay: Int? = nil, maxRounds: Int = 50,
    replan: (_ requirement: [Int]) throws(PlanEvaluationError) -> [Int] = { $0 }
  ) throws(PlanEvaluationError) -> PlanLoopResult {
    var requirement = agents
    var coverage = agents
    var rounds = 0
    while true {
      let report = try evaluate(
        arrivals: arrivals, agents: coverage, handleSeconds: handleSeconds,
        patienceSeconds: patienceSeconds, intervalSeconds: intervalSeconds,
        targetSeconds: targetSeconds, serviceLevelGoal: goal, intervalsPerDay: intervalsPerDay)
      if report.missing.isEmpty || rounds >= maxRounds {
        return PlanLoopResult(
          startingAgents: agents, requirement: requirement, agents: coverage, rounds: rounds,
          converged: report.missing.isEmpty, intervalSeconds: intervalSeconds,
          report: report)
      }
      for interval in report.missing {
        requirement[interval] = max(requirement[interval], coverage[interval]) + 1
      }
      coverage = try replan(requirement)
      guard coverage.count == arrivals.count else {
        throw .replanLengthMismatch(expected: arrivals.count, returned: coverage.count)
      }
      rounds += 1
    }
  }
}

/// The outcome of `PlanEvaluation.closeTheLoop`.
public struct PlanLoopResult: Sendable, Equatable {
  /// The coverage the loop started from.
  public var startingAgents: [Int]
  /// The raised requirement per interval.
  public var requirement: [Int]
  /// The final coverage per interval (from the last re-plan).
  public var agents: [Int]
  /// Rounds of raising taken.
  public var rounds: Int
  /// Whether every interval with arrivals meets the goal.
  public var converged: Bool
  public var intervalSeconds: Double
  /// The evaluation of `agents`.
  public var report: PlanEvaluationReport

  /// Agent-intervals added: Σ final coverage − Σ starting coverage (a re-plan may move
  /// agents, so single intervals can go down).
  public var addedAgentIntervals: Int { agents.reduce(0, +) - startingAgents.reduce(0, +) }

  /// The added cost in agent-hours: added agent-intervals × interval length / 3600.
  public var addedAgentHours: Double { Double(addedAgentIntervals) * intervalSeconds / 3600 }
}
