import Foundation
import Planning
import Queueing

/// What `evaluate` and `simulate` check: a scenario's live channels and the agents scheduled
/// per interval, from a plan folder written by `staffplan plan` or from a scenario file.
struct PlanSource {
  let scenario: Scenario
  let requirements: WeeklyRequirements
  /// Live channels (chat, phone) with their scheduled agents per interval.
  let channels: [(workload: LiveChannelWorkload, agents: [Int])]
  /// Where the agents came from, for the report.
  let agentsSource: String

  /// `path` is a plan folder (its `scenario.yaml` and `coverage.csv`) or a scenario file;
  /// `coveragePath` overrides the coverage. Without coverage, the agents are the
  /// requirement stage's per-interval answer, so the check shows what per-interval Erlang
  /// promises against what the time-varying queue delivers.
  static func load(path: String, coveragePath: String?, channel: String?) throws -> PlanSource {
    var isDirectory: ObjCBool = false
    var scenarioPath = path
    var coverage = coveragePath
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      scenarioPath = (path as NSString).appendingPathComponent("scenario.yaml")
      if coverage == nil { coverage = (path as NSString).appendingPathComponent("coverage.csv") }
    }
    let scenario = try ScenarioFile.load(scenarioPath)
    let requirements = try RequirementsRun.compute(scenario)
    var workloads = LiveChannelWorkload.all(from: requirements)
    if let channel {
      workloads = workloads.filter { $0.channel.rawValue == channel }
      guard !workloads.isEmpty else {
        throw UsageError(
          "--channel \(channel): the scenario has no contacts on that live channel; accepted: "
            + LiveChannelWorkload.all(from: requirements).map(\.channel.rawValue)
            .joined(separator: ", "))
      }
    }
    guard !workloads.isEmpty else {
      throw DataError("\(scenarioPath): the scenario has no chat or phone contacts to evaluate")
    }
    guard let coverage else {
      return PlanSource(
        scenario: scenario, requirements: requirements,
        channels: workloads.map { ($0, $0.requiredAgents) },
        agentsSource: "the per-interval requirement (no coverage file given)")
    }
    let text = try InputFile.read(coverage)
    let file: CoverageFile
    do {
      file = try CoverageFile(parsing: text, intervalMinutes: requirements.intervalMinutes)
    } catch {
      throw DataError(messages: error.problems.map { "\(coverage):\($0)" })
    }
    var channels: [(LiveChannelWorkload, [Int])] = []
    for workload in workloads {
      guard let agents = file.scheduled[workload.channel.rawValue] else {
        throw DataError(
          "\(coverage): no rows for channel '\(workload.channel.rawValue)'; the file has "
            + file.scheduled.keys.sorted().joined(separator: ", "))
      }
      channels.append((workload, agents))
    }
    return PlanSource(
      scenario: scenario, requirements: requirements, channels: channels,
      agentsSource: "scheduled agents of \(coverage)")
  }
}

/// Runs the requirements stage, turning its errors into data errors.
enum RequirementsRun {
  static func compute(_ scenario: Scenario) throws -> WeeklyRequirements {
    do {
      return try WeeklyRequirements(scenario: scenario)
    } catch {
      throw DataError("requirements: \(error)")
    }
  }
}
