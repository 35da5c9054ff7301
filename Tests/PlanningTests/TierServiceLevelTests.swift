import Foundation
import Queueing
import Testing

@testable import Planning

@Suite("Per-tier service level of a pooled live queue")
struct TierServiceLevelTests {
  /// Baseline chat is one FIFO queue for Standard (10 min) and Enterprise (120 s). FIFO gives
  /// every tier the same wait, so each tier's level is the single-class Erlang C of the pooled
  /// queue at its own answer time: checked against `ErlangC.metrics` (the one-queue formula,
  /// a second path beside the multi-class sizing) for every open interval of the week.
  @Test func fifoTiersShareTheWaitAndUseTheirOwnTarget() throws {
    let scenario = try ShippedScenarios.load("travis-baseline.yaml")
    let week = try WeeklyRequirements(scenario: scenario)
    let chat = try #require(week.series(.chat))
    let seconds = Double(scenario.intervalMinutes * 60)
    var checked = 0
    for interval in chat.intervals where interval.agents > 0 && interval.arrivals > 0 {
      let tiers = interval.tierServiceLevels
      #expect(abs(tiers.reduce(0) { $0 + $1.arrivals } - interval.arrivals) < 1e-9)
      let traffic = Traffic(
        arrivalsPerSecond: interval.arrivals / seconds,
        handleSeconds: interval.load / (interval.arrivals / seconds))
      for entry in tiers {
        let target = try #require(scenario.channels[.chat]?.targets[entry.tier])
        let level = ErlangC.metrics(
          agents: interval.agents, traffic: traffic, targetSeconds: target.within.seconds
        ).serviceLevel
        #expect(abs((entry.serviceLevel ?? -1) - level) < 1e-9, "\(interval.interval) \(entry.tier)")
        #expect((entry.serviceLevel ?? 0) >= target.serviceLevel.value - 1e-12)
      }
      checked += 1
    }
    #expect(checked > 100)
  }
}
