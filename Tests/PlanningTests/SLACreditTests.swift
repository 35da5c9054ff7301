import Queueing
import Testing

@testable import Planning

/// `sla_credits:`: decoding, `base:` merging, printing, each bad input, and the exposure.
/// Lines and columns are counted by hand on the literals (`minimalScenario` is lines 1–5, so
/// `credits` starts at line 6); expected figures are hand computations written beside them.
@Suite struct SLACreditTests {
  /// Lines 6–11. Line 10 is `    - { below: 99.9%, credit: 10% }`: '-' at column 5, the
  /// value of below at 16, of credit at 31.
  static let credits = """
    sla_credits:
      tier: standard
      monthly_fee: 2500
      steps:
        - { below: 99.9%, credit: 10% }
        - { below: 99.5%, credit: 20% }

    """

  static func step(_ below: String, _ credit: String) throws -> SLACredits.Step {
    SLACredits.Step(
      below: try Percentage.parse(below).get(), credit: try Percentage.parse(credit).get())
  }

  static let guideCredits = SLACredits(
    tier: .enterprise, monthlyFee: ExactDecimal(2500),
    steps: [
      SLACredits.Step(
        below: Percentage(fraction: ExactDecimal(digits: 999, scale: 3)),
        credit: Percentage(fraction: ExactDecimal(digits: 1, scale: 1))),
      SLACredits.Step(
        below: Percentage(fraction: ExactDecimal(digits: 995, scale: 3)),
        credit: Percentage(fraction: ExactDecimal(digits: 2, scale: 1))),
    ])

  @Test func decodesTheSectionAsWritten() throws {
    let scenario = try ScenarioLoader.inMemory(["s.yaml": minimalScenario + Self.credits])
      .load(path: "s.yaml")
    let credits = try #require(scenario.slaCredits)
    #expect(credits.tier == .standard)
    #expect(credits.monthlyFee == ExactDecimal(2500))
    #expect(credits.steps == [try Self.step("99.9%", "10%"), try Self.step("99.5%", "20%")])
  }

  @Test func fractionsAreAcceptedAsPercentages() throws {
    let text = minimalScenario
      + "sla_credits: { tier: standard, monthly_fee: 99.5, steps: [{ below: 0.999, "
      + "credit: 0.1 }] }\n"
    let scenario = try ScenarioLoader.inMemory(["s.yaml": text]).load(path: "s.yaml")
    #expect(scenario.slaCredits?.steps == [try Self.step("99.9%", "10%")])
    #expect(scenario.slaCredits?.monthlyFee == ExactDecimal(digits: 995, scale: 1))
  }

  @Test func withoutTheSectionThereAreNoCredits() throws {
    let scenario = try ScenarioLoader.inMemory(["s.yaml": minimalScenario]).load(path: "s.yaml")
    #expect(scenario.slaCredits == nil)
  }

  @Test func aChildOfABaseKeepsTheStepsAndChangesTheFee() throws {
    let child = "base: b.yaml\nname: Child\nsla_credits:\n  monthly_fee: 3000\n"
    let scenario = try ScenarioLoader.inMemory([
      "b.yaml": minimalScenario + Self.credits, "c.yaml": child,
    ]).load(path: "c.yaml")
    #expect(scenario.slaCredits?.monthlyFee == ExactDecimal(3000))
    #expect(scenario.slaCredits?.steps.count == 2)
    #expect(scenario.slaCredits?.tier == .standard)
  }

