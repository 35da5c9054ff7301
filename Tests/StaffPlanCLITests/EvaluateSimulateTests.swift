import Foundation
import Testing
@testable import StaffPlanCLI

@Suite("staffplan evaluate and simulate")
struct EvaluateSimulateTests {
  static let baseline = packageRoot.appendingPathComponent("scenarios/travis-baseline.yaml").path

  @Test("evaluate: JSON parses and agrees with the text's weekly figures")
  func evaluateJSONMatchesText() throws {
    let text = runTool(["evaluate", Self.baseline, "--channel", "phone"])
    #expect(text.status == 0, "stderr: \(text.error)")
    let json = runTool(["evaluate", Self.baseline, "--channel", "phone", "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    let channels = try #require(object["channels"] as? [[String: Any]])
    #expect(channels.count == 1)
    let phone = channels[0]
    #expect(phone["channel"] as? String == "phone")
    let evaluated = try #require(phone["evaluated"] as? Double)
    let promised = try #require(phone["promised"] as? Double)
    let line = String(format: "promised %.2f%%, evaluated %.2f%%", promised * 100, evaluated * 100)
    #expect(text.output.contains(line), "text lacks '\(line)'")
    let intervals = try #require(phone["intervals"] as? [[String: Any]])
    #expect(intervals.count == 672)  // a week of 15-minute intervals
  }

  @Test("evaluate reads a coverage file and reports rows off the grid with line and column")
  func coverageFileErrors() throws {
    let file = try temporaryFile(
      named: "coverage.csv",
      contents: "day,time,channel,required,scheduled\nMon,00:10,phone,1,1\nMon,00:15,phone,x,1\n")
    let result = runTool(["evaluate", Self.baseline, "--coverage", file.path])
    #expect(result.status == 1)
    #expect(result.error.contains("coverage.csv:2:5: 00:10 is not on the plan's 15-minute grid"))
    #expect(result.error.contains("coverage.csv:3:17: 'x' is not a whole number ≥ 0"))
  }

  @Test("evaluate: an unknown channel is a usage error naming the channels accepted")
  func unknownChannel() {
    let result = runTool(["evaluate", Self.baseline, "--channel", "fax"])
    #expect(result.status == 64)
    #expect(result.error.contains("accepted: chat, phone"))
  }

  @Test("simulate: the same seed gives the same bytes; another seed differs")
  func simulateReproducible() {
    let arguments = ["simulate", Self.baseline, "--channel", "phone", "--replications", "3",
      "--quiet", "--format", "json"]
    let first = runTool(arguments + ["--seed", "5"])
    let second = runTool(arguments + ["--seed", "5"])
    let other = runTool(arguments + ["--seed", "6"])
    #expect(first.status == 0, "stderr: \(first.error)")
    #expect(first.output == second.output)
    #expect(first.output != other.output)
    #expect(first.error.isEmpty)  // --quiet
  }

  @Test("simulate: bad option values are usage errors")
  func simulateBadOptions() {
    let result = runTool(["simulate", Self.baseline, "--replications", "0"])
    #expect(result.status == 64)
    #expect(result.error.contains("--replications 0: expected a whole number ≥ 1"))
  }
}
