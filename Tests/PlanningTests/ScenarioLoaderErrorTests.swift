import Testing

@testable import Planning

/// One test per kind of bad input. Each expected line and column is counted by hand on the
/// literal (1-based; `minimalScenario` is lines 1–5, appended text starts at line 6).
@Suite struct ScenarioLoaderErrorTests {
  @Test func yamlSyntaxErrorNamesLibyamlsProblemAndPlace() {
    // The flow list opened on line 2 is never closed; libyaml notices at line 3, column 10
    // (the ':' after 'customers', which cannot appear inside a flow list).
    let errors = scenarioErrors(["s.yaml": "name: Test\nregions: [a, b\ncustomers: {}\n"])
    #expect(
      errors == [
        "error: s.yaml:3:10: YAML syntax error: did not find expected ',' or ']' while parsing "
          + "a flow sequence; check indentation, colons and quotes"
      ])
  }

  @Test func unknownKeySuggestsTheClosestKey() {
    let errors = scenarioErrors(["s.yaml": minimalScenario + "staffing:\n  shrinkag: 30%\n"])
    #expect(
      errors == [
        "error: s.yaml:7:3: unknown key 'shrinkag' in staffing; did you mean 'shrinkage'? "
          + "accepted: shrinkage, max_occupancy, priority"
      ])
  }

  @Test func unknownKeyFarFromAnyListsTheAcceptedKeys() {
    let errors = scenarioErrors(["s.yaml": minimalScenario + "deflection: { magic: 5% }\n"])
    #expect(
      errors == [
        "error: s.yaml:6:15: unknown key 'magic' in deflection; accepted: knowledge_base, "
          + "chatbot, automated_triage"
      ])
  }

  @Test func wrongTypeSaysWhatWasFoundAndWhatIsAccepted() {
    let errors = scenarioErrors(["s.yaml": minimalScenario + "interval: [15m]\n"])
    #expect(
      errors == [
        "error: s.yaml:6:11: interval has the wrong type: found a list; expected a duration "
          + "with a unit: s, m, h or d (e.g. 20s, 4m, 1.5h)"
      ])
  }

  @Test func missingRequiredKeyIsReportedAtTheMapping() {
    let text = """
      regions:
        emea: { time_zone: Europe/Dublin }
      customers:
        standard: { count: 1, monthly_tickets: 2 }
      """
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:1:1: missing required key 'name' in the scenario; add e.g. "
          + "'name: Travis baseline'"
      ])
  }

  @Test func negativeCount() {
    let text = minimalScenario.replacingOccurrences(of: "count: 100", with: "count: -5")
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:5:22: customers.standard.count: -5 is negative; expected a whole number ≥ 0"
      ])
  }

  @Test func percentageOver100() {
    let errors = scenarioErrors(["s.yaml": minimalScenario + "staffing:\n  shrinkage: 130%\n"])
    #expect(
      errors == [
        "error: s.yaml:7:14: staffing.shrinkage: '130%' is over 100%; expected a percentage "
          + "such as 80% or a fraction such as 0.8 (0…100%)"
      ])
  }

  @Test func sharesThatDoNotSumTo100SayTheSum() {
    let standalone = """
      name: Test
      regions:
        emea: { time_zone: Europe/Dublin, share: 60% }
        amer: { time_zone: America/Chicago, share: 45.5% }
      customers:
        enterprise:
          count: 5
          monthly_tickets: 10
          channels: { email: 70%, chat: 20% }
      """
    // 60 + 45.5 = 105.5%; 70 + 20 = 90%.
    #expect(
      scenarioErrors(["s.yaml": standalone]) == [
        "error: s.yaml:3:3: region shares sum to 105.5%; they must sum to 100%",
        "error: s.yaml:9:15: customers.enterprise.channels shares sum to 90%; they must sum "
          + "to 100%",
      ])
  }

  @Test func unknownTimeZoneSuggestsTheClosestName() {
    let text = minimalScenario.replacingOccurrences(of: "Europe/Dublin", with: "Europe/Dubln")
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:3:22: regions.emea.time_zone: unknown time zone 'Europe/Dubln'; did you "
          + "mean 'Europe/Dublin'? expected an IANA name such as Europe/Dublin or UTC"
      ])
  }

  @Test func bareNumberWhereADurationIsNeededNamesTheUnits() {
    let text = minimalScenario + "channels:\n  email:\n    handle_time: 12\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:8:18: channels.email.handle_time: '12' is a number without a unit; "
          + "expected a duration with a unit: s, m, h or d (e.g. 20s, 4m, 1.5h)"
      ])
  }

  @Test func inlineAgentsWithImpossibleHoursDatesOrNamesAreErrors() {
    // Columns counted on each literal line; 2027 is not a leap year.
    let text = minimalScenario + """
      agents:
        - { name: Ada, contract_hours: 0h }
        - { name: Bo, unavailable: [2027-02-29] }
        - { name: Ada }
        - { name: OPEN }

      """
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:7:34: agents[1].contract_hours '0h' a week is impossible; expected more "
          + "than 0h and at most 168h, e.g. 40h",
        "error: s.yaml:8:31: agents[2].unavailable: date '2027-02-29' does not exist; expected "
          + "a calendar date YYYY-MM-DD",
        "error: s.yaml:9:5: agents[3].name 'Ada' is already agents[1]; expected one entry per "
          + "agent",
        "error: s.yaml:10:13: agents[4].name: name 'OPEN' marks open shifts in roster.csv; "
          + "expected another name",
      ])
  }

  @Test func malformedCSVRowsNameTheirLineAndField() {
    // Rows in the format of ../shared/reference/weekly-demand-24x5-15min.csv, some broken.
    let csv = "day,start,required\nMon,00:00,9\nMon,00:15\nMox,00:30,3\nMon,00:40,-1\n"
    let text = minimalScenario + "channels:\n  chat:\n    requirements_csv: chat.csv\n"
    #expect(
      scenarioErrors(["s.yaml": text, "chat.csv": csv]) == [
        "error: chat.csv:3:1: malformed row: 2 fields; expected 3 (day,start,required)",
        "error: chat.csv:4:1: malformed row: day 'Mox'; expected Mon, Tue, … Sun",
        "error: chat.csv:5:5: malformed row: start 00:40 is off the 15-minute grid; expected a "
          + "multiple of 15 minutes",
        "error: chat.csv:5:11: malformed row: required '-1'; expected a whole number ≥ 0",
      ])
  }

  @Test func missingFilesAreReportedWhereTheyAreNamed() {
    #expect(
      scenarioErrors([:]) == [
        "error: s.yaml:1:1: cannot read the scenario file 's.yaml' (no such file); expected an "
          + "existing file, relative paths are taken from the including file"
      ])
    let text = minimalScenario + "channels:\n  chat:\n    requirements_csv: nothere.csv\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:8:23: cannot read the file 'nothere.csv' (no such file); expected an "
          + "existing file, relative paths are taken from the including file"
      ])
    #expect(
      scenarioErrors(["s.yaml": "base: nope.yaml\nname: X\n"]) == [
        "error: s.yaml:1:7: cannot read the scenario file 'nope.yaml' (no such file); expected "
          + "an existing file, relative paths are taken from the including file"
      ])
  }

  @Test(arguments: ["", "# only a comment\n", "   \n\n"])
  func emptyFile(text: String) {
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:1:1: the file is empty; a scenario is a YAML mapping starting with 'name:'"
      ])
  }

  @Test func emptyCSVFile() {
    let text = minimalScenario + "channels:\n  chat:\n    requirements_csv: chat.csv\n"
    #expect(
      scenarioErrors(["s.yaml": text, "chat.csv": "\n"]) == [
        "error: chat.csv:1:1: the file is empty; expected the header 'day,start,required' and rows"
      ])
  }

  @Test func duplicateKeysAndAnchorsAreRejected() {
    #expect(
      scenarioErrors(["s.yaml": minimalScenario + "name: Again\n"]) == [
        "error: s.yaml:6:1: duplicate key 'name' (first at line 1); each key may appear once in "
          + "a mapping"
      ])
    #expect(
      scenarioErrors(["s.yaml": minimalScenario + "rotation: &r panama\n"]) == [
        "error: s.yaml:6:11: anchors (&r) are not supported; write the value out, or use 'base:'"
      ])
  }

  @Test func everyErrorOfAFileIsReportedInFileOrder() {
    let text = """
      name: Test
      regions:
        emea: { time_zone: Mars/Base, share: 50% }
        amer: { time_zone: America/Chicago, share: 30% }
      customers:
        standard: { count: -1, tickets_per_customer: 2 }
      staffing: { shrinkage: 30, max_occupancy: 101% }
      rotation: panamaa
      """
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:3:22: regions.emea.time_zone: unknown time zone 'Mars/Base'; expected an "
          + "IANA name such as Europe/Dublin or UTC",
        "error: s.yaml:3:3: region shares sum to 80%; they must sum to 100%",
        "error: s.yaml:6:22: customers.standard.count: -1 is negative; expected a whole number "
          + "≥ 0",
        "error: s.yaml:7:24: staffing.shrinkage: '30' is ambiguous (a bare number above 1); "
          + "write 30% for a percentage; expected a percentage such as 80% or a fraction such "
          + "as 0.8 (0…100%)",
        "error: s.yaml:7:43: staffing.max_occupancy: '101%' is over 100%; expected a percentage "
          + "such as 80% or a fraction such as 0.8 (0…100%)",
        "error: s.yaml:8:11: unknown rotation 'panamaa' in rotation; did you mean 'panama'? "
          + "accepted: generated, panama, dupont, 4on4off, continental, metropolitan, "
          + "southern-swing, 5-3-5-4-5-3, 24x5-fixed",
      ])
  }
}

