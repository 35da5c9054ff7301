import Testing

@testable import Planning

/// The headcount MIP on inputs small enough to solve by hand.
@Suite struct HeadcountTests {
  static func agent(
    hours: Double, shrinkage: Double = 0.3, cost: Double = 6000, cap: Int? = nil
  ) -> RoleHeadcountInputs {
    RoleHeadcountInputs(
      role: .agent, paidHoursPerWeek: 40, shrinkage: shrinkage, monthlyCost: cost,
      requirementHoursPerWeek: hours, maxHeadcount: cap)
  }

  static func onCall(shrinkage: Double, cap: Int? = nil) -> RoleHeadcountInputs {
    RoleHeadcountInputs(
      role: .onCall, paidHoursPerWeek: 40, shrinkage: shrinkage, monthlyCost: 1500,
      coverageFloors: [
        CoverageFloor(
          name: "p1_hotline", label: "P1 hotline 24×7 coverage", seats: 1, hoursPerWeek: 168)
      ], maxHeadcount: cap)
  }

  @Test func requirementHoursBecomeFTEAndWholePeople() throws {
    let plan = try planHeadcount(HeadcountInputs(roles: [Self.agent(hours: 400)]))
    let agent = try #require(plan.role(.agent))
    // By hand: 400 h / (1 − 0.30) / 40 h = 400 / 28 = 14.2857… FTE → 15 people.
    #expect(abs(agent.fteNeeded - 14.285_714_285_7) < 1e-9)
    #expect(agent.headcount == 15)
    // By hand: 15 × 6,000 = 90,000 a month.
    #expect(agent.monthlyCost == 90_000)
    #expect(plan.totalMonthlyCost == 90_000)
    #expect(agent.binding?.kind == .requirement)
    #expect(plan.isFeasible)
  }

  @Test func aTwentyFourSevenSeatIsExactlySixAtThirtyPercent() throws {
    // DESIGN.md §4: a 24/7 seat is 168 h = 4.2 FTE at 40 h before shrinkage; by hand
    // 168 / (1 − 0.3) / 40 = 168 / 28 = 6 exactly, so 6 people, not 7.
    let shrunk = try planHeadcount(HeadcountInputs(roles: [Self.onCall(shrinkage: 0.3)]))
    #expect(shrunk.headcount(.onCall) == 6)
    #expect(shrunk.role(.onCall)?.fteNeeded == 6)
    #expect(shrunk.role(.onCall)?.binding?.kind == .coverageFloor)
    // Without shrinkage: 168 / 40 = 4.2 FTE → 5 people (DESIGN.md §4's 4.2).
    let bare = try planHeadcount(HeadcountInputs(roles: [Self.onCall(shrinkage: 0)]))
    #expect(bare.headcount(.onCall) == 5)
    #expect(abs((bare.role(.onCall)?.fteNeeded ?? 0) - 4.2) < 1e-12)
  }

  @Test func theCustomerRatioFloorBindsAboveASmallWorkload() throws {
    var agent = Self.agent(hours: 100)
    agent.customerRatios = [
      CustomerRatioLoad(
        tier: .standard, customers: 3000, ratio: CustomerRatio(minimum: 250, maximum: 500)),
      CustomerRatioLoad(
        tier: .enterprise, customers: 50, ratio: CustomerRatio(minimum: 80, maximum: 80)),
    ]
    let plan = try planHeadcount(HeadcountInputs(roles: [agent]))
    let result = try #require(plan.role(.agent))
    // By hand: workload 100 / 28 = 3.57 FTE; ratio floor 3000/500 + 50/80 = 6 + 0.625
    // = 6.625 → 7 people, set by the ratio. Guidance ceiling 3000/250 + 50/80 = 12.625.
    #expect(result.headcount == 7)
    #expect(result.binding?.kind == .customerRatio)
    #expect(result.fteNeeded == 6.625)
    #expect(result.ratioGuidanceCeiling == 12.625)
    #expect(!result.isAboveRatioGuidance)
  }

