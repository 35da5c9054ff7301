import Foundation
import Testing

@testable import StaffPlanCLI

@Suite struct SweepCommandTests {
  @Test func unknownKeyListsTheAcceptedKeys() {
    let run = runTool([
      "sweep", PlanFixture.scenario("travis-baseline"), "--vary", "colour=1..2:1",
    ])
    #expect(run.status == 64)
    for key in ["volume", "aht", "shrinkage", "CHANNEL.TIER.within"] {
      #expect(run.error.contains(key))
    }
  }

  @Test func malformedRangesAreUsageErrors() {
    for vary in ["volume=1.5..0.8:0.1", "volume=0.8..1.5", "shrinkage=30..120:10", "volume"] {
      let run = runTool(["sweep", PlanFixture.scenario("travis-baseline"), "--vary", vary])
      #expect(run.status == 64, "\(vary)")
    }
  }

  @Test func rangeParsing() throws {
    let parsed = try SweepKey.parse("chat.standard.within=60s..180s:60s")
    #expect(parsed.key == .within(.chat, .standard))
    // 60, 120, 180 seconds: three values, written out by hand.
    #expect(parsed.values == [60, 120, 180])
  }

  @Test func moreVolumeNeedsMorePeople() throws {
    let run = runTool([
      "sweep", PlanFixture.scenario("travis-baseline"), "--vary", "volume=1..1.5:0.5",
      "--format", "json", "--quiet",
    ])
    #expect(run.status == 0, "\(run.error)")
    let json = try #require(try parseJSON(run.output) as? [String: Any])
    let points = try #require(json["points"] as? [[String: Any]])
    #expect(points.count == 2)
    let headcount = points.compactMap {
      ($0["figures"] as? [String: Any])?["totalHeadcount"] as? Int
    }
    // Erlang staffing grows with the offered load: 50% more tickets, more people.
    #expect(headcount.count == 2 && headcount[1] > headcount[0])
  }
}
