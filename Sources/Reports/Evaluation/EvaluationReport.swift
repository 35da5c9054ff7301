public import Planning
public import Queueing

/// One live channel's plan checked by the time-varying queue.
public struct ChannelEvaluation: Sendable {
  public let workload: LiveChannelWorkload
  public let report: PlanEvaluationReport

  public init(workload: LiveChannelWorkload, report: PlanEvaluationReport) {
    self.workload = workload
    self.report = report
  }
}

/// Renders `staffplan evaluate`: promised vs evaluated service level per channel, day and
/// interval, and the intervals where the plan misses.
public enum EvaluationReport {
  static let dayNames = Weekday.allCases.map(\.rawValue)

  /// `Tue 10:30` for an interval index on a grid of `minutes`.
  static func label(_ interval: Int, minutes: Int) -> String {
    let perDay = 1440 / minutes
    let day = dayNames[(interval / perDay) % 7]
    return "\(day) \(TimeOfDay(minutes: (interval % perDay) * minutes))"
  }

  public static func text(_ checks: [ChannelEvaluation], agentsSource: String) -> String {
    var lines = [
      "Time-varying evaluation (M(t)/M/s(t)+M forward equations, 1-minute backward Euler steps;",
      "backlog carries across intervals). Agents: \(agentsSource). Times in UTC.",
      "Service level: \(PlanEvaluationReport.serviceLevelDefinition).",
      "",
    ]
    for check in checks {
      let workload = check.workload
      let report = check.report
      lines.append(
        "\(workload.channel.rawValue): goal \(NumberText.percent(workload.serviceLevelGoal, decimals: 0)) "
          + "within \(NumberText.trimmed(workload.targetSeconds)) s; handle time "
          + "\(NumberText.trimmed(workload.handleSeconds, decimals: 1)) s"
          + (workload.patienceSeconds.map { "; patience \(NumberText.trimmed($0)) s" } ?? ""))
      lines.append(
        "  week: promised \(NumberText.percent(report.promised ?? 1)), evaluated "
          + "\(NumberText.percent(report.answeredWithinTarget ?? 1)); "
          + "\(report.missing.count) of \(report.intervals.count) intervals miss the goal")
      var table = TextTable(header: ["day", "promised", "evaluated", "intervals missing"])
      for day in report.days {
        table.append([
          dayNames[day.day % 7], day.promised.map { NumberText.percent($0) } ?? "no contacts",
          day.answeredWithinTarget.map { NumberText.percent($0) } ?? "no contacts",
          String(day.missing.count),
        ])
      }
      lines.append(table.rendered().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      if !report.missing.isEmpty {
        lines.append("  intervals that miss (worst first, at most 15):")
        let worst = report.missing.map { report.intervals[$0] }
          .sorted { ($0.evaluatedServiceLevel, $0.interval) < ($1.evaluatedServiceLevel, $1.interval) }
        var missTable = TextTable(
          header: ["interval", "agents", "contacts", "promised", "evaluated", "backlog at end"])
        for check in worst.prefix(15) {
          missTable.append([
            label(check.interval, minutes: workload.intervalMinutes), String(check.agents),
            NumberText.fixed(check.arrivals, decimals: 1),
            NumberText.percent(check.promisedServiceLevel),
            NumberText.percent(check.evaluatedServiceLevel),
            NumberText.fixed(check.backlogAtEnd, decimals: 2),
          ])
        }
        lines.append(missTable.rendered().split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  public static func json(_ checks: [ChannelEvaluation], agentsSource: String) -> JSONValue {
    .object([
      ("method", .string("time-varying M(t)/M/s(t)+M, backward Euler at 1-minute steps")),
      ("serviceLevelDefinition", .string(PlanEvaluationReport.serviceLevelDefinition)),
      ("agentsSource", .string(agentsSource)),
      ("channels", .array(checks.map { check in
        let workload = check.workload
        let report = check.report
        return .object([
          ("channel", .string(workload.channel.rawValue)),
          ("intervalMinutes", .integer(workload.intervalMinutes)),
          ("targetSeconds", .number(workload.targetSeconds)),
          ("serviceLevelGoal", .number(workload.serviceLevelGoal)),
          ("handleSeconds", .number(workload.handleSeconds)),
          ("patienceSeconds", .finite(workload.patienceSeconds)),
          ("promised", .finite(report.promised)),
          ("evaluated", .finite(report.answeredWithinTarget)),
          ("missing", .array(report.missing.map { .string(label($0, minutes: workload.intervalMinutes)) })),
          ("days", .array(report.days.map { day in
            .object([
              ("day", .string(dayNames[day.day % 7])),
              ("promised", .finite(day.promised)),
              ("evaluated", .finite(day.answeredWithinTarget)),
              ("intervalsMissing", .integer(day.missing.count)),
            ])
          })),
          ("intervals", .array(report.intervals.map { interval in
            let perDay = 1440 / workload.intervalMinutes
            return .object([
              ("day", .string(dayNames[(interval.interval / perDay) % 7])),
              ("time", .string(TimeOfDay(minutes: (interval.interval % perDay) * workload.intervalMinutes).description)),
              ("agents", .integer(interval.agents)),
              ("arrivals", .number(interval.arrivals)),
              ("promisedServiceLevel", .number(interval.promisedServiceLevel)),
              ("evaluatedServiceLevel", .number(interval.evaluatedServiceLevel)),
              ("waitProbability", .number(interval.waitProbability)),
              ("abandonShare", .finite(interval.abandonShare)),
              ("meanQueue", .number(interval.meanQueue)),
              ("backlogAtEnd", .number(interval.backlogAtEnd)),
              ("meetsGoal", .bool(interval.meetsGoal)),
            ])
          })),
        ])
      })),
    ])
  }
}
