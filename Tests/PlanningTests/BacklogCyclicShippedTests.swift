import Queueing
import Testing

@testable import Planning

/// The cyclic steady state on every shipped scenario (issue 3: the baseline's email plan had
/// not settled after 8 weeks). Independent source: the definition of a periodic regime — the
/// week must end with no more outstanding work than it started with, by the balance
/// backlog_end = backlog_start + Σ arrived − Σ done, or the backlog would grow without bound.
@Suite struct BacklogCyclicShippedTests {
  @Test(arguments: ShippedScenarios.names)
  func emailSettlesOnItsCycle(name: String) throws {
    let week = try WeeklyRequirements(scenario: try ShippedScenarios.load(name))
    let plan = try #require(week.backlog)
    #expect(plan.periodic)
    #expect(plan.weeksSimulated < 12)
    let start = plan.backlogAtStart[0]
    let end = start + plan.arrivedWork.reduce(0, +) - plan.doneWork.reduce(0, +)
    #expect(end <= start + 1e-6 * max(1, start))
    // Whole agents are never behind the levelled plan over the week.
    #expect(plan.doneWork.reduce(0, +) + 1e-6 >= plan.levelledWork.reduce(0, +))
  }

  @Test(arguments: ShippedScenarios.names)
  func escalationsMeetTheGoalInEveryHourUnderTheChain(name: String) throws {
    let scenario = try ShippedScenarios.load(name)
    let week = try WeeklyRequirements(scenario: scenario)
    let plan = try #require(week.escalation)
    #expect(plan.converged)
    let goal = scenario.escalations.target.serviceLevel.value
    let series = try #require(week.series(.escalation))
    let perChain = plan.chainIntervalMinutes / week.intervalMinutes
    for (k, level) in plan.serviceLevels.enumerated() {
      let rows = series.intervals[(k * perChain)..<((k + 1) * perChain)]
      guard rows.contains(where: { $0.arrivals > 0 }) else { continue }
      #expect(level >= goal, "chain hour \(k): \(level)")
    }
    #expect(zip(plan.molAgents, plan.chainAgents).allSatisfy { $0 <= $1 })
  }
}
