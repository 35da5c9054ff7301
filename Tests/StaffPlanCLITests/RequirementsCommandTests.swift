import Foundation
import Testing
@testable import StaffPlanCLI

/// `staffplan requirements` driven in-process over every shipped scenario. The checks are
/// cross-checks between independent outputs (text totals, CSV rows, JSON parsed by
/// Foundation's JSONSerialization) and hand arithmetic from the scenario's own inputs.
@Suite("staffplan requirements")
struct RequirementsCommandTests {
  static let shipped = [
    "travis-baseline", "growth-50", "deflection-30", "enterprise-heavy", "tight-sla",
  ]

  static func path(_ name: String) -> String {
    packageRoot.appendingPathComponent("scenarios/\(name).yaml").path
  }

  /// The totals table of the text output: channel → (agent-h, peak, sched-h, FTE).
  static func textTotals(_ text: String) -> [String: [String]] {
    var rows: [String: [String]] = [:]
    var inTotals = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("Totals per week") { inTotals = true; continue }
      guard inTotals else { continue }
      if line.isEmpty || line.hasPrefix("agent-h:") { break }
      let cells = line.split(separator: " ").map(String.init)
      if cells.first == "channel" { continue }
      rows[cells[0]] = cells
    }
    return rows
  }

  @Test("every shipped scenario in text, CSV and JSON; JSON totals agree with the text",
    arguments: shipped)
  func everyFormat(name: String) throws {
    let text = runTool(["requirements", Self.path(name)])
    #expect(text.status == 0, "\(text.error)")
    #expect(text.output.contains("times in UTC, 15-minute grid"))
    #expect(text.output.contains("UTC  00 01 02"))
    let totals = Self.textTotals(text.output)
    #expect(!totals.isEmpty)

    let json = runTool(["requirements", Self.path(name), "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    #expect(object["intervalMinutes"] as? Int == 15)
    let rows = try #require(object["requirements"] as? [[String: Any]])
    let jsonTotals = try #require(object["totals"] as? [[String: Any]])
    // 672 intervals of 15 minutes per stream (10080 / 15).
    #expect(rows.count == jsonTotals.count * 672)
    for total in jsonTotals {
      let channel = try #require(total["channel"] as? String)
      let textRow = try #require(totals[channel])
      let agentHours = try #require(total["agentHours"] as? Double)
      // Text prints agent-h with 2 decimals (column 4 after channel, tier, arrivals).
      #expect(textRow[3] == String(format: "%.2f", agentHours))
      #expect(textRow[4] == String(total["peakAgents"] as? Int ?? -1))
      // A second path to the same total: Σ agents × 0.25 h over the JSON rows.
      let summed = rows.filter { $0["channel"] as? String == channel }
        .reduce(0.0) { $0 + Double($1["agents"] as? Int ?? 0) * 0.25 }
      #expect(abs(summed - agentHours) < 1e-9)
    }
    let first = try #require(rows.first)
    let keys = [
      "channel", "tier", "day", "time", "arrivals", "agents", "scheduledAgents", "method",
    ]
    for key in keys {
      #expect(first[key] != nil, "missing \(key)")
    }

    let csv = runTool(["requirements", Self.path(name), "--format", "csv"])
    #expect(csv.status == 0)
    let lines = csv.output.split(separator: "\n")
    #expect(lines.first == "channel,tier,day,time,arrivals,agents,scheduled_agents,method")
    #expect(lines.count == rows.count + 1)
  }

  @Test("--explain \"Tue 10:30 chat\" shows the inputs, both policies and the rounding")
  func explainChat() throws {
    let json = runTool(["requirements", Self.path("travis-baseline"), "--format", "json"])
    let object = try #require(try parseJSON(json.output) as? [String: Any])
    let rows = try #require(object["requirements"] as? [[String: Any]])
    let row = try #require(rows.first {
      $0["channel"] as? String == "chat" && $0["day"] as? String == "Tue"
        && $0["time"] as? String == "10:30"
    })
    let arrivals = try #require(row["arrivals"] as? Double)
    let result = runTool([
      "requirements", Self.path("travis-baseline"), "--explain", "Tue 10:30 chat",
    ])
    #expect(result.status == 0)
    let text = result.output
    #expect(text.contains("chat, Tue 10:30–10:45 UTC"))
    // A = λ·AHT/f(2): the scenario's chat AHT is 15m for every tier (travis-baseline.yaml),
    // f(2) = 1.7 (DESIGN.md §4 table): A = arrivals × 900 s / 1.7 / 900 s.
    let load = arrivals / 1.7
    #expect(text.contains("Offered load A = λ · EAHT = \(String(format: "%.4f", load)) Erlangs"))
    #expect(text.contains("EAHT (arrival-weighted) = 529.4 s"))  // 900 / 1.7 = 529.41
    #expect(text.contains("fifo (Erlang C): N = \(row["agents"] as? Int ?? -1)"))
    #expect(text.contains("premium-first (Cobham): N ="))
    #expect(text.contains("Search for"))
    #expect(text.contains("⌈2 / 0.7⌉ = ⌈2.857143⌉ = 3"))  // 2 / 0.7 = 2.857142…, up to 3
  }

  @Test("--explain for email, escalation and on-call names their own quantities",
    arguments: [
      ("Tue 10:30 email", "deadline rate ρ_t"), ("Fri 04:00 escalation", "modified offered load"),
      ("Sun 23:45 on-call", "Erlang B"), ("tuesday 10:30 EMAIL", "Backlog balance"),
    ])
  func explainOthers(specifier: String, expected: String) {
    let result = runTool([
      "requirements", Self.path("travis-baseline"), "--explain", specifier,
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(expected))
    #expect(result.output.contains("Shrinkage 30%"))
  }

  @Test("bad specifiers are usage errors that say what is accepted",
    arguments: [
      ("Tue 10:20 chat", "not on the scenario's 15-minute grid"),
      ("Tue 10:30 fax", "unknown channel 'fax'; accepted: email, chat, phone"),
      ("Funday 10:30 chat", "unknown day 'Funday'; accepted: Mon, Tue"),
      ("Tue 25:00 chat", "bad time '25:00'; accepted: HH:MM"),
      ("Tue chat", "accepted: DAY HH:MM CHANNEL"),
    ])
  func badSpecifier(specifier: String, message: String) {
    let result = runTool([
      "requirements", Self.path("travis-baseline"), "--explain", specifier,
    ])
    #expect(result.status == 64)
    #expect(result.error.contains(message), "\(result.error)")
  }

  @Test("bad command lines exit 64; bad files exit 1 with the file named")
  func badInput() throws {
    let noFile = runTool(["requirements"])
    #expect(noFile.status == 64)
    #expect(noFile.error.contains("expected FILE"))
    let format = runTool(["requirements", Self.path("travis-baseline"), "--format", "xml"])
    #expect(format.status == 64)
    #expect(format.error.contains("accepted: text, csv, json"))
    let missing = runTool(["requirements", "/nonexistent/scenario.yaml"])
    #expect(missing.status == 1)
    #expect(missing.error.contains("/nonexistent/scenario.yaml"))
    let url = try temporaryFile(named: "broken.yaml", contents: "name: x\nchannels: [\n")
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let broken = runTool(["requirements", url.path])
    #expect(broken.status == 1)
    #expect(broken.error.contains("broken.yaml:"))
  }
}
