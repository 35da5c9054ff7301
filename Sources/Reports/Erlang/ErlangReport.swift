import Queueing

/// Renders the answer of `staffplan erlang` as text, JSON or a CSV row.
public enum ErlangReport {
  /// The answer first (agents, scheduled agents), then the metrics, then the staffing table.
  public static func text(_ sizing: IntervalSizing) -> String {
    let request = sizing.request
    var lines: [String] = []
    let modelName = sizing.model == .erlangC ? "Erlang C" : "Erlang A"
    if request.agents != nil {
      lines.append(
        "\(modelName): \(sizing.agents) agents given (\(sizing.scheduledAgents) scheduled at "
          + "\(request.shrinkage) shrinkage)")
    } else {
      lines.append(
        "\(modelName): \(sizing.agents) agents needed, \(sizing.scheduledAgents) scheduled at "
          + "\(request.shrinkage) shrinkage")
      lines.append("  targets: " + targetsText(request.targets, model: sizing.model))
    }
    lines.append(
      "  offered load \(NumberText.fixed(sizing.offeredLoad, decimals: 3)) Erlangs "
        + "(\(NumberText.trimmed(request.volume)) contacts per \(request.interval), "
        + "handle time \(NumberText.trimmed(sizing.effectiveHandleSeconds, decimals: 1)) s"
        + (sizing.concurrencyFactor.map { " after concurrency factor \(NumberText.trimmed($0))" }
          ?? "")
        + ")")
    lines.append("")
    let metrics = sizing.metrics
    let within = TimeSpan(exactSeconds: ExactDecimal(0)) < targetTime(request)
      ? "\(targetTime(request))" : "0 s (no --target given)"
    var facts: [(String, String)] = [
      ("Service level", "\(NumberText.percent(metrics.serviceLevel)) answered within \(within)"),
      ("Wait probability", NumberText.percent(metrics.waitProbability)),
      ("ASA", metrics.asa.map { NumberText.seconds($0) } ?? "unbounded (queue unstable)"),
      ("Occupancy", NumberText.percent(metrics.occupancy)),
    ]
    if let abandon = metrics.abandonProbability {
      facts.append(("Abandonment", NumberText.percent(abandon)))
      facts.append(("Mean wait, all", NumberText.seconds(metrics.meanWaitAll)))
    }
    let width = facts.map(\.0.count).max() ?? 0
    for (name, value) in facts {
      lines.append(name + String(repeating: " ", count: width - name.count) + "  " + value)
    }
    lines.append("Service level is the " + sizing.model.serviceLevelDefinition + ".")
    if sizing.model == .erlangA {
      lines.append("ASA is the mean wait of answered contacts.")
    }
    lines.append("")
    lines.append("Staffing table:")
    lines.append(staffingTable(sizing).rendered())
    return lines.joined(separator: "\n")
  }

  /// The table N−3 … N+5 with every metric; the answer row is marked with →.
  public static func staffingTable(_ sizing: IntervalSizing) -> TextTable {
    var header = ["agents", "scheduled", "service level", "P(wait)", "ASA", "occupancy"]
    if sizing.model == .erlangA { header.append("abandon") }
    var table = TextTable(header: header)
    for row in sizing.table {
      let metrics = row.metrics
      var cells = [
        String(metrics.agents), String(row.scheduledAgents),
        NumberText.percent(metrics.serviceLevel), NumberText.percent(metrics.waitProbability),
        metrics.asa.map { NumberText.seconds($0) } ?? "unstable",
        NumberText.percent(metrics.occupancy),
      ]
      if let abandon = metrics.abandonProbability { cells.append(NumberText.percent(abandon)) }
      table.append(cells, marker: metrics.agents == sizing.agents ? "→" : "")
    }
    return table
  }

  static func targetTime(_ request: IntervalSizingRequest) -> TimeSpan {
    request.targets.answerTime ?? TimeSpan(seconds: 0)
  }

  static func targetsText(_ targets: StaffingTargets, model: QueueModel) -> String {
    var parts: [String] = []
    if let (goal, within) = targets.serviceLevel { parts.append("\(goal) within \(within)") }
    if let asa = targets.maxASA { parts.append("ASA ≤ \(asa)") }
    if let occupancy = targets.maxOccupancy { parts.append("occupancy ≤ \(occupancy)") }
    if let abandon = targets.maxAbandon { parts.append("abandonment ≤ \(abandon)") }
    return parts.joined(separator: ", ")
  }
}