  @Test(arguments: [(50, 2), (51, 3), (0, 0)])
  func tamCoverageIsWeightedAccountsOverCapacity(accounts: Int, tams: Int) throws {
    // By hand: 50 × 1 / 25 = 2 TAMs; 51 / 25 = 2.04 → 3; no accounts → none.
    let tam = RoleHeadcountInputs(
      role: .tam, paidHoursPerWeek: 40, shrinkage: 0.3, monthlyCost: 11_000,
      accountCoverage: WeightedAccountCoverage(
        accounts: accounts, weight: 1, capacityPerTAM: 25))
    let plan = try planHeadcount(HeadcountInputs(roles: [tam]))
    #expect(plan.headcount(.tam) == tams)
    #expect(plan.role(.tam)?.binding?.kind == (tams > 0 ? .tamCoverage : nil))
  }

  @Test func aCapBelowTheCoverageFloorIsDiagnosedInUserTerms() throws {
    // By hand: 168 / 40 = 4.2 → 5 on-call engineers needed; the cap allows 3: 2 short.
    let inputs = HeadcountInputs(
      roles: [Self.agent(hours: 400), Self.onCall(shrinkage: 0, cap: 3)])
    let plan = try planHeadcount(inputs)
    #expect(!plan.isFeasible)
    let conflict = try #require(plan.conflicts.first)
    #expect(plan.conflicts.count == 1)
    #expect(conflict.row == "max_headcount_on_call")
    #expect(conflict.needed == 5)
    #expect(conflict.limit == 3)
    #expect(conflict.excess == 2)
    #expect(
      conflict.message == "P1 hotline 24×7 coverage needs 5 on-call engineers;"
        + " roles.on_call.max_headcount allows 3 (2 short)")
    // The best plan under the relaxed cap still staffs the agents (15, as above).
    #expect(plan.headcount(.onCall) == 5)
    #expect(plan.role(.onCall)?.overCap == 2)
    #expect(plan.headcount(.agent) == 15)
  }

  @Test func aBudgetBelowTheFloorsIsReportedAsAnOverrun() throws {
    // By hand: 15 agents × 6,000 = 90,000 needed; a budget of 84,000 is 6,000 short.
    let plan = try planHeadcount(
      HeadcountInputs(roles: [Self.agent(hours: 400)], monthlyBudget: 84_000))
    let conflict = try #require(plan.conflicts.first)
    #expect(conflict.kind == .budget)
    #expect(abs(conflict.needed - 90_000) < 1e-6)
    #expect(abs(conflict.excess - 6_000) < 1e-6)
    // Exactly enough budget is feasible, with no room for a 16th agent.
    let exact = try planHeadcount(
      HeadcountInputs(roles: [Self.agent(hours: 400)], monthlyBudget: 90_000))
    #expect(exact.isFeasible)
    #expect(exact.role(.agent)?.tightLimits == [.budget])
  }

  @Test func theModelHasNamedGroupsForTheMPSFile() throws {
    let model = try HeadcountModel(
      HeadcountInputs(roles: [Self.agent(hours: 400), Self.onCall(shrinkage: 0.3, cap: 9)]))
    let names = model.model.rows.map(\.name)
    #expect(
      names == [
        "requirement_agent", "staffing_agent", "coverage_floor_on_call_p1_hotline",
        "staffing_on_call", "max_headcount_on_call",
      ])
    #expect(model.model.mpsText().contains("headcount_on_call"))
  }

  @Test func badInputIsATypedError() {
    #expect(throws: PlanInputError.negativeCost(role: .agent, value: -1)) {
      try planHeadcount(HeadcountInputs(roles: [Self.agent(hours: 10, cost: -1)]))
    }
    #expect(throws: PlanInputError.invalidShrinkage(role: .agent, value: 1)) {
      try planHeadcount(HeadcountInputs(roles: [Self.agent(hours: 10, shrinkage: 1)]))
    }
    #expect(throws: PlanInputError.negativeRequirementHours(role: .agent, hours: -5)) {
      try planHeadcount(HeadcountInputs(roles: [Self.agent(hours: -5)]))
    }
    var agent = Self.agent(hours: 10)
    agent.customerRatios = [
      CustomerRatioLoad(
        tier: .standard, customers: 10, ratio: CustomerRatio(minimum: 500, maximum: 250))
    ]
    #expect(
      throws: PlanInputError.invalidCustomerRatio(tier: .standard, minimum: 500, maximum: 250)
    ) {
      try planHeadcount(HeadcountInputs(roles: [agent]))
    }
    #expect(throws: PlanInputError.negativeBudget(-1)) {
      try planHeadcount(HeadcountInputs(roles: [Self.agent(hours: 10)], monthlyBudget: -1))
    }
  }
}
