import Foundation
import Testing
@testable import StaffPlanCLI

@Suite("staffplan headcount and capacity")
struct HeadcountCapacityCommandTests {
  static let scenarios = ["travis-baseline", "growth-50", "deflection-30", "enterprise-heavy", "tight-sla"]
  static func path(_ name: String) -> String {
    packageRoot.appendingPathComponent("scenarios/\(name).yaml").path
  }

  @Test("the baseline and every what-if produce a headcount; JSON agrees with CSV", arguments: scenarios)
  func everyScenario(_ name: String) throws {
    let json = runTool(["headcount", Self.path(name), "--format", "json"])
    #expect(json.status == 0, "\(name): \(json.error)")
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    let roles = try #require(object["roles"] as? [[String: Any]])
    #expect(roles.count == 4)
    let csv = runTool(["headcount", Self.path(name), "--format", "csv"])
    let rows = csv.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    for (row, role) in zip(rows, roles) {
      #expect(String(row[0]) == role["role"] as? String)
      #expect(Int(row[2]) == role["headcount"] as? Int)
    }
    // Every role's headcount covers its FTE (integer people ≥ FTE needed).
    for role in roles {
      let fte = try #require(role["fteNeeded"] as? Double)
      let people = try #require(role["headcount"] as? Int)
      #expect(Double(people) >= fte - 1e-9)
    }
  }

  @Test("growth-50 needs at least as many first-line agents as the baseline; deflection-30 no more")
  func directions() throws {
    func agents(_ name: String) throws -> Int {
      let result = runTool(["headcount", Self.path(name), "--format", "json"])
      let object = try #require(try parseJSON(result.output) as? [String: Any])
      let roles = try #require(object["roles"] as? [[String: Any]])
      return try #require(roles.first { $0["role"] as? String == "agent" }?["headcount"] as? Int)
    }
    let baseline = try agents("travis-baseline")
    #expect(try agents("growth-50") > baseline)
    #expect(try agents("deflection-30") < baseline)
  }

  @Test("text names the binding constraint and prints the guide band")
  func textExplains() {
    let result = runTool(["headcount", Self.path("travis-baseline"), "--explain"])
    #expect(result.status == 0)
    #expect(result.output.contains("why (binding)"))
    #expect(result.output.contains("Guide band: 10000 tickets a month → 12–18 agents"))
    #expect(result.output.contains("FTE = productive hours / (1 − shrinkage) / paid hours per FTE"))
  }

  @Test("--write-model writes free MPS the cbc program can read (ENDATA last)")
  func writeModel() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("headcount.mps")
    let result = runTool(["headcount", Self.path("travis-baseline"), "--write-model", file.path])
    #expect(result.status == 0)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.hasPrefix("NAME"))
    #expect(text.contains("ENDATA"))
    let bad = runTool(["headcount", Self.path("travis-baseline"), "--write-model", "model.txt"])
    #expect(bad.status == 64)
  }

  @Test("a headcount cap below a coverage floor: the conflict in the scenario's terms, exit 1")
  func capConflict() throws {
    let base = Self.path("travis-baseline")
    let file = try temporaryFile(
      named: "capped.yaml",
      contents: "base: \(base)\nname: capped\nroles:\n  on_call:\n    max_headcount: 3\n")
    let result = runTool(["headcount", file.path])
    #expect(result.status == 1)
    // The P1 hotline is one 24×7 seat: 168 h / (1 − 30%) / 40 h = 6 people (by hand).
    #expect(result.error.contains("needs 6"), "stderr: \(result.error)")
    #expect(result.error.contains("allows 3"))
    #expect(result.output.contains("best plan with those caps relaxed"))
  }

  @Test("capacity: a month per row per role, hires whole numbers, JSON parses")
  func capacity() throws {
    let result = runTool(["capacity", Self.path("travis-baseline"), "--months", "6", "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.error)")
    let object = try #require(try parseJSON(result.output) as? [String: Any])
    let roles = try #require(object["roles"] as? [[String: Any]])
    for role in roles {
      let months = try #require(role["months"] as? [[String: Any]])
      #expect(months.count == 6)
      for month in months {
        let required = try #require(month["required"] as? Double)
        let available = try #require(month["available"] as? Double)
        let gap = try #require(month["gap"] as? Double)
        #expect(abs(gap - max(0, required - available)) < 1e-6)
      }
    }
  }
}
