import Queueing
import Testing

@testable import Planning

/// Defaults, typed sections and the printer.
@Suite struct ScenarioModelTests {
  static func load(_ files: [String: String], path: String = "s.yaml") throws -> Scenario {
    try ScenarioLoader.inMemory(files).load(path: path)
  }

  @Test func defaultsAreTheGuidesTargetsAndDesignRules() throws {
    let scenario = try Self.load(["s.yaml": minimalScenario])
    let chat = try #require(scenario.channels[.chat])
    // Guide line 18: chat ≤ 120 s Premium/Enterprise, ≤ 10 min Standard.
    #expect(chat.targets[.enterprise]?.within == TimeSpan(seconds: 120))
    #expect(chat.targets[.standard]?.within == TimeSpan(seconds: 600))
    // Guide line 19: phone answered in 60 s.
    #expect(scenario.channels[.phone]?.targets[.enterprise]?.within == TimeSpan(seconds: 60))
    // Guide line 17: email 15 min Enterprise, 60 min Standard, in business hours.
    let email = try #require(scenario.channels[.email])
    #expect(email.targets[.enterprise]?.within == TimeSpan(seconds: 900))
    #expect(email.targets[.standard]?.within == TimeSpan(seconds: 3600))
    #expect(email.targets[.standard]?.businessHoursOnly == true)
    // Guide line 23: Community 48–72 h (the 48 h end).
    #expect(email.targets[.community]?.within == TimeSpan(seconds: 48 * 3600))
    // Guide line 20: P1 acknowledged in 15 minutes.
    #expect(scenario.incidents.acknowledgeWithin == TimeSpan(seconds: 900))
    // Guide line 23: Standard 09:00–18:00 on weekdays; Enterprise 24×7.
    #expect(scenario.coverage[.standard]?.start == TimeOfDay(minutes: 9 * 60))
    #expect(scenario.coverage[.standard]?.end == TimeOfDay(minutes: 18 * 60))
    #expect(scenario.coverage[.standard]?.days == [.mon, .tue, .wed, .thu, .fri])
    #expect(scenario.coverage[.enterprise]?.isAroundTheClock == true)
    // Guide line 29: 30-day onboarding, certification at 60 days.
    #expect(scenario.capacity.onboarding == TimeSpan(seconds: 30 * 86_400))
    #expect(scenario.capacity.certifiedAfter == TimeSpan(seconds: 60 * 86_400))
    // Guide line 28: 1 agent per 250–500 customers, 1:80 Enterprise.
    #expect(
      scenario.ratios.customersPerAgent[.standard] == CustomerRatio(minimum: 250, maximum: 500))
    #expect(
      scenario.ratios.customersPerAgent[.enterprise] == CustomerRatio(minimum: 80, maximum: 80))
    // DESIGN.md §4 labour-rule defaults and issue 5's shift defaults.
    #expect(scenario.rules.minRestBetweenShifts == TimeSpan(seconds: 11 * 3600))
    #expect(scenario.rules.minWeeklyRest == TimeSpan(seconds: 35 * 3600))
    #expect(scenario.rules.maxConsecutiveDays == 6)
    #expect(scenario.rules.maxNightsInARow == 4)
    #expect(
      scenario.shifts.lengths == [TimeSpan(seconds: 8 * 3600), TimeSpan(seconds: 10 * 3600)])
    #expect(scenario.shifts.startEvery == TimeSpan(seconds: 1800))
    let meal = try #require(scenario.shifts.breaks.first { !$0.paid })
    #expect(meal.length == TimeSpan(seconds: 1800))
    #expect(meal.earliest == TimeSpan(seconds: 3 * 3600))
    #expect(meal.latest == TimeSpan(seconds: 5 * 3600))
    #expect(
      scenario.shifts.breaks.filter(\.paid).map(\.length) == [
        TimeSpan(seconds: 900), TimeSpan(seconds: 900),
      ])
    #expect(scenario.intervalMinutes == 15)
    #expect(scenario.rotation == .generated)
    #expect(scenario.agents.isEmpty)
  }

  @Test func builtInProfilesAreWholeDistributions() {
    // Both built-in shapes are written as percentages: they must add to exactly 100.
    let day = ExactDecimal.sum(ScenarioDefaults.intradayPercentPerHour)
    #expect(day == ExactDecimal(100))
    #expect(ExactDecimal.sum(Array(ScenarioDefaults.weekday.values)) == ExactDecimal(100))
    #expect(ScenarioDefaults.intraday.count == 24)
  }

  @Test func requirementCurveFromCSV() throws {
    // The first four rows of ../shared/reference/weekly-demand-24x5-15min.csv.
    let csv = "day,start,required\r\nMon,00:00,9\r\nMon,00:15,9\r\nMon,00:30,8\r\nMon,00:45,8\r\n"
    let text = minimalScenario + "channels:\n  chat:\n    requirements_csv: data/chat.csv\n"
    let scenario = try Self.load(["s.yaml": text, "data/chat.csv": csv])
    let curve = try #require(scenario.channels[.chat]?.requirementCurve)
    #expect(curve.path == "data/chat.csv")
    #expect(curve.points.map(\.required) == [9, 9, 8, 8])
    #expect(curve.points.map(\.start.minutes) == [0, 15, 30, 45])
    #expect(curve.points.allSatisfy { $0.day == .mon })
  }

  @Test func customerVolumesAndChannelMix() throws {
    let text = """
      name: Mix
      regions:
        amer: { time_zone: America/Chicago, share: 60% }
        emea: { time_zone: Europe/Dublin, share: 40% }
      customers:
        standard: { count: 300, tickets_per_customer: 2.5, channels: { email: 60%, chat: 40% } }
        enterprise: { count: 10, monthly_tickets: 400 }
      deflection: { knowledge_base: 20%, chatbot: 10% }
      """
    let scenario = try Self.load(["s.yaml": text])
    // 300 × 2.5 = 750 Standard tickets; 750 × 40% = 300 on chat.
    #expect(scenario.customers(.standard).monthlyTickets == 750)
    #expect(scenario.monthlyTickets(tier: .standard, channel: .chat) == 300)
    // Enterprise without `channels:` takes the default mix: 50% email, 30% chat, 20% phone.
    #expect(scenario.monthlyTickets(tier: .enterprise, channel: .phone) == 80)
    #expect(scenario.customers(.community).monthlyTickets == 0)
    #expect(scenario.totalMonthlyTickets == 1150)
    #expect(scenario.deflection.total == ExactDecimal(digits: 3, scale: 1))
  }

  @Test func agentsFromAListAndFromACSV() throws {
    let list =
      minimalScenario + """
        agents:
          - name: Ada Byrne
            contract_hours: 32h
            skills: [chat, email]
            unavailable: [2026-12-25]
          - { name: Ben Okafor, role: escalation_engineer }
        """
    let fromList = try Self.load(["s.yaml": list]).agents
    #expect(
      fromList == [
        Agent(
          name: "Ada Byrne", role: .agent, region: "emea",
          contractHours: TimeSpan(seconds: 32 * 3600), skills: [.chat, .email],
          unavailable: ["2026-12-25"]),
        Agent(
          name: "Ben Okafor", role: .escalationEngineer, region: "emea",
          contractHours: TimeSpan(seconds: 40 * 3600)),
      ])
    let csv = """
      name,role,region,contract_hours,skills,unavailable
      Ada Byrne,agent,emea,32h,chat;email,2026-12-25
      Ben Okafor,tam,emea,40,,2026-13-01

      """
    #expect(
      scenarioErrors(["s.yaml": minimalScenario + "agents: team.csv\n", "team.csv": csv]) == [
        "error: team.csv:3:21: malformed row: contract_hours '40' is a number without a unit; "
          + "expected a duration with a unit: s, m, h or d (e.g. 20s, 4m, 1.5h)",
        "error: team.csv:3:25: malformed row: date '2026-13-01' does not exist; expected a "
          + "calendar date YYYY-MM-DD, several separated by ';'",
      ])
  }

  @Test(arguments: ShippedScenarios.names)
  func printedScenarioLoadsBackEqual(name: String) throws {
    let original = try ShippedScenarios.load(name)
    let printed = ScenarioPrinter.yaml(original)
    let reloaded = try Self.load(["resolved.yaml": printed], path: "resolved.yaml")
    #expect(reloaded == original)
    // Deterministic: the same scenario prints the same text.
    #expect(ScenarioPrinter.yaml(reloaded) == printed)
  }
}

