import Foundation
import Testing
@testable import StaffPlanCLI

@Suite("staffplan schedule")
struct ScheduleCommandTests {
  static let baseline = packageRoot.appendingPathComponent("scenarios/travis-baseline.yaml").path

  @Test("writes roster, coverage and calendars; JSON has the documented keys; check-roster agrees")
  func scheduleBaseline() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sp-schedule-\(UUID().uuidString)")
    let result = runTool([
      "schedule", Self.baseline, "--out", folder.path, "--time-limit", "1", "--json",
    ])
    #expect(result.status == 0, "stderr: \(result.error)")
    let object = try #require(try parseJSON(result.output) as? [String: Any])
    for key in ["paidHours", "lowerBound", "gap", "underCoverageHours", "overCoverageHours",
      "agents", "violations"]
    {
      #expect(object[key] != nil, "missing \(key)")
    }
    let paid = try #require(object["paidHours"] as? Double)
    let bound = try #require(object["lowerBound"] as? Double)
    #expect(paid >= bound - 1e-6)  // a plan never beats its LP bound

    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(files).isSuperset(of: ["roster.csv", "coverage.csv", "calendars", "summary.txt"]))
    let roster = try String(contentsOf: folder.appendingPathComponent("roster.csv"), encoding: .utf8)
    #expect(roster.hasPrefix("agent,role,region,date,start,end,shift,breaks\n"))
    let coverage = try String(
      contentsOf: folder.appendingPathComponent("coverage.csv"), encoding: .utf8)
    #expect(coverage.hasPrefix("day,time,channel,required,scheduled\n"))
    // 672 fifteen-minute intervals for the team and for each of chat, phone and email.
    #expect(coverage.split(separator: "\n").count == 1 + 4 * 672)

    let team = try String(
      contentsOf: folder.appendingPathComponent("calendars/team.ics"), encoding: .utf8)
    #expect(team.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(team.hasSuffix("END:VCALENDAR\r\n"))
    for line in team.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }

    // The roster written checks to the same number of violations the summary reports.
    let violations = try #require(object["violations"] as? [Any])
    // Issue 5's definition of done: no labour-rule violations in the default 4-week roster.
    #expect(violations.isEmpty, "\(violations)")
    let check = runTool([
      "check-roster", folder.appendingPathComponent("roster.csv").path, "--scenario", Self.baseline,
      "--format", "json",
    ])
    let checked = try #require(try parseJSON(check.output) as? [String: Any])
    #expect((checked["violations"] as? [Any])?.count == violations.count)

    // evaluate reads the folder's coverage with --coverage.
    let evaluate = runTool([
      "evaluate", Self.baseline, "--coverage", folder.appendingPathComponent("coverage.csv").path,
      "--channel", "phone",
    ])
    #expect(evaluate.status == 0, "stderr: \(evaluate.error)")
    #expect(evaluate.output.contains("scheduled agents of"))
  }

  @Test("an output folder that cannot be written is a clear error and leaves nothing behind")
  func unwritableFolder() {
    let result = runTool(["schedule", Self.baseline, "--out", "/no/such/parent/plan"])
    #expect(result.status == 1)
    #expect(result.error.contains("the parent folder /no/such/parent does not exist"))
    #expect(!FileManager.default.fileExists(atPath: "/no/such/parent/plan"))
  }
}
