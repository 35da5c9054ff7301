import Testing

@testable import Planning

/// Hiring-plan inputs built from a scenario.
@Suite struct CapacityScenarioTests {
  static func scenario(capacity: String) throws -> Scenario {
    let text = """
      name: Growth
      regions:
        emea: { time_zone: Europe/Dublin }
      customers:
        standard: { count: 3000, tickets_per_customer: 2 }
        enterprise: { count: 50, tickets_per_customer: 40 }
      capacity:
      \(capacity)

      """
    return try ScenarioLoader.inMemory(["s.yaml": text]).load(path: "s.yaml")
  }

  static let hours: [RoleKind: Double] = [.agent: 280, .escalationEngineer: 56]

  @Test func growthCompoundsFromMonthOne() throws {
    let inputs = try CapacityPlanInputs(
      scenario: Self.scenario(
        capacity: "  months: 3\n  monthly_growth: 10%\n  starting_headcount: { agent: 9 }"),
      weeklyRequirementHours: Self.hours)
    // scenarios/README.md: month m has volume × (1 + g)^m: 1.1, 1.21, 1.331.
    #expect(inputs.volumeIndex.count == 3)
    #expect(abs(inputs.volumeIndex[0] - 1.1) < 1e-12)
    #expect(abs(inputs.volumeIndex[2] - 1.331) < 1e-12)
    let agent = try #require(inputs.roles.first { $0.role == .agent })
    // By hand: workload 280 / 0.7 / 40 = 10 FTE (above the ratio floor 6.625); the
    // Enterprise 24×7 seat 168 / 0.7 / 40 = 6 FTE stays fixed.
    #expect(agent.workloadFTE == 10)
    #expect(agent.fixedFloorFTE == 6)
    #expect(agent.startingHeadcount == 9)
    // README defaults: 2% attrition, lead 2, class 5; guide ramp 0, 0.5.
    #expect(inputs.attritionPerMonth == 0.02)
    #expect(inputs.hiringLeadMonths == 2)
    #expect(inputs.ramp == .guide)
  }

  @Test func explicitVolumesScaleFromTheScenariosTickets() throws {
    let inputs = try CapacityPlanInputs(
      scenario: Self.scenario(
        capacity: "  months: 2\n  monthly_volumes: [8000, 12000]\n  hiring_lead_months: 1"),
      weeklyRequirementHours: Self.hours)
    // By hand: the scenario raises 3000 × 2 + 50 × 40 = 8,000 tickets; 12,000 is 1.5×.
    #expect(inputs.volumeIndex == [1, 1.5])
  }

  @Test func aLeadTimeAsLongAsTheHorizonIsATypedError() throws {
    // The default lead of 2 months (README) leaves no month for a hire to start in 2 months.
    let scenario = try Self.scenario(capacity: "  months: 2")
    #expect(throws: PlanInputError.leadTimeNotShorterThanHorizon(leadMonths: 2, months: 2)) {
      try CapacityPlanInputs(scenario: scenario, weeklyRequirementHours: Self.hours)
    }
  }
}
