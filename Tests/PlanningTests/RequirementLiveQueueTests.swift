import Foundation
import Queueing
import Testing

@testable import Planning

@Suite struct RequirementLiveQueueTests {
  /// The published Erlang C example: 360 contacts per 30 minutes, AHT 240 s, 80% answered in
  /// 20 s needs 54 agents (the standard call-centre reference, e.g. callcentrehelper.com's
  /// Erlang C worked example; the same figure as `staffplan erlang`).
  @Test func publishedReferenceNeeds54Agents() {
    let tier = LiveQueueClass(
      tier: .enterprise, arrivalsPerSecond: 360.0 / 1800, handleSeconds: 240,
      target: ServiceTarget(within: TimeSpan(seconds: 20), serviceLevel: percent(80)))
    let result = LiveQueue.size(classes: [tier], policy: .fifo, maxOccupancy: percent(100))
    #expect(result.agents == 54)
  }

  /// A constant-rate interval sized FIFO equals `IntervalSizing` (Queueing's own search, a
  /// second implementation) on the same inputs, with the occupancy cap.
  @Test(arguments: [(30.0, 600.0, 60), (120.0, 300.0, 20), (7.0, 900.0, 120)])
  func constantRateMatchesIntervalSizing(volume: Double, aht: Double, within: Int) throws {
    let request = IntervalSizingRequest(
      volume: volume, interval: TimeSpan(seconds: 900), handleTime: TimeSpan(seconds: Int(aht)),
      targets: StaffingTargets(
        serviceLevel: (percent(80), TimeSpan(seconds: within)), maxOccupancy: percent(85)))
    let expected = try IntervalSizing(request).agents
    let tier = LiveQueueClass(
      tier: .standard, arrivalsPerSecond: volume / 900, handleSeconds: aht,
      target: ServiceTarget(within: TimeSpan(seconds: within), serviceLevel: percent(80)))
    let result = LiveQueue.size(classes: [tier], policy: .fifo, maxOccupancy: percent(85))
    #expect(result.agents == expected)
  }
}

func percent(_ value: Int) -> Percentage {
  Percentage(fraction: ExactDecimal(digits: Int64(value), scale: 2))
}
