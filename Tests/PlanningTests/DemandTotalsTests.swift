import Foundation
import Queueing
import Testing

@testable import Planning

@Suite struct DemandTotalsTests {
  /// Weekly arrivals of each tier and channel sum to monthly × (1 − deflection) × 7 /
  /// (365.25/12) (closed form), whatever the profiles and zones do within the week.
  @Test(arguments: ShippedScenarios.names)
  func weeklyArrivalsMatchTheClosedForm(name: String) throws {
    let scenario = try ShippedScenarios.load(name)
    let demand = try WeeklyDemand(scenario: scenario)
    let kept = 1 - scenario.deflection.total.doubleValue
    for tier in Tier.allCases {
      for channel in Channel.ticketChannels {
        let expected = scenario.monthlyTickets(tier: tier, channel: channel) * kept * 7
          / 30.4375
        let total = demand.arrivals(tier: tier, channel: channel).reduce(0, +)
        #expect(abs(total - expected) <= 1e-9 * max(1, expected))
      }
    }
  }

  /// The baseline's 10,000 tickets a month are 2,300.0 a week (10,000 × 7 / 30.4375 =
  /// 2,299.79, closed form), and Dublin's 09:00 local on a January Monday is 09:00 UTC
  /// (Ireland is on GMT in winter), so 09:00–09:15 UTC Monday carries EMEA's share.
  @Test func baselineWeeklyVolume() throws {
    let scenario = try ShippedScenarios.load("travis-baseline.yaml")
    let demand = try WeeklyDemand(scenario: scenario)
    let total = Tier.allCases.reduce(0.0) { sum, tier in
      sum + Channel.ticketChannels.reduce(0.0) { $0 + (demand.weeklyTickets[tier]?[$1] ?? 0) }
    }
    #expect(abs(total - 10_000 * 7 / 30.4375) < 1e-6)
    #expect(abs(demand.arrivalShape.reduce(0, +) - 1) < 1e-12)
  }
}
