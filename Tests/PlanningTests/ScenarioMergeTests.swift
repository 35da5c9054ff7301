import Queueing
import Testing

@testable import Planning

/// `base:` merging: mappings merge key by key with the child winning, lists and scalars
/// replace, paths are relative to the including file, cycles are errors.
@Suite struct ScenarioMergeTests {
  static let base =
    minimalScenario + """
      staffing:
        shrinkage: 35%
        max_occupancy: 80%
      channels:
        chat:
          handle_time: 20m
          concurrency: 3
      shifts:
        lengths: [8h, 10h]
        start_every: 15m

      """

  static let child = """
    base: ../base/b.yaml
    name: Child
    staffing:
      shrinkage: 25%
    channels:
      chat:
        concurrency: 2
    shifts:
      lengths: [12h]
    """

  @Test func childWinsNestedMappingsMergeListsReplace() throws {
    let loader = ScenarioLoader.inMemory(["base/b.yaml": Self.base, "whatif/c.yaml": Self.child])
    let scenario = try loader.load(path: "whatif/c.yaml")
    #expect(scenario.name == "Child")  // scalar: the child wins
    #expect(scenario.regions.map(\.name) == ["emea"])  // only in the base: kept
    #expect(scenario.staffing.shrinkage.description == "25%")  // the child wins
    #expect(scenario.staffing.maxOccupancy.description == "80%")  // nested key of the base kept
    #expect(scenario.channels[.chat]?.concurrency == 2)
    #expect(scenario.channels[.chat]?.handleTime[.standard] == TimeSpan(seconds: 1200))
    #expect(scenario.shifts.lengths == [TimeSpan(seconds: 12 * 3600)])  // list replaced
    #expect(scenario.shifts.startEvery == TimeSpan(seconds: 900))
  }

  @Test func errorsInsideABaseFileNameThatFile() {
    let base = minimalScenario + "staffing: { priority: fifoo }\n"
    let errors = scenarioErrors(
      ["s.yaml": "base: dir/b.yaml\nname: X\n", "dir/b.yaml": base])
    // Line 6 of dir/b.yaml; 'fifoo' starts at column 23 of "staffing: { priority: fifoo }".
    #expect(
      errors == [
        "error: dir/b.yaml:6:23: unknown value 'fifoo' in staffing.priority; did you mean "
          + "'fifo'? accepted: fifo, premium-first"
      ])
  }

  @Test func aCycleIsAnErrorNamingTheChain() {
    let errors = scenarioErrors([
      "s.yaml": "base: b.yaml\nname: X\n", "b.yaml": "base: ./s.yaml\n",
    ])
    #expect(
      errors == [
        "error: b.yaml:1:7: base: cycle s.yaml → b.yaml → s.yaml; a scenario cannot be its own "
          + "base"
      ])
    #expect(
      scenarioErrors(["s.yaml": "base: s.yaml\n"]) == [
        "error: s.yaml:1:7: base: cycle s.yaml → s.yaml; a scenario cannot be its own base"
      ])
  }

  @Test func baseMustBeAPath() {
    #expect(
      scenarioErrors(["s.yaml": "base: [a.yaml]\nname: X\n"]) == [
        "error: s.yaml:1:7: base must be a file path, found a list; expected e.g. "
          + "'base: travis-baseline.yaml' (relative to this file)"
      ])
  }

  @Test func pathsResolveFromTheIncludingFile() {
    #expect(ScenarioPath.resolve("../base/b.yaml", from: "whatif/c.yaml") == "base/b.yaml")
    #expect(ScenarioPath.resolve("b.yaml", from: "/x/y/a.yaml") == "/x/y/b.yaml")
    #expect(ScenarioPath.resolve("/abs/b.yaml", from: "x/a.yaml") == "/abs/b.yaml")
    #expect(ScenarioPath.resolve("./b.yaml", from: "a.yaml") == "b.yaml")
  }
}
