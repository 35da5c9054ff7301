import Foundation
import Queueing
import Testing

@testable import Planning

/// `LiveQueue`'s premium-first service levels against Queueing's seeded discrete-event
/// simulation (`WeekSimulation` with `ContactClasses(policy: .premiumFirst)`): a stationary
/// queue run for many intervals. The top class's formula is exact (DESIGN.md §4); the lower
/// class's is an approximation (exponential conditional wait with Cobham's mean), validated
/// here within ±3 percentage points.
@Suite struct RequirementPremiumFirstSimulationTests {
  @Test(arguments: [(0.3, 20), (0.5, 60)])
  func lowerClassApproximationWithinThreePoints(premiumShare: Double, within: Int) throws {
    // 100 chats per 15 minutes, EAHT 300 s (A = 33.3 Erlangs), 80% in `within` seconds for
    // both tiers.
    let volume = 100.0
    let seconds = 900.0
    let handle = 300.0
    let target = ServiceTarget(within: TimeSpan(seconds: within), serviceLevel: percent(80))
    let classes = [
      LiveQueueClass(
        tier: .standard, arrivalsPerSecond: volume * (1 - premiumShare) / seconds,
        handleSeconds: handle, target: target),
      LiveQueueClass(
        tier: .enterprise, arrivalsPerSecond: volume * premiumShare / seconds,
        handleSeconds: handle, target: target),
    ]
    let sized = LiveQueue.size(classes: classes, policy: .premiumFirst, maxOccupancy: percent(100))
    // serviceLevels follow the premium-first order: enterprise first, then standard.
    let premiumModel = sized.serviceLevels[0]
    let standardModel = sized.serviceLevels[1]

    let intervals = 96 * 4  // four days of the same interval, started empty
    let simulation = try WeekSimulation(
      arrivals: Array(repeating: volume, count: intervals),
      agents: Array(repeating: sized.agents, count: intervals), intervalSeconds: seconds,
      targetSeconds: Double(within), handleTime: .exponential(meanSeconds: handle),
      classes: ContactClasses(
        premiumShare: Array(repeating: premiumShare, count: intervals), policy: .premiumFirst))
    let result = try simulation.run(replications: 8, seed: 42)
    let steady = 8..<intervals  // the first two hours warm up from empty
    let premium = try #require(result.performance(over: steady, of: .premium).serviceLevel)
    let standard = try #require(result.performance(over: steady, of: .standard).serviceLevel)
    // Exact for the top class: within simulation noise (±1.5 points; seed 42: 0.24, 0.03).
    #expect(abs(premium.mean - premiumModel) < 0.015, "premium \(premium.mean) vs \(premiumModel)")
    // Approximate for the lower class: within 3 points (seed 42: 2.4 and 1.9 points off,
    // the approximation below the simulation).
    #expect(
      abs(standard.mean - standardModel) < 0.03, "standard \(standard.mean) vs \(standardModel)")
  }
}
