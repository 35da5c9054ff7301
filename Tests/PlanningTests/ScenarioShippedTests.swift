import Foundation
import Queueing
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

/// Each what-if equals the baseline with only its own change: the numbers come from the issue's
/// description of the what-if (+50% volume, 30% deflection, 3× Enterprise, Standard chat 120 s).
@Suite struct ScenarioWhatIfTests {
  static func percent(_ value: Int64) -> Percentage {
    Percentage(fraction: ExactDecimal(digits: value, scale: 2))
  }

  func renamed(_ scenario: Scenario, like other: Scenario) -> Scenario {
    var copy = scenario
    copy.name = other.name
    copy.description = other.description
    return copy
  }

  @Test func growth50() throws {
    let baseline = try ShippedScenarios.load("travis-baseline.yaml")
    let growth = try ShippedScenarios.load("growth-50.yaml")
    // 1.5 × the guide's 10,000 tickets a month.
    #expect(growth.totalMonthlyTickets == 15_000)
    for tier in Tier.allCases {
      #expect(
        growth.customers(tier).monthlyTickets == 1.5 * baseline.customers(tier).monthlyTickets)
      #expect(growth.customers(tier).count == baseline.customers(tier).count)
    }
    var expected = renamed(baseline, like: growth)
    expected.customers = growth.customers
    #expect(growth == expected)
  }

  @Test func deflection30() throws {
    let baseline = try ShippedScenarios.load("travis-baseline.yaml")
    let deflection = try ShippedScenarios.load("deflection-30.yaml")
    #expect(deflection.deflection.total == ExactDecimal(digits: 3, scale: 1))
    var expected = renamed(baseline, like: deflection)
    expected.deflection = Deflection(
      knowledgeBase: Self.percent(20), chatbot: Self.percent(10), automatedTriage: .zero)
    #expect(deflection == expected)
  }

  @Test func enterpriseHeavy() throws {
    let baseline = try ShippedScenarios.load("travis-baseline.yaml")
    let heavy = try ShippedScenarios.load("enterprise-heavy.yaml")
    #expect(heavy.customers(.enterprise).count == 3 * baseline.customers(.enterprise).count)
    var expected = renamed(baseline, like: heavy)
    expected.customers[.enterprise]?.count = 150
    #expect(heavy == expected)
  }

  @Test func tightSLA() throws {
    let baseline = try ShippedScenarios.load("travis-baseline.yaml")
    let tight = try ShippedScenarios.load("tight-sla.yaml")
    var expected = renamed(baseline, like: tight)
    expected.channels[.chat]?.targets[.standard]?.within = TimeSpan(seconds: 120)
    #expect(tight == expected)
    // The service level stays the baseline's: only the answer time moves.
    #expect(tight.channels[.chat]?.targets[.standard]?.serviceLevel == Self.percent(80))
  }
}
