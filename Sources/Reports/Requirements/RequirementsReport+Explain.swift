public import Planning
import Queueing

extension RequirementsReport {
  /// Every input and intermediate value of one interval, with the formulas.
  public static func explanation(_ e: RequirementExplanation) -> String {
    let row = e.requirement
    let end = TimeOfDay(minutes: e.slot.time.minutes + e.intervalMinutes)
    var lines = [
      "Explanation: \(e.slot.channel.rawValue), \(e.slot.day.rawValue) \(e.slot.time)–\(end) "
        + "UTC (interval \(row.interval) of the week, \(e.intervalMinutes)-minute grid)",
      "Method: \(row.method.rawValue)", "",
    ]
    switch e.detail {
    case .live(let live): lines += liveLines(live, intervalMinutes: e.intervalMinutes)
    case .backlog(let backlog): lines += backlogLines(backlog)
    case .escalation(let escalation): lines += escalationLines(escalation)
    case .onCall(let onCall): lines += onCallLines(onCall)
    case .givenCurve(let path):
      lines.append("Given curve \(path): \(row.agents) agents taken as given (no model).")
    }
    lines += [
      "",
      "Agents on the floor: \(row.agents)",
      "Shrinkage \(e.shrinkage): scheduled = ⌈agents / (1 − shrinkage)⌉ = ⌈\(row.agents) / "
        + "\(NumberText.trimmed(1 - e.shrinkage.value))⌉ = ⌈"
        + "\(NumberText.trimmed(e.unroundedScheduled, decimals: 6))⌉ = \(row.scheduledAgents)"
        + " (exact decimal arithmetic)",
    ]
    if !e.notes.isEmpty { lines += ["", "Notes"] + e.notes.map { "  " + $0 } }
    return lines.joined(separator: "\n") + "\n"
  }

  static func liveLines(_ live: LiveExplanation, intervalMinutes: Int) -> [String] {
    var lines: [String] = []
    var table = TextTable(header: ["tier", "arrivals", "open", "AHT", "EAHT", "target"])
    for tier in live.tiers {
      let target = tier.target.map { "\($0.serviceLevel) in \($0.within)" } ?? "none"
      table.append([
        tier.tier.rawValue, NumberText.fixed(tier.arrivals, decimals: 3),
        tier.open ? "yes" : "no (→ email)", NumberText.seconds(tier.handleSeconds),
        NumberText.seconds(tier.effectiveHandleSeconds), target,
      ])
    }
    lines.append("Inputs per tier (arrivals per \(intervalMinutes) min):")
    lines += table.rendered().split(separator: "\n").map { "  " + $0 }
    if let concurrency = live.concurrency {
      lines.append(
        "Concurrency c = \(concurrency.chats): factor f(c) = "
          + "\(NumberText.trimmed(concurrency.factor)); EAHT = AHT / f(c)")
    }
    lines.append(
      "Pooled λ = \(NumberText.trimmed(live.arrivalsPerSecond, decimals: 6)) per s; "
        + "EAHT (arrival-weighted) = \(NumberText.seconds(live.effectiveHandleSeconds))")
    lines.append(
      "Offered load A = λ · EAHT = \(NumberText.fixed(live.offeredLoad, decimals: 4)) Erlangs; "
        + "max occupancy \(live.maxOccupancy)")
    if let patience = live.patienceSeconds {
      lines.append("Patience \(NumberText.seconds(patience)): Erlang A, tiers pooled FIFO")
    }
    lines.append("")
    func policyLines(_ name: String, _ result: LiveQueueResult?, _ order: [Tier]) -> [String] {
      guard let result else { return [] }
      let levels = zip(order, result.serviceLevels).map { tier, level in
        "\(tier.rawValue) \(NumberText.percent(level))"
      }.joined(separator: ", ")
      return [
        "  \(name): N = \(result.agents), P(wait) \(NumberText.percent(result.waitProbability)),"
          + " SL per tier: \(levels); binding: \(result.bindingTier?.rawValue ?? "occupancy cap")"
      ]
    }
    lines.append("Policies side by side (scenario uses \(live.policy.rawValue)):")
    lines += policyLines("fifo (Erlang C)", live.fifo, live.fifoOrder)
    lines += policyLines("premium-first (Cobham)", live.premiumFirst, live.premiumOrder)
    lines += policyLines("fifo (Erlang A)", live.erlangA, live.fifoOrder)
    if live.fifo != nil {
      lines += [
        "  fifo: SL_T = 1 − C(N,A)·exp(−(N − A)·t_T / EAHT), every tier sees the same wait",
        "  premium-first: top class P(W > t) = C·exp(−(Nμ − λ₁)t); lower classes Cobham's mean "
          + "E[W_p] = C / (Nμ(1 − σ_(p−1))(1 − σ_p)), SL ≈ 1 − C·exp(−t / E[W_p | wait])",
      ]
    }
    if let search = live.search {
      lines.append("")
      lines.append(
        "Search for \(live.searchTier?.rawValue ?? "the strictest tier")'s target on the pooled "
          + "traffic: start at N = \(search.start.agents) (\(search.start.reason))")
      for step in search.steps.suffix(12) {
        let metrics = step.metrics
        var text = "  N = \(metrics.agents): SL \(NumberText.percent(metrics.serviceLevel)), "
          + "P(wait) \(NumberText.percent(metrics.waitProbability)), occupancy "
          + NumberText.percent(metrics.occupancy)
        text += step.misses.isEmpty ? " — meets every target"
          : " — " + search.targets.describe(step.misses).joined(separator: "; ")
        lines.append(text)
      }
    }
    return lines
  }

