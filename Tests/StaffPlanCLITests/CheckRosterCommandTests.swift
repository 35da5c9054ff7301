import Foundation
import Testing
@testable import StaffPlanCLI

@Suite("staffplan check-roster")
struct CheckRosterCommandTests {
  static let baseline = packageRoot.appendingPathComponent("scenarios/travis-baseline.yaml").path
  static let header = "agent,role,region,date,start,end,shift,breaks\n"

  @Test("a 07:00–15:00 shift then 22:00–06:00 leaves 7 h rest < 11 h (by hand: 22 − 15)")
  func restViolation() throws {
    let file = try temporaryFile(
      named: "roster.csv",
      contents: Self.header
        + "Ada,agent,emea,2027-01-04,2027-01-04T07:00:00+00:00,2027-01-04T15:00:00+00:00,D,\n"
        + "Ada,agent,emea,2027-01-04,2027-01-04T22:00:00+00:00,2027-01-05T06:00:00+00:00,N,\n")
    let result = runTool(["check-roster", file.path, "--scenario", Self.baseline])
    #expect(result.status == 1)
    #expect(result.output.contains("rest between shifts  rest 7 h < 11 h"))
    let json = runTool(["check-roster", file.path, "--scenario", Self.baseline, "--format", "json"])
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    let violations = try #require(object["violations"] as? [[String: Any]])
    #expect(violations.count == 1)
    #expect(violations.first?["measured"] as? Double == 7)
  }

  @Test("a clean roster passes with exit 0")
  func cleanRoster() throws {
    let file = try temporaryFile(
      named: "roster.csv",
      contents: Self.header
        + "Ada,agent,emea,2027-01-04,2027-01-04T07:00:00+00:00,2027-01-04T15:00:00+00:00,D,\n")
    let result = runTool(["check-roster", file.path, "--scenario", Self.baseline])
    #expect(result.status == 0, "stderr: \(result.error)")
    #expect(result.output.contains("no labour-rule violations"))
  }

  @Test("a named part-timer is held to her contract: 3 × 8 h = 24 h a week > 20 h (by hand)")
  func contractHours() throws {
    let folder = try temporaryFile(named: "roster.csv", contents: "").deletingLastPathComponent()
    let scenario = folder.appendingPathComponent("part-time.yaml")
    try """
      base: \(Self.baseline)
      agents:
        - { name: Ada, role: agent, region: emea, contract_hours: 20h }
      """.write(to: scenario, atomically: true, encoding: .utf8)
    let rows = [4, 6, 8].map { day in
      "Ada,agent,emea,2027-01-0\(day),2027-01-0\(day)T07:00:00+00:00,"
        + "2027-01-0\(day)T15:00:00+00:00,D,\n"
    }
    let file = folder.appendingPathComponent("roster.csv")
    try (Self.header + rows.joined()).write(to: file, atomically: true, encoding: .utf8)
    let result = runTool(["check-roster", file.path, "--scenario", scenario.path])
    #expect(result.status == 1)
    #expect(result.output.contains("contract hours"))
    #expect(result.output.contains("average 24 h over 1 week > contract 20 h"))
  }

  @Test("a malformed row names its line and column")
  func malformedRow() throws {
    let file = try temporaryFile(
      named: "roster.csv",
      contents: Self.header + "Bob,agent,emea,2027-01-0x,2027-01-04T07:00:00+00:00,x,D,\n")
    let result = runTool(["check-roster", file.path, "--scenario", Self.baseline])
    #expect(result.status == 1)
    #expect(result.error.contains("roster.csv:2:16: date 2027-01-0x is not a date"))
  }

  @Test("--scenario is required")
  func scenarioRequired() {
    let result = runTool(["check-roster", "roster.csv"])
    #expect(result.status == 64)
  }
}
