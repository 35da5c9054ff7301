import Foundation
import Testing

@testable import StaffPlanCLI

@Suite struct PlanBadInputTests {
  @Test func missingScenarioIsAClearError() {
    let out = PlanFixture.folder()
    let run = runTool(["plan", "/nonexistent/scenario.yaml", "--out", out])
    #expect(run.status == 1)
    #expect(run.error.contains("/nonexistent/scenario.yaml: no such file"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func unwritableOutputFolderFailsBeforePlanningAndLeavesNothing() throws {
    let out = "/nonexistent-parent-\(UUID().uuidString)/plan"
    let run = runTool(["plan", PlanFixture.scenario("travis-baseline"), "--out", out, "--quiet"])
    #expect(run.status == 1)
    #expect(run.error.contains("does not exist"))
    #expect(!FileManager.default.fileExists(atPath: out))
    let file = try temporaryFile(named: "plan", contents: "a file, not a folder")
    let second = runTool(["plan", PlanFixture.scenario("travis-baseline"), "--out", file.path])
    #expect(second.status == 1)
    #expect(second.error.contains("is a file"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "a file, not a folder")
  }

  @Test func planNeedsOut() {
    let run = runTool(["plan", PlanFixture.scenario("travis-baseline")])
    #expect(run.status == 64)
    #expect(run.error.contains("--out DIR is required"))
  }

  @Test func negativeTimeLimitIsAUsageError() {
    let run = runTool(
      ["plan", PlanFixture.scenario("travis-baseline"), "--out", "x", "--time-limit", "-1"])
    #expect(run.status == 64)
  }
}
