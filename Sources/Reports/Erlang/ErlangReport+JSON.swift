import Queueing

extension ErlangReport {
  /// One object: the model, the answer, the metrics and the staffing table.
  /// Probabilities are in 0…1, times in seconds; an unbounded ASA is null.
  public static func json(_ sizing: IntervalSizing, includeTable: Bool = true) -> JSONValue {
    let request = sizing.request
    var members: [(String, JSONValue)] = [
      ("model", .string(sizing.model.rawValue)),
      ("serviceLevelDefinition", .string(sizing.model.serviceLevelDefinition)),
      ("offeredLoad", .number(sizing.offeredLoad)),
      ("agents", .integer(sizing.agents)),
      ("scheduledAgents", .integer(sizing.scheduledAgents)),
    ]
    members += metricMembers(sizing.metrics)
    var inputs: [(String, JSONValue)] = [
      ("volume", .number(request.volume)),
      ("intervalSeconds", .number(request.interval.seconds)),
      ("ahtSeconds", .number(request.handleTime.seconds)),
      ("effectiveAhtSeconds", .number(sizing.effectiveHandleSeconds)),
      ("targetSeconds", .number(request.targets.targetSeconds)),
      ("serviceLevelGoal", .finite(request.targets.serviceLevel?.goal.value)),
      ("maxAsaSeconds", .finite(request.targets.maxASA?.seconds)),
      ("maxOccupancy", .finite(request.targets.maxOccupancy?.value)),
      ("shrinkage", .number(request.shrinkage.value)),
    ]
    if let patience = request.patience {
      inputs.append(("patienceSeconds", .number(patience.seconds)))
      inputs.append(("maxAbandon", .finite(request.targets.maxAbandon?.value)))
    }
    if let factor = sizing.concurrencyFactor {
      inputs.append(("concurrency", request.concurrency.map { .integer($0) } ?? .null))
      inputs.append(("concurrencyFactor", .number(factor)))
    }
    members.append(("inputs", .object(inputs)))
    if includeTable {
      members.append(
        ("table", .array(sizing.table.map { row in
          .object(
            [("agents", .integer(row.metrics.agents)),
              ("scheduledAgents", .integer(row.scheduledAgents))]
              + metricMembers(row.metrics).filter { $0.0 != "agents" })
        })))
    }
    return .object(members)
  }

  static func metricMembers(_ metrics: QueueMetrics) -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = [
      ("serviceLevel", .number(metrics.serviceLevel)),
      ("waitProbability", .number(metrics.waitProbability)),
      ("asa", .finite(metrics.asa)),
      ("occupancy", .number(metrics.occupancy)),
    ]
    if let abandon = metrics.abandonProbability {
      members.append(("abandonProbability", .number(abandon)))
      members.append(("meanWaitAll", .finite(metrics.meanWaitAll)))
    }
    return members
  }

  /// Column names of the batch CSV output.
  public static let csvHeader = [
    "row", "model", "volume", "interval_s", "aht_s", "offered_load", "agents", "scheduled_agents",
    "service_level", "wait_probability", "asa_s", "occupancy", "abandon_probability",
  ]

  /// One batch CSV row (`row` is the 1-based data row of the input file).
  public static func csvRow(_ sizing: IntervalSizing, row: Int) -> [String] {
    let metrics = sizing.metrics
    return [
      String(row), sizing.model.rawValue, "\(sizing.request.volume)",
      "\(sizing.request.interval.seconds)", "\(sizing.effectiveHandleSeconds)",
      "\(sizing.offeredLoad)", String(sizing.agents), String(sizing.scheduledAgents),
      "\(metrics.serviceLevel)", "\(metrics.waitProbability)",
      metrics.asa.map { "\($0)" } ?? "", "\(metrics.occupancy)",
      metrics.abandonProbability.map { "\($0)" } ?? "",
    ]
  }
}