  @Test func scenarioShowPrintsTheSectionAndReloadsEqual() throws {
    let original = try ScenarioLoader.inMemory(["s.yaml": minimalScenario + Self.credits])
      .load(path: "s.yaml")
    let printed = ScenarioPrinter.yaml(original)
    #expect(
      printed.contains(
        "sla_credits:\n  tier: standard\n  monthly_fee: 2500\n  steps: [{ below: 99.9%, "
          + "credit: 10% }, { below: 99.5%, credit: 20% }]\n"))
    let reloaded = try ScenarioLoader.inMemory(["p.yaml": printed]).load(path: "p.yaml")
    #expect(reloaded == original)
  }

  @Test(arguments: [
    (
      "  tier: standard", "  tiers: standard",
      [
        "error: s.yaml:7:3: unknown key 'tiers' in sla_credits; did you mean 'tier'? accepted: "
          + "tier, monthly_fee, steps",
        "error: s.yaml:7:3: missing required key 'tier' in sla_credits; add e.g. "
          + "'tier: enterprise'",
      ]
    ),
    (
      "tier: standard", "tier: enterprize",
      [
        "error: s.yaml:7:9: unknown value 'enterprize' in sla_credits.tier; did you mean "
          + "'enterprise'? accepted: community, standard, enterprise"
      ]
    ),
    (
      "tier: standard", "tier: enterprise",
      [
        "error: s.yaml:7:9: sla_credits.tier: 'enterprise' has no customers in this scenario; "
          + "expected a tier written under customers: standard"
      ]
    ),
    (
      "monthly_fee: 2500", "monthly_fee: -2500",
      [
        "error: s.yaml:8:16: sla_credits.monthly_fee: '-2500' is negative; expected a number "
          + "≥ 0 such as 12 or 2.5"
      ]
    ),
    (
      "  monthly_fee: 2500\n", "",
      [
        "error: s.yaml:7:3: missing required key 'monthly_fee' in sla_credits; add e.g. "
          + "'monthly_fee: 2500'"
      ]
    ),
    (
      "credit: 10% }", "credit: 110% }",
      [
        "error: s.yaml:10:31: sla_credits.steps[1].credit: '110%' is over 100%; expected a "
          + "percentage such as 80% or a fraction such as 0.8 (0…100%)"
      ]
    ),
    (
      "credit: 10% }", "credit: -10% }",
      [
        "error: s.yaml:10:31: sla_credits.steps[1].credit: '-10%' is not valid; expected a "
          + "percentage such as 80% or a fraction such as 0.8 (0…100%)"
      ]
    ),
    (
      "below: 99.5%", "below: 99.9%",
      [
        // Line 11 repeats 99.9%: equal is not strictly lower.
        "error: s.yaml:11:16: sla_credits.steps[2].below: 99.9% is not below the step before "
          + "(99.9%); expected the steps from the highest threshold down, each strictly lower"
      ]
    ),
    (
      "{ below: 99.9%, credit: 10% }", "{ below: 99.9%, credit: 10%, cap: 1 }",
      [
        // '10%' is at columns 31–33, then ", " → 'cap' at 36.
        "error: s.yaml:10:36: unknown key 'cap' in sla_credits.steps[1]; accepted: below, credit"
      ]
    ),
  ])
  func badInputNamesThePlaceAndWhatIsAccepted(
    original: String, replacement: String, expected: [String]
  ) {
    let text = (minimalScenario + Self.credits).replacingOccurrences(
      of: original, with: replacement)
    #expect(scenarioErrors(["s.yaml": text]) == expected)
  }

  @Test func stepsWrittenLowestFirstAreRefused() {
    let text = minimalScenario
      + "sla_credits:\n  tier: standard\n  monthly_fee: 2500\n  steps:\n"
      + "    - { below: 99.5%, credit: 20% }\n    - { below: 99.9%, credit: 10% }\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:11:16: sla_credits.steps[2].below: 99.9% is not below the step before "
          + "(99.5%); expected the steps from the highest threshold down, each strictly lower"
      ])
  }

  @Test func anEmptyStepListIsRefused() {
    let text = minimalScenario + "sla_credits: { tier: standard, monthly_fee: 1, steps: [] }\n"
    // "sla_credits: { tier: standard, monthly_fee: 1, steps: " is 54 characters: '[' at 55.
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:6:55: sla_credits.steps must be a list of thresholds, found an empty "
          + "list; expected e.g. [{ below: 99.9%, credit: 10% }, { below: 99.5%, credit: 20% }]"
      ])
  }

  /// The guide's steps (line 23): 10% under 99.9%, 20% under 99.5%; at a threshold nothing is
  /// owed for it (the credit is owed *below* it).
  @Test(arguments: [
    (0.9995, 0.0), (0.999, 0.0), (0.998, 0.1), (0.995, 0.1), (0.99, 0.2), (0.0, 0.2),
  ])
  func creditIsTheLowestThresholdAttainmentFallsBelow(attainment: Double, credit: Double) {
    #expect(Self.guideCredits.credit(atAttainment: attainment).value == credit)
  }

  @Test func theTeamServesPhoneThenChatAndEmailTakesTheRest() {
    // Interval 0: 5 agents → phone 2, chat 2, email the last 1. Interval 1: 3.5 agents → 3
    // whole agents → phone 2, chat 1 (short of 2), email 0 (short of 1).
    let split = ChannelCoverage.split(
      team: [5, 3.5], required: [(.phone, [2, 2]), (.chat, [2, 2]), (.email, [1, 1])])
    #expect(split.map(\.scheduled) == [[2, 2], [2, 1], [1, 0]])
  }

  @Test func exposureWeighsTheTiersContactsByIntervalsMet() {
    // Chat: contacts 10, 20, 30, 40 over 4 intervals; interval 2 has 3 of 4 agents (short).
    // Email: 5, 5, 0, 0; interval 1 has 0 of 1 agent (short). Met = 110 − 30 − 5 = 75 of
    // 110 contacts → attainment 75/110 = 68.18%, below 99.5% → 20% credit; 50 accounts ×
    // 2,500 × 20% = 25,000 a month.
    let exposure = SLACreditExposure(
      credits: Self.guideCredits, accounts: 50,
      arrivals: [.chat: [10, 20, 30, 40], .email: [5, 5, 0, 0]],
      coverage: [
        ChannelCoverage(channel: .chat, required: [2, 3, 4, 5], scheduled: [2, 3, 3, 5]),
        ChannelCoverage(channel: .email, required: [1, 1, 1, 1], scheduled: [1, 0, 1, 1]),
      ])
    #expect(exposure.contacts == 110)
    #expect(exposure.contactsMet == 75)
    #expect(abs((exposure.attainment ?? 0) - 75.0 / 110) < 1e-12)
    #expect(exposure.shortIntervals == 2)
    #expect(exposure.credit.value == 0.2)
    #expect(exposure.monthlyExposure == 25_000)
  }

  @Test(arguments: [
    // 999 of 1,000 contacts met: exactly 99.9%, not below it → no credit.
    (999.0, 0.0),
    // 998 of 1,000: 99.8%, below 99.9% only → 10%: 50 × 2,500 × 10% = 12,500.
    (998.0, 12_500.0),
  ])
  func aThresholdIsOwedOnlyBelowIt(met: Double, expected: Double) {
    let exposure = SLACreditExposure(
      credits: Self.guideCredits, accounts: 50, arrivals: [.phone: [met, 1000 - met]],
      coverage: [ChannelCoverage(channel: .phone, required: [1, 1], scheduled: [1, 0])])
    #expect(exposure.monthlyExposure == expected)
  }

  @Test func withoutContactsNothingIsOwed() {
    let exposure = SLACreditExposure(
      credits: Self.guideCredits, accounts: 50, arrivals: [:], coverage: [])
    #expect(exposure.attainment == nil)
    #expect(exposure.monthlyExposure == 0)
  }

  @Test func amplyStaffedPlanMeetsEveryContact() throws {
    // A plan giving 1,000 agents in every interval covers any requirement of this scenario
    // (100 customers), so every contact is met: attainment 100%, nothing owed.
    let scenario = try ScenarioLoader.inMemory(["s.yaml": minimalScenario + Self.credits])
      .load(path: "s.yaml")
    let requirements = try WeeklyRequirements(scenario: scenario)
    let count = requirements.demand.intervalCount
    let plan = WeeklyShiftPlan(
      shifts: [],
      coverage: (0..<count).map {
        WeeklyShiftPlan.IntervalCoverage(
          interval: $0, day: 0, minuteOfDay: 0, required: 0, scheduled: 1000)
      }, paidHours: 0, objective: 0, lowerBound: 0, gap: 0, underCoverageHours: 0,
      overCoverageHours: 0, distinctShifts: 0, foundBy: .heuristic, status: "", floorConflicts: [])
    let exposure = try #require(SLACreditExposure(requirements: requirements, plan: plan))
    #expect(exposure.accounts == 100)
    // 100 customers × 2 tickets a month × 7 / 30.4375 days a month = 46.0 contacts a week.
    #expect(abs(exposure.contacts - 200 * 7 / (365.25 / 12)) < 1e-9)
    #expect(exposure.attainment == 1)
    #expect(exposure.monthlyExposure == 0)
  }
}