/// The examples of scenarios/README.md load as documented.
@Suite struct ScenarioReadmeExampleTests {
  @Test func minimalExampleAndAgentsExample() throws {
    let text = """
      name: Small team
      regions:
        emea: { time_zone: Europe/Dublin }
      customers:
        standard: { count: 800, tickets_per_customer: 1.5 }
        enterprise: { count: 12, monthly_tickets: 300 }
      agents:
        - { name: Ada Byrne, role: agent, region: emea, contract_hours: 32h,
            skills: [chat, email], unavailable: [2026-12-24, 2026-12-25] }
      """
    let scenario = try ScenarioLoader.inMemory(["s.yaml": text]).load(path: "s.yaml")
    // 800 × 1.5 + 300 tickets a month.
    #expect(scenario.totalMonthlyTickets == 1500)
    #expect(scenario.agents.first?.unavailable == ["2026-12-24", "2026-12-25"])
  }

  @Test func anEmptyValueInAWhatIfRestoresTheDefault() throws {
    let base = minimalScenario + "channels:\n  phone: { patience: 3m }\n"
    let child = "base: b.yaml\nchannels:\n  phone: { patience: }\n"
    let scenario = try ScenarioLoader.inMemory(["b.yaml": base, "c.yaml": child])
      .load(path: "c.yaml")
    #expect(scenario.channels[.phone]?.patience == nil)
  }
}

/// An intraday arrival profile from CSV replaces the built-in shape.
@Suite struct ArrivalProfileCSVTests {
  @Test func profileFromCSV() throws {
    let csv = "start,weight\n00:00,1\n08:00,3\n18:00,1.5\n"
    let text = minimalScenario + "arrivals: { intraday: day.csv, weekday: { Mon: 1, Tue: 1 } }\n"
    let scenario = try ScenarioLoader.inMemory(["s.yaml": text, "day.csv": csv])
      .load(path: "s.yaml")
    #expect(scenario.arrivals.intradaySource == "day.csv")
    #expect(scenario.arrivals.intraday.map(\.start.minutes) == [0, 480, 1080])
    #expect(scenario.arrivals.intraday.map(\.weight.description) == ["1", "3", "1.5"])
    // Days not written weigh 0.
    #expect(scenario.arrivals.weekday[.sun] == ExactDecimal(0))
  }

  @Test func rowsOutOfOrderAreMalformed() {
    let csv = "start,weight\n00:00,1\n08:00,3\n07:00,1\n"
    let text = minimalScenario + "arrivals: { intraday: day.csv }\n"
    #expect(
      scenarioErrors(["s.yaml": text, "day.csv": csv]) == [
        "error: day.csv:4:1: malformed row: start 07:00 is not after 08:00; rows in time order"
      ])
  }
}
