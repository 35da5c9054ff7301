import Foundation
import Queueing
import Testing

@testable import Planning

@Suite struct RequirementShippedTests {
  /// Every shipped scenario produces a full week on every stream with finite values ≥ 0
  /// (independent source: the definition of a requirement — counts and rates are never
  /// negative or NaN — and the grid: 10080 / interval minutes rows per stream).
  @Test(arguments: ShippedScenarios.names)
  func shippedScenarioProducesRequirements(name: String) throws {
    let scenario = try ShippedScenarios.load(name)
    let week = try WeeklyRequirements(scenario: scenario)
    let rows = 10_080 / scenario.intervalMinutes
    #expect(!week.series.isEmpty)
    for series in week.series {
      #expect(series.intervals.count == rows)
      for row in series.intervals {
        #expect(row.arrivals.isFinite && row.arrivals >= 0)
        #expect(row.load.isFinite && row.load >= 0)
        #expect(row.agents >= 0 && row.scheduledAgents >= row.agents)
        if let level = row.serviceLevel { #expect(level.isFinite && level >= 0 && level <= 1) }
      }
      #expect(series.totals.fte.isFinite && series.totals.fte >= 0)
    }
  }
}
