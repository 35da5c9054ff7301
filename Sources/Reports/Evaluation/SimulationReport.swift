public import Planning
public import Queueing

/// One live channel simulated.
public struct ChannelSimulation: Sendable {
  public let workload: LiveChannelWorkload
  public let result: WeekSimulationResult
  public let policy: String

  public init(workload: LiveChannelWorkload, result: WeekSimulationResult, policy: String) {
    self.workload = workload
    self.result = result
    self.policy = policy
  }
}

/// The settings of a simulation run, echoed in its report.
public struct SimulationSettings: Sendable {
  public let replications: Int
  public let seed: Int
  public let handleTimeCV: Double?
  public let overdispersion: Double?
  public let absence: Double
  public let agentsSource: String

  public init(
    replications: Int, seed: Int, handleTimeCV: Double?, overdispersion: Double?,
    absence: Double, agentsSource: String
  ) {
    self.replications = replications
    self.seed = seed
    self.handleTimeCV = handleTimeCV
    self.overdispersion = overdispersion
    self.absence = absence
    self.agentsSource = agentsSource
  }
}

/// Renders `staffplan simulate`: estimates with 95% confidence intervals per channel and day.
public enum SimulationReport {
  static func estimate(_ value: SimulationEstimate?, percent: Bool = true) -> String {
    guard let value else { return "n/a" }
    let format: (Double) -> String = percent
      ? { NumberText.percent($0) } : { NumberText.fixed($0, decimals: 1) + " s" }
    guard let half = value.halfWidth else { return format(value.mean) }
    return format(value.mean) + " ± " + (percent ? NumberText.percent(half) : NumberText.fixed(half, decimals: 1) + " s")
  }

  public static func text(_ channels: [ChannelSimulation], _ settings: SimulationSettings) -> String {
    var lines = [
      "Discrete-event simulation: \(settings.replications) replications of the week, seed "
        + "\(settings.seed); handle times "
        + (settings.handleTimeCV.map { "lognormal, CV \(NumberText.trimmed($0))" } ?? "exponential")
        + "; arrivals "
        + (settings.overdispersion.map { "gamma-mixed Poisson, CV \(NumberText.trimmed($0))" } ?? "Poisson")
        + "; absence \(NumberText.percent(settings.absence, decimals: 1)).",
      "Agents: \(settings.agentsSource). Estimates are means over replications ± the 95% "
        + "confidence half-width (Student t). Times in UTC.",
      "Service level: \(WeekSimulation.serviceLevelDefinition).",
      "",
    ]
    for channel in channels {
      let workload = channel.workload
      let week = channel.result.week
      lines.append(
        "\(workload.channel.rawValue) (\(channel.policy)): goal "
          + "\(NumberText.percent(workload.serviceLevelGoal, decimals: 0)) within "
          + "\(NumberText.trimmed(workload.targetSeconds)) s")
      lines.append("  week: service level \(estimate(week.serviceLevel)), P(wait) "
        + "\(estimate(week.waitProbability)), ASA \(estimate(week.averageSpeedOfAnswer, percent: false)), "
        + "abandoned \(estimate(week.abandonShare)), occupancy \(estimate(week.occupancy))")
      let perDay = 1440 / workload.intervalMinutes
      var table = TextTable(header: ["day", "service level", "P(wait)", "ASA", "abandoned"])
      for day in 0..<7 {
        let range = (day * perDay)..<min((day + 1) * perDay, channel.result.agents.count)
        guard !range.isEmpty else { continue }
        let performance = channel.result.performance(over: range)
        table.append([
          Weekday.allCases[day].rawValue, estimate(performance.serviceLevel),
          estimate(performance.waitProbability),
          estimate(performance.averageSpeedOfAnswer, percent: false),
          estimate(performance.abandonShare),
        ])
      }
      lines.append(table.rendered().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      let missing = channel.result.intervalsMissing(serviceLevel: workload.serviceLevelGoal)
      lines.append("  intervals whose simulated service level is below the goal: \(missing.count)")
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  static func estimateJSON(_ value: SimulationEstimate?) -> JSONValue {
    guard let value else { return .null }
    return .object([
      ("mean", .number(value.mean)), ("halfWidth95", .finite(value.halfWidth)),
      ("samples", .integer(value.samples)),
    ])
  }

  static func performanceJSON(_ performance: SimulatedPerformance) -> [(String, JSONValue)] {
    [
      ("serviceLevel", estimateJSON(performance.serviceLevel)),
      ("waitProbability", estimateJSON(performance.waitProbability)),
      ("asa", estimateJSON(performance.averageSpeedOfAnswer)),
      ("abandonShare", estimateJSON(performance.abandonShare)),
      ("occupancy", estimateJSON(performance.occupancy)),
      ("arrivals", estimateJSON(performance.arrivals)),
    ]
  }

  public static func json(_ channels: [ChannelSimulation], _ settings: SimulationSettings) -> JSONValue {
    .object([
      ("method", .string("discrete-event simulation")),
      ("serviceLevelDefinition", .string(WeekSimulation.serviceLevelDefinition)),
      ("replications", .integer(settings.replications)),
      ("seed", .integer(settings.seed)),
      ("agentsSource", .string(settings.agentsSource)),
      ("channels", .array(channels.map { channel in
        let workload = channel.workload
        let perDay = 1440 / workload.intervalMinutes
        return .object([
          ("channel", .string(workload.channel.rawValue)),
          ("policy", .string(channel.policy)),
          ("targetSeconds", .number(workload.targetSeconds)),
          ("serviceLevelGoal", .number(workload.serviceLevelGoal)),
          ("week", .object(performanceJSON(channel.result.week))),
          ("days", .array((0..<7).map { day in
            let range = (day * perDay)..<min((day + 1) * perDay, channel.result.agents.count)
            return .object([("day", .string(Weekday.allCases[day].rawValue))]
              + performanceJSON(channel.result.performance(over: range)))
          })),
        ])
      })),
    ])
  }
}
