import Foundation
import Testing

@testable import Planning

/// The shipped scenarios, read from the package's own `scenarios/` folder through a
/// `#filePath`-relative path (the project's folder, not ../shared).
enum ShippedScenarios {
  static let folder: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // ScenarioShippedTests.swift, PlanningTests, Tests
    return parts.joined(separator: "/") + "/scenarios"
  }()

  static let loader = ScenarioLoader { path in try String(contentsOfFile: path, encoding: .utf8) }

  static func load(_ name: String) throws -> Scenario {
    try loader.load(path: folder + "/" + name)
  }

  static let names = [
    "travis-baseline.yaml", "growth-50.yaml", "deflection-30.yaml", "enterprise-heavy.yaml",
    "tight-sla.yaml",
  ]
}

@Suite struct ScenarioShippedTests {
  @Test(arguments: ShippedScenarios.names)
  func shippedScenarioLoads(name: String) {
    do {
      let scenario = try ShippedScenarios.load(name)
      #expect(!scenario.name.isEmpty)
    } catch {
      Issue.record("\(name): \(error)")
    }
  }

  @Test func baselineIsTheGuidesTenThousandTickets() throws {
    let scenario = try ShippedScenarios.load("travis-baseline.yaml")
    // Guide line 28: "a support organization handling 10,000 tickets/month".
    #expect(scenario.totalMonthlyTickets == 10_000)
  }
}
