import Foundation
import Testing

@testable import StaffPlanCLI

@Suite struct PlanValidateTests {
  /// The closed loop on the baseline reports both live channels, stays within the round
  /// limit, and raising requirements never removes paid hours (the heuristic covers a
  /// pointwise larger requirement).
  @Test func validateReportsRoundsAndAddedCost() throws {
    let out = PlanFixture.folder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = runTool([
      "plan", PlanFixture.scenario("travis-baseline"), "--out", out, "--weeks", "1", "--quiet",
      "--validate",
    ])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("Validation (time-varying evaluation"))
    let json = try #require(
      try parseJSON(PlanFixture.read(out, "plan.json")) as? [String: Any])
    let figures = try #require(json["figures"] as? [String: Any])
    let validation = try #require(figures["validation"] as? [String: Any])
    let channels = try #require(validation["channels"] as? [[String: Any]])
    #expect(Set(channels.compactMap { $0["channel"] as? String }) == ["chat", "phone"])
    for channel in channels {
      #expect((channel["rounds"] as? Int ?? 99) <= PlanValidation.roundLimit)
    }
    let added = try #require((validation["addedPaidHours"] as? NSNumber)?.doubleValue)
    #expect(added >= 0)
  }
}
