import Foundation
import Testing

@testable import StaffPlanCLI

/// Issue 5: `staffplan schedule` on input it cannot fully honour. Each plan that cannot do
/// everything asked is still written whole, names what is missing on stderr and in the
/// summary, and exits 1; malformed agent rows stop it before anything is written.
///
/// The scenarios are small so the debug build runs them in seconds: one UTC region, the phone
/// requirement given as a curve of exactly 2 agents in every hour of the week, 8-hour shifts
/// without breaks, 1-hour grid. Every expected number is counted by hand from that.
@Suite("staffplan schedule: bad input")
struct ScheduleBadInputTests {
  static let small = """
    name: Small 24x7
    interval: 60m
    regions:
      emea: { time_zone: Etc/UTC }
    customers:
      enterprise: { count: 10, monthly_tickets: 100, channels: { phone: 100% } }
    channels:
      phone:
        requirements_csv: phone.csv
    shifts:
      lengths: [8h]
      start_every: 1h
      breaks: []

    """

  /// A folder with `small.yaml`, its curve and `s.yaml` (`base: small.yaml` + `override`).
  static func scenario(_ override: String, files: [String: String] = [:]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sp-badinput-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var all = files
    all["small.yaml"] = small
    all["phone.csv"] = "day,start,required\nMon,00:00,2\n"  // 2 agents, all week
    all["s.yaml"] = "base: small.yaml\n" + override
    for (name, text) in all {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  static func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("a complete plan exits 0; its first line says cost, bound and origin once, with units")
  func completePlanSummaryLine() throws {
    let folder = try Self.scenario("name: Complete\n")
    let out = folder.appendingPathComponent("plan").path
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out", out,
      "--weeks", "1", "--time-limit", "1"])
    #expect(run.status == 0, "stderr: \(run.error)")
    // 2 agents × 168 h = 336 paid hours (8 h shifts, no breaks), met exactly by 42 shifts, so
    // the LP bound is 336 too and the gap 0: the heuristic's plan is proven optimal.
    #expect(
      run.output.split(separator: "\n")[1]
        == "Paid hours a week: 336.0 h (LP lower bound 336.0 h, gap 0.00%); found by the "
        + "heuristic, proven optimal")
    #expect(!run.output.contains("objective"))
    #expect(!run.output.contains("CBC not run"))
  }

  @Test("plan on the same scenario: the whole folder is written, the gap named, exit 1")
  func planOfAPartialScheduleExitsOne() throws {
    // The 9-hour start grid of the test below: 14 one-hour windows, 28 agent-hours uncovered.
    let folder = try Self.scenario("name: Starts every 9h\nshifts:\n  start_every: 9h\n")
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["plan", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--months", "3", "--quiet"])
    #expect(run.status == 1)
    #expect(run.error.contains("error: schedule: not covered: 14 windows, 28 agent-hours a week"))
    #expect(run.error.contains("error: plan: the best partial plan was written to \(out.path)"))
    for file in ["summary.txt", "plan.json", "roster.csv", "coverage.csv", "report.html"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path))
    }
  }

  @Test("templates that cannot reach a window: day, window and channel named; coverage.csv gap")
  func templatesCannotReachWindow() throws {
    // Starts every 9 h from midnight: 00:00, 09:00, 18:00. 8-hour shifts cover 00–08, 09–17
    // and 18–02, so 08:00–09:00 and 17:00–18:00 are out of reach on each of the 7 days:
    // 14 windows of 1 h × 2 agents = 2 agent-hours each, 28 agent-hours a week.
    let folder = try Self.scenario("name: Starts every 9h\nshifts:\n  start_every: 9h\n")
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--time-limit", "1"])
    #expect(run.status == 1)
    let window = "not covered: Mon 08:00–09:00 UTC: 2 agents short (phone 2), 2 agent-hours"
    #expect(run.error.contains("error: schedule: " + window))
    #expect(run.error.contains("error: schedule: not covered: 14 windows, 28 agent-hours a week"))
    #expect(run.error.hasSuffix(
      "error: schedule: the best partial plan was written to \(out.path) with these gaps "
        + "marked\n"))
    let summary = try Self.read(out, "summary.txt")
    #expect(summary.contains("  " + window + "\n"))
    #expect(summary.contains("  not covered: Sun 17:00–18:00 UTC: 2 agents short (phone 2)"))
    #expect(summary.contains("under 28.00 agent-hours"))
    // 336 paid hours plus 28 agent-hours short at the model's penalty of 100 each = 3136.
    #expect(summary.contains("Paid hours a week: 336.0 h; cost with coverage penalties 3136.0"))
    let coverage = try Self.read(out, "coverage.csv")
    #expect(coverage.contains("\nMon,08:00,first-line,2,0\n"))
    #expect(coverage.contains("\nMon,08:00,phone,2,0\n"))
    #expect(coverage.contains("\nMon,09:00,first-line,2,2\n"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("roster.csv").path))
    let team = out.appendingPathComponent("calendars/team.ics")
    #expect(FileManager.default.fileExists(atPath: team.path))

    let json = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--time-limit", "1", "--json"])
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    let windows = try #require(object["notCovered"] as? [[String: Any]])
    #expect(windows.count == 14)
    #expect(windows.first?["day"] as? String == "Mon")
    #expect(windows.first?["start"] as? String == "08:00")
    #expect(windows.first?["end"] as? String == "09:00")
    #expect((windows.first?["channels"] as? [String: Any])?["phone"] as? Int == 2)
    #expect(object["complete"] as? Bool == false)
  }

  @Test("rules no rotation can satisfy: rule, agent, date and amount listed; roster still written")
  func unsatisfiableRules() throws {
    // 2 agents every hour of Saturday and Sunday need 6 shifts on each, so nobody can have
    // every weekend off: `weekend_off_every_weeks: 1` is broken by whoever works them.
    let folder = try Self.scenario(
      "name: Weekend off weekly\nrules:\n  weekend_off_every_weeks: 1\n")
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--time-limit", "1", "--json"])
    #expect(run.status == 1)
    let object = try #require(try parseJSON(run.output) as? [String: Any])
    let violations = try #require(object["violations"] as? [[String: Any]])
    #expect(!violations.isEmpty)
    for violation in violations {
      #expect(violation["rule"] as? String == "weekends off")
      #expect(violation["date"] as? String == "2027-01-04")  // the one week's Monday
      #expect(violation["detail"] as? String == "0 weekends off in 1 week < 1")
      #expect((violation["measured"] as? NSNumber)?.doubleValue == 0)
      #expect((violation["limit"] as? NSNumber)?.doubleValue == 1)
    }
    #expect(!((object["rotationRulesNotMet"] as? [Any]) ?? []).isEmpty)
    let first = try #require(violations.first?["agent"] as? String)
    #expect(run.error.contains("error: schedule: violation: \(first) 2027-01-04 weekends off"))
    // The written roster checks to the same violations.
    let check = runTool(["check-roster", out.appendingPathComponent("roster.csv").path,
      "--scenario", folder.appendingPathComponent("s.yaml").path, "--format", "json"])
    #expect(check.status == 1)
    let checked = try #require(try parseJSON(check.output) as? [String: Any])
    #expect((checked["violations"] as? [Any])?.count == violations.count)
  }

  @Test("more agents unavailable than a day needs: open shifts named and in roster.csv as OPEN")
  func moreUnavailableThanNeeded() throws {
    // 42 shifts a week of 8 h at 40 h average need ⌈336 / 40⌉ = 9 lines: 9 named agents, of
    // whom 7 are away on Wednesday 2027-01-06. That day has 2 agents × 24 h / 8 h = 6 shifts.
    var agents = "agents:\n"
    for number in 1...9 {
      agents += "  - { name: Person \(number)"
        + (number <= 7 ? ", unavailable: [2027-01-06] }\n" : " }\n")
    }
    let folder = try Self.scenario("name: Holiday\n" + agents)
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--time-limit", "1"])
    #expect(run.status == 1)
    let rows = try Self.read(out, "roster.csv").split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.first == ["agent", "role", "region", "date", "start", "end", "shift", "breaks"])
    let wednesday = rows.filter { $0[3] == "2027-01-06" }
    #expect(wednesday.count == 6)
    let away = Set((1...7).map { "Person \($0)" })
    #expect(wednesday.allSatisfy { !away.contains($0[0]) })
    let open = rows.filter { $0[0] == "OPEN" }
    // Only Persons 8 and 9 are free, and each works at most one shift a day: ≥ 4 stay open.
    #expect(open.count >= 4)
    #expect(open.allSatisfy { $0[3] == "2027-01-06" && $0[2] == "emea" })
    #expect(run.error.contains("error: schedule: open shifts: \(open.count), in roster.csv as "
      + "rows with agent OPEN"))
    #expect(run.error.contains("error: schedule: open shift: 2027-01-06 emea "))
    #expect(run.output.contains("unavailable; no free agent keeps the labour rules"))
    // Covers never break a rule: the roster has no violations, and check-roster reads the
    // OPEN rows as open shifts, not as an agent.
    #expect(run.output.contains("Labour-rule violations in the roster: 0\n"))
    let check = runTool(["check-roster", out.appendingPathComponent("roster.csv").path,
      "--scenario", folder.appendingPathComponent("s.yaml").path, "--format", "json"])
    #expect(check.status == 0, "\(check.error)")
    let checked = try #require(try parseJSON(check.output) as? [String: Any])
    #expect((checked["openShifts"] as? [Any])?.count == open.count)
    #expect((checked["violations"] as? [Any])?.isEmpty == true)
    #expect(checked["assignments"] as? Int == rows.count - 1 - open.count)
  }

  /// One malformed row each, on line 2 after the header; the column counted by hand.
  static let malformedRows: [(row: String, message: String)] = [
    ("Ada Byrne,agent,emea,40h,", "agents.csv:2:1: malformed row: 5 fields; expected 6 "
      + "(name,role,region,contract_hours,skills,unavailable)"),
    ("Ada Byrne,agent,emea,40h,,2027-01-06;2027-02-30", "agents.csv:2:38: malformed row: date "
      + "'2027-02-30' does not exist; expected a calendar date YYYY-MM-DD, several separated "
      + "by ';'"),
    ("Ada Byrne,agent,emea,40h,,06/01/2027", "agents.csv:2:27: malformed row: date "
      + "'06/01/2027'; expected YYYY-MM-DD, several separated by ';'"),
    ("Ada Byrne,manager,emea,40h,,", "agents.csv:2:11: malformed row: role 'manager'; expected "
      + "one of agent, escalation_engineer, tam, on_call"),
    ("Ada Byrne,agent,mars,40h,,", "agents.csv:2:17: malformed row: region 'mars'; expected one "
      + "of the scenario's regions: emea"),
    ("Ada Byrne,agent,emea,40,,", "agents.csv:2:22: malformed row: contract_hours '40' is a "
      + "number without a unit; expected a duration with a unit: s, m, h or d (e.g. 20s, 4m, "
      + "1.5h)"),
    ("Ada Byrne,agent,emea,0h,,", "agents.csv:2:22: malformed row: contract_hours '0h' a week "
      + "is impossible; expected more than 0h and at most 168h, e.g. 40h"),
    ("Ada Byrne,agent,emea,200h,,", "agents.csv:2:22: malformed row: contract_hours '200h' a "
      + "week is impossible; expected more than 0h and at most 168h, e.g. 40h"),
    (",agent,emea,40h,,", "agents.csv:2:1: malformed row: empty name; expected the agent's "
      + "name, e.g. Ada Byrne"),
    ("OPEN,agent,emea,40h,,", "agents.csv:2:1: malformed row: name 'OPEN' marks open shifts in "
      + "roster.csv; expected another name"),
  ]

  @Test("a malformed agent CSV row names file, line and column; exit 1; nothing written",
    arguments: malformedRows)
  func malformedAgentRow(_ row: String, _ message: String) throws {
    let csv = "name,role,region,contract_hours,skills,unavailable\n" + row + "\n"
    let folder = try Self.scenario(
      "name: Agents\nagents: agents.csv\n", files: ["agents.csv": csv])
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path, "--weeks", "1", "--time-limit", "1"])
    #expect(run.status == 1)
    // One line: the CSV is named by its path, then the message.
    #expect(run.error.hasPrefix("error: \(folder.path)"))
    #expect(run.error.hasSuffix("/" + message + "\n"))
    #expect(run.error.split(separator: "\n").count == 1)
    #expect(run.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a repeated agent name names both lines")
  func repeatedAgentName() throws {
    let csv = "name,role,region,contract_hours,skills,unavailable\n"
      + "Ada Byrne,agent,emea,40h,,\nBo Chen,agent,emea,40h,,\nAda Byrne,agent,emea,32h,,\n"
    let folder = try Self.scenario(
      "name: Agents\nagents: agents.csv\n", files: ["agents.csv": csv])
    let out = folder.appendingPathComponent("plan")
    let run = runTool(["schedule", folder.appendingPathComponent("s.yaml").path, "--out",
      out.path])
    #expect(run.status == 1)
    #expect(run.error.hasSuffix(
      "agents.csv:4:1: malformed row: name 'Ada Byrne' is already on line 2; expected one row "
        + "per agent\n"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
