import Foundation
import Testing
@testable import StaffPlanCLI

@Suite("staffplan erlang --batch")
struct ErlangBatchTests {
  @Test("one row per input row, in order; missing columns take the flags (cases E1b, E3)")
  func batchCSV() throws {
    // Row 1 is case E1b (54 agents), row 2 case E3 (28 agents at 80% in 30 s, AHT 330 s, 1 h).
    let file = try temporaryFile(
      named: "forecast.csv",
      contents: "volume,aht,interval,target\n360,240s,30m,20s\n250,330s,1h,30s\n")
    let result = runTool([
      "erlang", "--batch", file.path, "--service-level", "80%", "--shrinkage", "30%",
    ])
    #expect(result.status == 0, "stderr: \(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("row,model,volume"))
    let header = lines[0].split(separator: ",").map(String.init)
    let agentsColumn = try #require(header.firstIndex(of: "agents"))
    let scheduledColumn = try #require(header.firstIndex(of: "scheduled_agents"))
    let first = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let second = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    #expect(first[agentsColumn] == "54")
    #expect(first[scheduledColumn] == "78")  // ⌈54/0.7⌉
    #expect(second[agentsColumn] == "28")
    #expect(second[scheduledColumn] == "40")  // 28/0.7 = 40 exactly
  }

  @Test("--json prints JSON lines")
  func batchJSONLines() throws {
    let file = try temporaryFile(
      named: "forecast.csv", contents: "volume,aht\n360,240s\n100,180s\n")
    let result = runTool([
      "erlang", "--batch", file.path, "--target", "20s", "--service-level", "80%", "--json",
    ])
    #expect(result.status == 0, "stderr: \(result.error)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    let agents = try lines.map { line in
      (try parseJSON(String(line)) as? [String: Any])?["agents"] as? Int
    }
    // 360 per 30 min at 240 s → 54 (E1b); 100 per 30 min at 180 s → 14 (E2 meets 80%, 13 does
    // not: SL 0.7956, case G13).
    #expect(agents == [54, 14])
  }

  @Test("a malformed row names its line and column; nothing is printed; exit 1")
  func malformedRow() throws {
    let file = try temporaryFile(
      named: "forecast.csv", contents: "volume,aht\n360,240s\n100,abc\n50\n")
    let result = runTool([
      "erlang", "--batch", file.path, "--target", "20s", "--service-level", "80%",
    ])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.error.contains("forecast.csv:3:5: column 'aht'"), "stderr: \(result.error)")
    #expect(result.error.contains("forecast.csv:4:1: the row has 1 fields; the header has 2"))
  }

  @Test("an unknown column suggests the right name")
  func unknownColumn() throws {
    let file = try temporaryFile(named: "f.csv", contents: "volume,ahtt\n1,2m\n")
    let result = runTool(["erlang", "--batch", file.path, "--agents", "1"])
    #expect(result.status == 1)
    #expect(result.error.contains("f.csv:1:8: unknown column 'ahtt'; did you mean 'aht'?"))
  }

  @Test("a missing batch file is a data error naming the path")
  func missingFile() {
    let result = runTool(["erlang", "--batch", "/no/such/forecast.csv", "--agents", "1"])
    #expect(result.status == 1)
    #expect(result.error == "error: /no/such/forecast.csv: no such file\n")
  }
}
