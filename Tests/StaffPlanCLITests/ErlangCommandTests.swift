import Foundation
import Testing
@testable import StaffPlanCLI

/// `staffplan erlang` driven in-process: exit codes, text, JSON and batch.
/// Expected figures are the public reference cases (erlang-public.json), named per test.
@Suite("staffplan erlang")
struct ErlangCommandTests {
  @Test("text: the answer first — 54 agents, 78 scheduled (case E1b; 54/0.7 = 77.14 → 78)")
  func textAnswerFirst() {
    let result = runTool([
      "erlang", "--volume", "360", "--interval", "30m", "--aht", "240s", "--target", "20s",
      "--service-level", "80%", "--shrinkage", "30%",
    ])
    #expect(result.status == 0)
    let firstLine = result.output.split(separator: "\n").first.map(String.init) ?? ""
    #expect(firstLine == "Erlang C: 54 agents needed, 78 scheduled at 30% shrinkage")
    #expect(result.output.contains("81.72% answered within 20s"))  // SL 0.8172475210146836
    #expect(result.output.contains("→ 54"))
    #expect(result.error.isEmpty)
  }

  @Test("exact shrinkage: 7 agents at 30% schedule 10, not 11 (case S1: 7/0.7 = 10 exactly)")
  func exactShrinkageThroughCLI() throws {
    // 7 agents given; ⌈7/(1 − 0.3)⌉ = 10 in exact arithmetic.
    let result = runTool([
      "erlang", "--volume", "10", "--aht", "10m", "--agents", "7", "--shrinkage", "0.3",
      "--json",
    ])
    #expect(result.status == 0)
    let object = try #require(try parseJSON(result.output) as? [String: Any])
    #expect(object["scheduledAgents"] as? Int == 10)
  }

  @Test("JSON has the documented fields; values match case E1 (55 agents, 15 s target)")
  func jsonFields() throws {
    let result = runTool([
      "erlang", "--volume", "360", "--aht", "4m", "--target", "15s", "--agents", "55", "--json",
    ])
    #expect(result.status == 0)
    let object = try #require(try parseJSON(result.output) as? [String: Any])
    #expect(object["model"] as? String == "erlangC")
    #expect(object["agents"] as? Int == 55)
    let sl = try #require(object["serviceLevel"] as? Double)
    #expect(abs(sl - 0.8458830921705803) < 1e-12)
    let wait = try #require(object["waitProbability"] as? Double)
    #expect(abs(wait - 0.2387009363780092) < 1e-12)
    let asa = try #require(object["asa"] as? Double)
    #expect(abs(asa - 8.184032104388887) < 1e-9)
    #expect(abs((object["offeredLoad"] as? Double ?? 0) - 48) < 1e-12)
    let table = try #require(object["table"] as? [[String: Any]])
    #expect(table.map { $0["agents"] as? Int } == Array(52...60))
    for row in table {
      for key in ["serviceLevel", "waitProbability", "asa", "occupancy", "scheduledAgents"] {
        #expect(row[key] != nil, "table row lacks \(key)")
      }
    }
  }

  @Test("Erlang A through --patience: θ = μ identity at N = 12 (case A12)")
  func erlangAJSON() throws {
    let result = runTool([
      "erlang", "--volume", "100", "--aht", "3m", "--patience", "3m", "--agents", "12",
      "--target", "20s", "--json",
    ])
    #expect(result.status == 0)
    let object = try #require(try parseJSON(result.output) as? [String: Any])
    #expect(object["model"] as? String == "erlangA")
    let abandon = try #require(object["abandonProbability"] as? Double)
    #expect(abs(abandon - 0.053091625370742516) < 1e-12)
    let wait = try #require(object["waitProbability"] as? Double)
    #expect(abs(wait - 0.3032238536968933) < 1e-12)
  }

  @Test("chat concurrency: 15 agents (case C1)")
  func chat() {
    let result = runTool([
      "erlang", "--volume", "120", "--interval", "1h", "--aht", "15m", "--concurrency", "3",
      "--target", "60s", "--service-level", "80%",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Erlang C: 15 agents needed"))
  }

  @Test("--explain shows the offered load and each search step")
  func explain() {
    let result = runTool([
      "erlang", "--volume", "360", "--aht", "240s", "--target", "20s", "--service-level", "80%",
      "--explain",
    ])
    #expect(result.status == 0)
    #expect(result.output.contains("Offered load A = λ·AHT"))
    #expect(result.output.contains("48.0000 Erlangs"))
    #expect(result.output.contains("start at N = 49"))  // ⌊48⌋ + 1
    #expect(result.output.contains("N = 53:"))
    #expect(result.output.contains("N = 54: SL 81.72%"))
  }

  struct BadInput: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let status: Int32
    let mentions: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badInputs: [BadInput] = [
    BadInput(arguments: ["--volume", "10", "--aht", "0s", "--agents", "2"], status: 64,
      mentions: "--aht"),
    BadInput(arguments: ["--volume", "-5", "--aht", "3m", "--agents", "2"], status: 64,
      mentions: "negative"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m", "--service-level", "120%",
      "--target", "20s"], status: 64, mentions: "over 100%"),
    BadInput(arguments: ["--volume", "10", "--aht", "3 fortnights", "--agents", "2"], status: 64,
      mentions: "s, m, h or d"),
    BadInput(arguments: ["--volume", "10", "--aht", "180", "--agents", "2"], status: 64,
      mentions: "without a unit"),
    BadInput(arguments: ["--aht", "3m", "--agents", "2"], status: 64, mentions: "--volume"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m", "--volum", "3"], status: 64,
      mentions: "did you mean '--volume'"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m"], status: 64, mentions: "no target"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m", "--service-level", "100%",
      "--target", "20s"], status: 1, mentions: "100%"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m", "--max-abandon", "5%"], status: 64,
      mentions: "patience"),
    BadInput(arguments: ["--volume", "10", "--aht", "3m", "--concurrency", "7", "--agents", "2"],
      status: 64, mentions: "--concurrency-factor"),
  ]

  @Test("bad input: one clear line, exit 64 for misuse and 1 for bad data", arguments: badInputs)
  func badInput(_ case: BadInput) {
    let result = runTool(["erlang"] + `case`.arguments)
    #expect(result.status == `case`.status)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("error: "))
    #expect(result.error.contains(`case`.mentions), "stderr: \(result.error)")
  }

  @Test("zero volume is valid: no agents needed")
  func zeroVolume() {
    let result = runTool([
      "erlang", "--volume", "0", "--aht", "3m", "--target", "20s", "--service-level", "80%",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Erlang C: 0 agents needed, 0 scheduled"))
  }
}
