import Foundation
import Testing

@testable import StaffPlanCLI

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Plans shared by the tests (each `plan` of a shipped scenario takes about a minute in a
/// debug build, so the baseline is planned twice only, for the byte-for-byte check).
enum PlanFixture {
  static func scenario(_ name: String) -> String {
    packageRoot.appendingPathComponent("scenarios/\(name).yaml").path
  }

  static func folder() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("staffplan-plan-\(UUID().uuidString)").path
  }

  /// Plans `name` into a fresh folder with a one-week roster; returns the folder and the run.
  static func plan(_ name: String) -> (
    folder: String, run: (status: Int32, output: String, error: String)
  ) {
    let out = folder()
    return (out, runTool(["plan", scenario(name), "--out", out, "--weeks", "1", "--quiet"]))
  }

  static let baseline = plan("travis-baseline")
  static let baselineAgain = plan("travis-baseline")

  static func read(_ folder: String, _ file: String) -> String {
    (try? String(
      contentsOfFile: (folder as NSString).appendingPathComponent(file), encoding: .utf8)) ?? ""
  }
}

/// Element names of a document parsed by Foundation's XMLParser (libxml2), or the parse error.
func xmlElements(_ markup: String) -> (elements: [String], error: String?) {
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var error: String?
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) { elements.append(elementName) }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      error = "line \(parser.lineNumber): \(parseError)"
    }
  }
  let collector = Collector()
  let parser = XMLParser(data: Data(markup.utf8))
  parser.delegate = collector
  if !parser.parse(), collector.error == nil { collector.error = "parse failed" }
  return (collector.elements, collector.error)
}

@Suite struct PlanCommandTests {
  /// The files issue 6 lists for the plan folder, plus scenario.yaml for evaluate/simulate.
  static let expectedFiles = [
    "capacity.csv", "coverage.csv", "headcount.csv", "plan.json", "report.html",
    "requirements.csv", "roster.csv", "scenario.yaml", "summary.md", "summary.txt",
  ]

  @Test func baselineWritesEveryFileAndPrintsTheSummary() throws {
    let (folder, run) = PlanFixture.baseline
    #expect(run.status == 0, "\(run.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    // Issue 6's list of files, plus the calendars folder.
    #expect(files == (Self.expectedFiles + ["calendars"]).sorted())
    let calendars = try FileManager.default.contentsOfDirectory(
      atPath: (folder as NSString).appendingPathComponent("calendars"))
    #expect(calendars.contains("team.ics"))
    #expect(run.output == PlanFixture.read(folder, "summary.txt"))
  }

  @Test func sameScenarioGivesTheSameBytes() throws {
    let first = PlanFixture.baseline.folder
    let second = PlanFixture.baselineAgain.folder
    let manager = FileManager.default
    let paths = (manager.subpaths(atPath: first) ?? []).sorted()
    #expect(paths == (manager.subpaths(atPath: second) ?? []).sorted())
    #expect(paths.count > Self.expectedFiles.count)
    for path in paths {
      let a = manager.contents(atPath: (first as NSString).appendingPathComponent(path))
      let b = manager.contents(atPath: (second as NSString).appendingPathComponent(path))
      #expect(a == b, "\(path) differs between two plans of the same scenario")
    }
  }

  @Test func evaluateAndSimulateRunOnThePlanFolder() {
    let folder = PlanFixture.baseline.folder
    let evaluate = runTool(["evaluate", folder])
    #expect(evaluate.status == 0, "\(evaluate.error)")
    #expect(evaluate.output.contains("coverage.csv"))
    let simulate = runTool(["simulate", folder, "--replications", "2"])
    #expect(simulate.status == 0, "\(simulate.error)")
  }

  @Test func planJSONParsesAndAgreesWithTheSummary() throws {
    let folder = PlanFixture.baseline.folder
    let json = try #require(try parseJSON(PlanFixture.read(folder, "plan.json")) as? [String: Any])
    let figures = try #require(json["figures"] as? [String: Any])
    let summary = PlanFixture.read(folder, "summary.txt")
    let headcount = try #require(figures["totalHeadcount"] as? Int)
    // The text and the JSON are two renderings of the same figures: they must agree.
    let line = summary.split(separator: "\n").first { $0.hasPrefix("Headcount, all roles") }
    #expect(line?.split(separator: " ").last.map(String.init) == String(headcount))
    let roles = try #require(figures["roles"] as? [[String: Any]])
    #expect(roles.reduce(0) { $0 + ($1["headcount"] as? Int ?? 0) } == headcount)
    // The headcount CSV of the same folder sums to the same people.
    let csv = PlanFixture.read(folder, "headcount.csv").split(separator: "\n").dropFirst()
    #expect(csv.count == roles.count)
  }

  @Test func summaryAndPlanJSONCarryTheSLACreditExposure() throws {
    let folder = PlanFixture.baseline.folder
    let json = try #require(try parseJSON(PlanFixture.read(folder, "plan.json")) as? [String: Any])
    let figures = try #require(json["figures"] as? [String: Any])
    let credit = try #require(figures["slaCredit"] as? [String: Any])
    let exposure = try #require((credit["monthlyExposure"] as? NSNumber)?.doubleValue)
    let attainment = try #require((credit["attainment"] as? NSNumber)?.doubleValue)
    // Independent of the credit code: the baseline's shifts leave no interval under its
    // requirement (under-coverage 0 agent-hours), so by the definition every Enterprise
    // contact arrives in an interval staffed to target: attainment 100%, nothing owed.
    #expect(figures["underCoverageHours"] as? Double == 0)
    #expect(attainment == 1)
    #expect(exposure == 0)
    let line = PlanFixture.read(folder, "summary.txt").split(separator: "\n")
      .first { $0.hasPrefix("SLA-credit exposure") }
    #expect(line?.hasSuffix("0 / month (Enterprise 100.00% on target)") == true)
  }

  @Test func reportIsWellFormedAndHasEveryChart() {
    let html = PlanFixture.read(PlanFixture.baseline.folder, "report.html")
    let parsed = xmlElements(html)
    #expect(parsed.error == nil)
    // Week line chart, heatmap, headcount bars, cost bars, capacity combo, roster grid.
    #expect(parsed.elements.filter { $0 == "svg" }.count >= 6)
    for title in [
      "Required vs scheduled agents over the week", "Under and over coverage by day and hour",
      "Headcount and FTE by role", "Monthly cost by role",
      "Capacity plan: required vs available FTE, with hires", "Roster from",
    ] {
      #expect(html.contains(title), "missing chart: \(title)")
    }
    #expect(!html.contains("<script"))
  }

  @Test(arguments: ["growth-50", "deflection-30", "tight-sla", "enterprise-heavy"])
  func everyShippedScenarioPlans(_ name: String) throws {
    let (folder, run) = PlanFixture.plan(name)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(run.status == 0, "\(name): \(run.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(Set(Self.expectedFiles).isSubset(of: Set(files)))
    // Issue 5: the roster of every shipped scenario breaks no labour rule.
    let json = try #require(try parseJSON(PlanFixture.read(folder, "plan.json")) as? [String: Any])
    let figures = try #require(json["figures"] as? [String: Any])
    #expect(figures["violations"] as? Int == 0, "\(name)")
  }

  @Test func baselineRosterBreaksNoLabourRule() throws {
    let json = try #require(
      try parseJSON(PlanFixture.read(PlanFixture.baseline.folder, "plan.json")) as? [String: Any])
    let figures = try #require(json["figures"] as? [String: Any])
    #expect(figures["violations"] as? Int == 0)
  }
}
