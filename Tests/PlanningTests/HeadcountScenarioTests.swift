import Testing

@testable import Planning

/// Headcount inputs built from a scenario, and the guide band.
@Suite struct HeadcountScenarioTests {
  static let threeRegions = """
    name: Three regions
    regions:
      amer: { time_zone: America/Chicago, share: 45% }
      emea: { time_zone: Europe/Dublin, share: 40% }
      apac: { time_zone: Asia/Singapore, share: 15% }
    customers:
      standard: { count: 3000, tickets_per_customer: 2 }
      enterprise: { count: 50, tickets_per_customer: 40 }
    roles:
      on_call: { max_headcount: 3 }

    """

  static func scenario(_ text: String) throws -> Scenario {
    try ScenarioLoader.inMemory(["s.yaml": text]).load(path: "s.yaml")
  }

  @Test func coverageFloorsAreTheUnionOfEachTiersWindowInUTC() throws {
    let inputs = try HeadcountInputs(
      scenario: Self.scenario(Self.threeRegions),
      weeklyRequirementHours: [.agent: 100, .escalationEngineer: 20])
    let floors = try #require(inputs.role(.agent)).coverageFloors
    // scenarios/travis-baseline.yaml's comment: 09:00–18:00 local is Singapore 01–10 UTC,
    // Dublin 09–18 UTC, Chicago 15–24 UTC (January offsets), so weekdays 01–24 UTC:
    // 23 h × 5 days = 115 h. Enterprise 24×7 is 168 h (DESIGN.md §4).
    #expect(floors.map(\.hoursPerWeek) == [115, 168])
    #expect(
      floors.map(\.label) == [
        "Standard Mon–Fri 09:00–18:00 coverage", "Enterprise 24×7 coverage",
      ])
    // Guide line 28 defaults (scenarios/README.md): standard 250-500, enterprise 80.
    #expect(inputs.role(.agent)?.customerRatios.count == 2)
    // README: 50 accounts × weight 1 ≤ 25 per TAM.
    #expect(inputs.role(.tam)?.accountCoverage?.tamsNeeded == 2)
    #expect(inputs.monthlyTickets == 8000)
  }

  @Test func theScenariosHotlineCapIsDiagnosed() throws {
    let inputs = try HeadcountInputs(
      scenario: Self.scenario(Self.threeRegions),
      weeklyRequirementHours: [.agent: 100, .escalationEngineer: 20])
    let plan = try planHeadcount(inputs)
    // By hand: one 24×7 seat at the default 30% shrinkage: 168 / 0.7 / 40 = 6 people;
    // the scenario's cap is 3, so 3 short.
    #expect(plan.conflicts.map(\.excess) == [3])
    #expect(plan.conflicts.first?.message.hasPrefix("P1 hotline 24×7 coverage needs 6") == true)
  }

  @Test func missingHoursAndRolesAreTypedErrors() throws {
    let scenario = try Self.scenario(Self.threeRegions)
    #expect(throws: PlanInputError.missingRequirementHours(role: .escalationEngineer)) {
      try HeadcountInputs(scenario: scenario, weeklyRequirementHours: [.agent: 10])
    }
    var noTAM = scenario
    noTAM.roles[.tam] = nil
    #expect(throws: PlanInputError.missingRole(role: .tam)) {
      try HeadcountInputs(
        scenario: noTAM,
        weeklyRequirementHours: [.agent: 10, .escalationEngineer: 1, .tam: 1])
    }
  }

  static func role(_ kind: RoleKind, hours: Double) -> RoleHeadcountInputs {
    RoleHeadcountInputs(
      role: kind, paidHoursPerWeek: 40, shrinkage: 0.3, monthlyCost: 6000,
      requirementHoursPerWeek: hours)
  }

  @Test func aPlanInsideTheGuideBandNeedsNoMover() throws {
    // By hand: 280 / 28 = 10 agents, 56 / 28 = 2 engineers: 12, inside 12–18 (guide line 28).
    let inputs = HeadcountInputs(
      roles: [Self.role(.agent, hours: 280), Self.role(.escalationEngineer, hours: 56)],
      monthlyTickets: 10_000)
    let comparison = GuideBand.guide.compare(try planHeadcount(inputs), inputs: inputs)
    #expect(comparison.agents == 12)
    #expect(comparison.isInside)
    #expect(comparison.movers.isEmpty)
  }

  @Test func aPlanAboveTheBandNamesWhatMovesIt() throws {
    let inputs = HeadcountInputs(
      roles: [Self.role(.agent, hours: 560), Self.role(.escalationEngineer, hours: 56)],
      monthlyTickets: 10_000)
    let comparison = GuideBand.guide.compare(try planHeadcount(inputs), inputs: inputs)
    // By hand: 560 / 28 = 20 agents + 2 engineers = 22 > 18.
    #expect(comparison.agents == 22)
    #expect(!comparison.isInside)
    #expect(comparison.largestContributor == .agent)
    #expect(comparison.largestContributorFloor?.kind == .requirement)
    // By hand, each change alone to reach ≤ 18 (16 agents + 2 engineers):
    // agent hours x / 28 ≤ 16 → x ≤ 448 = 80% of 560 (20% change);
    // paid hours p: 800 / p ≤ 16 → p ≥ 50 (25% change), engineers 80 / 50 = 1.6 → 2;
    // shrinkage s: 14 / (1 − s) ≤ 16 → s ≤ 0.125, on a 1% grid 0.12 (60% change).
    let movers = comparison.movers.map { ($0.assumption, $0.changedTo, $0.agents) }
    #expect(movers.count == 3)
    #expect(movers[0].0 == "weekly requirement hours of first-line agents")
    #expect(abs(movers[0].1 - 448) < 1e-9)
    #expect(movers[1].1 == 50)
    #expect(abs(movers[2].1 - 0.12) < 1e-12)
    #expect(movers.allSatisfy { $0.2 == 18 })
  }
}