/// Checks of values that parse but cannot be planned with.
@Suite struct ScenarioRangeErrorTests {
  @Test func chatConcurrencyNeedsAFactor() {
    // DESIGN.md §4's table stops at f(5).
    let text = minimalScenario + "channels:\n  chat: { concurrency: 6 }\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:7:24: channels.chat.concurrency 6 has no throughput factor; expected "
          + "1…5, or give concurrency_factors with an entry for 6"
      ])
    let withTable =
      minimalScenario
      + "channels:\n  chat: { concurrency: 6, concurrency_factors: { 6: 3.8 } }\n"
    #expect(scenarioErrors(["s.yaml": withTable]) == [])
  }

  @Test func ratioWithMinimumAboveMaximum() {
    let text = minimalScenario + "ratios: { customers_per_agent: { standard: 500-250 } }\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:6:44: ratios.customers_per_agent.standard: '500-250' has its minimum "
          + "above its maximum; expected customers per agent as a number such as 80 or a band "
          + "such as 250-500"
      ])
  }

  @Test func leadTimeLongerThanTheHorizon() {
    let text = minimalScenario + "capacity: { months: 3, hiring_lead_months: 4 }\n"
    #expect(
      scenarioErrors(["s.yaml": text]) == [
        "error: s.yaml:6:44: capacity.hiring_lead_months is 4, not shorter than the horizon of "
          + "3 months; expected fewer months than 'months'"
      ])
  }

  @Test func unknownTierKeySuggestsTheTier() {
    let text = minimalScenario.replacingOccurrences(of: "  standard:", with: "  standrd:")
    #expect(
      scenarioErrors(["s.yaml": text]).first
        == "error: s.yaml:5:3: unknown key 'standrd' in customers; did you mean 'standard'? "
        + "accepted: community, standard, enterprise")
  }
}