  static func backlogLines(_ b: BacklogExplanation) -> [String] {
    var table = TextTable(header: ["tier", "tickets", "AHT", "window"])
    for tier in b.tiers {
      let target = tier.target.map {
        "\($0.serviceLevel) in \($0.within)\($0.businessHoursOnly ? " (business hours)" : "")"
      } ?? "7-day backlog limit"
      table.append([
        tier.tier.rawValue, NumberText.fixed(tier.tickets, decimals: 3),
        NumberText.seconds(tier.handleSeconds), target,
      ])
    }
    func work(_ seconds: Double) -> String {
      let hours = NumberText.fixed(seconds / 3600, decimals: 3)
      return "\(NumberText.fixed(seconds, decimals: 1)) agent-s (\(hours) agent-h)"
    }
    var lines = ["Inputs per tier (email plus offline messages of closed live channels):"]
    lines += table.rendered().split(separator: "\n").map { "  " + $0 }
    lines += [
      "Backlog balance (agent-seconds; backlog_(t+1) = backlog_t + arrived_t − done_t):",
      "  backlog at start        \(work(b.backlogAtStart))",
      "  work arrived            \(work(b.arrivedWork))",
      "  work due by interval end \(work(b.dueWork))",
      "  deadline rate ρ_t        \(work(b.levelledWork))  (levelled plan: max over deadlines d "
        + "of work due by d / open intervals to d)",
      "  work done               \(work(b.doneWork))",
      "  backlog at end          \(work(b.backlogAtEnd))",
      "  one agent does          \(work(b.workPerAgent)) per interval (interval × max occupancy)",
      "Agents = fewest whole agents keeping the cumulative work done ≥ the levelled plan's and "
        + "clearing what is due now.",
      "Cyclic steady state: week \(b.weeksSimulated) from an empty backlog, "
        + (b.periodic ? "ends with the backlog it started with" : "NOT yet periodic"),
    ]
    return lines
  }

  static func escalationLines(_ e: EscalationExplanation) -> [String] {
    [
      "Escalations arriving: \(NumberText.fixed(e.arrivals, decimals: 4)) in this interval; "
        + "handle time \(NumberText.fixed(e.handleSeconds / 3600, decimals: 2)) h; target "
        + "\(e.target.serviceLevel) within \(e.target.within)",
      "Chain interval \(e.chainInterval) (\(e.chainIntervalMinutes) min):",
      "  modified offered load m̄ = ∫λ(t−u)·e^(−u/S) du averaged = "
        + "\(NumberText.fixed(e.modifiedLoad, decimals: 4)) Erlangs",
      "  MOL start: smallest N with Erlang C SL ≥ goal at m̄ = \(e.molAgents)",
      "  after \(e.rounds) round(s) against the transient M(t)/M/s(t) chain: N = "
        + "\(e.chainAgents), chain service level \(NumberText.percent(e.chainServiceLevel))"
        + (e.converged ? " (every hour meets the goal)" : " (some hours still miss)"),
      "Per-interval Erlang is not used: work of hours outlasts the interval "
        + "(Green, Kolesar & Whitt 2007).",
    ]
  }

  static func onCallLines(_ o: OnCallExplanation) -> [String] {
    var lines = [
      "P1 incidents: \(NumberText.trimmed(o.incidentsPerMonth)) per month, mean duration "
        + "\(NumberText.fixed(o.durationSeconds / 60, decimals: 1)) min",
      "Incident load a = λ·D = \(NumberText.trimmed(o.incidentsPerMonth)) / (30.4375 × 86400 s)"
        + " × \(NumberText.trimmed(o.durationSeconds)) s = "
        + "\(NumberText.fixed(o.load, decimals: 6)) Erlangs",
      "Erlang B (a share of incidents finding every team busy), goal ≤ "
        + NumberText.percent(o.busyRisk, decimals: 0) + ":",
    ]
    for (k, value) in o.blocking.enumerated() {
      lines.append("  B(\(k + 1), a) = \(NumberText.fixed(value, decimals: 6))")
    }
    lines.append(
      "Teams k = \(o.teams) × \(o.responders) responders = \(o.teams * o.responders) on call, "
        + "every interval of the week")
    return lines
  }
}
