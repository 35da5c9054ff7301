import Queueing

extension WeeklyRequirements {
  /// The explanation of one interval of one stream ("Tue 10:30 chat").
  /// - Complexity: O(N · tiers) for a live channel, O(intervals) otherwise.
  public func explain(day: Weekday, time: TimeOfDay, channel: RequirementChannel)
    throws(RequirementSlotError) -> RequirementExplanation
  {
    try explain(RequirementSlot(day: day, time: time, channel: channel))
  }

  /// The explanation of `slot`; the slot's time must be on the grid.
  public func explain(_ slot: RequirementSlot) throws(RequirementSlotError)
    -> RequirementExplanation
  {
    guard slot.time.minutes % intervalMinutes == 0 else {
      throw .offGrid(time: slot.time.description, intervalMinutes: intervalMinutes)
    }
    guard let stream = series(slot.channel) else {
      throw .noSeries(slot.channel, available: series.map(\.channel))
    }
    let i = slot.interval(intervalMinutes: intervalMinutes)
    let row = stream.intervals[i]
    let shrinkage = scenario.roles[slot.channel.role]?.shrinkage ?? scenario.staffing.shrinkage
    let available = 1 - shrinkage.value
    let detail: RequirementExplanation.Detail
    if row.method == .givenCurve,
      let path = scenario.channels[Self.ticketChannel(slot.channel)]?.requirementCurve?.path
    {
      detail = .givenCurve(path: path)
    } else {
      switch slot.channel {
      case .chat, .phone: detail = .live(liveDetail(slot.channel, interval: i))
      case .email: detail = .backlog(backlogDetail(interval: i))
      case .escalation: detail = .escalation(escalationDetail(interval: i, arrivals: row.arrivals))
      case .onCall: detail = .onCall(onCallDetail())
      }
    }
    return RequirementExplanation(
      slot: slot, intervalMinutes: intervalMinutes, requirement: row, shrinkage: shrinkage,
      unroundedScheduled: available > 0 ? Double(row.agents) / available : .infinity,
      detail: detail, notes: stream.notes)
  }

  static func ticketChannel(_ stream: RequirementChannel) -> Channel {
    switch stream {
    case .email: return .email
    case .chat: return .chat
    case .phone: return .phone
    case .escalation, .onCall: return .incident
    }
  }

  /// Recomputes the interval's pooled queue as `LiveChannelPlan` does, keeping every value.
  func liveDetail(_ stream: RequirementChannel, interval i: Int) -> LiveExplanation {
    let channel = Self.ticketChannel(stream)
    let spec = scenario.channels[channel]
    let seconds = Double(intervalMinutes * 60)
    var concurrency: (chats: Int, factor: Double)?
    var factor = 1.0
    if channel == .chat, let spec {
      let c = spec.concurrency
      factor = spec.concurrencyFactors?[c]?.doubleValue ?? ChatConcurrency.defaultFactors[c] ?? 1
      concurrency = (c, factor)
    }
    var inputs: [LiveTierInput] = []
    var classes: [LiveQueueClass] = []
    for tier in Tier.allCases where (demand.weeklyTickets[tier]?[channel] ?? 0) > 0 {
      let arrivals = demand.arrivals(tier: tier, channel: channel)[i]
      let handle = spec?.handleTime[tier]?.seconds ?? 0
      let open = demand.isOpen(tier: tier, interval: i)
      let input = LiveTierInput(
        tier: tier, arrivals: arrivals, open: open, handleSeconds: handle,
        effectiveHandleSeconds: handle / factor, target: spec?.targets[tier])
      inputs.append(input)
      if open && handle > 0 {
        classes.append(
          LiveQueueClass(
            tier: tier, arrivalsPerSecond: arrivals / seconds,
            handleSeconds: input.effectiveHandleSeconds, target: input.target))
      }
    }
    let cap = scenario.staffing.maxOccupancy
    let lambda = classes.reduce(0) { $0 + $1.arrivalsPerSecond }
    let load = classes.reduce(0) { $0 + $1.arrivalsPerSecond * $1.handleSeconds }
    let handle = lambda > 0 ? load / lambda : 0
    var explanation = LiveExplanation(
      tiers: inputs, concurrency: concurrency, patienceSeconds: spec?.patience?.seconds,
      arrivalsPerSecond: lambda, effectiveHandleSeconds: handle, offeredLoad: load,
      maxOccupancy: cap, policy: scenario.staffing.priority, fifoOrder: classes.map(\.tier),
      premiumOrder: classes.sorted { $0.tier > $1.tier }.map(\.tier))
    guard load > 0 else { return explanation }
    if let patience = spec?.patience {
      explanation.erlangA = try? LiveQueue.sizeWithPatience(
        classes: classes, patienceSeconds: patience.seconds, maxOccupancy: cap)
    } else {
      explanation.fifo = LiveQueue.size(classes: classes, policy: .fifo, maxOccupancy: cap)
      explanation.premiumFirst = LiveQueue.size(
        classes: classes, policy: .premiumFirst, maxOccupancy: cap)
    }
    // The Erlang search of the strictest tier on the pooled traffic: FIFO's answer.
    let traffic = Traffic(arrivalsPerSecond: lambda, handleSeconds: handle)
    var best: (tier: Tier, result: StaffingResult)?
    for c in classes {
      guard let target = c.target else { continue }
      let targets = StaffingTargets(
        serviceLevel: (target.serviceLevel, target.within), maxOccupancy: cap)
      let result: StaffingResult?
      if let patience = spec?.patience {
        result = try? StaffingSearch.erlangA(
          traffic: traffic, patienceSeconds: patience.seconds, targets: targets)
      } else {
        result = try? StaffingSearch.erlangC(traffic: traffic, targets: targets)
      }
      if let result, result.agents > (best?.result.agents ?? -1) { best = (c.tier, result) }
    }
    explanation.search = best?.result
    explanation.searchTier = best?.tier
    return explanation
  }

  func backlogDetail(interval i: Int) -> BacklogExplanation {
    let spec = scenario.channels[.email]
    var tiers: [BacklogTierInput] = []
    var offline: [Tier: Double] = [:]
    for channel in [Channel.chat, .phone] where scenario.channels[channel] != nil {
      for tier in Tier.allCases where !demand.isOpen(tier: tier, interval: i) {
        offline[tier, default: 0] += demand.arrivals(tier: tier, channel: channel)[i]
      }
    }
    for tier in Tier.allCases {
      let tickets = demand.arrivals(tier: tier, channel: .email)[i] + (offline[tier] ?? 0)
      let weekly = demand.weeklyTickets[tier]?[.email] ?? 0
      guard tickets > 0 || weekly > 0 else { continue }
      tiers.append(
        BacklogTierInput(
          tier: tier, tickets: tickets, handleSeconds: spec?.handleTime[tier]?.seconds ?? 0,
          target: spec?.targets[tier]))
    }
    guard let plan = backlog else {
      return BacklogExplanation(
        tiers: tiers, arrivedWork: 0, dueWork: 0, backlogAtStart: 0, levelledWork: 0,
        doneWork: 0, backlogAtEnd: 0, workPerAgent: 0, weeksSimulated: 0, periodic: true)
    }
    let end = plan.backlogAtStart[i] + plan.arrivedWork[i] - plan.doneWork[i]
    return BacklogExplanation(
      tiers: tiers, arrivedWork: plan.arrivedWork[i], dueWork: plan.dueWork[i],
      backlogAtStart: plan.backlogAtStart[i], levelledWork: plan.levelledWork[i],
      doneWork: plan.doneWork[i], backlogAtEnd: max(0, end), workPerAgent: plan.workPerAgent,
      weeksSimulated: plan.weeksSimulated, periodic: plan.periodic)
  }

  func escalationDetail(interval i: Int, arrivals: Double) -> EscalationExplanation {
    let target = scenario.escalations.target
    let handle = scenario.escalations.handleTime.seconds
    guard let plan = escalation else {
      return EscalationExplanation(
        arrivals: arrivals, handleSeconds: handle, target: target, chainIntervalMinutes: 60,
        chainInterval: 0, modifiedLoad: 0, molAgents: 0, chainAgents: 0, chainServiceLevel: 1,
        rounds: 0, converged: true)
    }
    let k = i * intervalMinutes / plan.chainIntervalMinutes
    return EscalationExplanation(
      arrivals: arrivals, handleSeconds: handle, target: target,
      chainIntervalMinutes: plan.chainIntervalMinutes, chainInterval: k,
      modifiedLoad: plan.modifiedLoad[k], molAgents: plan.molAgents[k],
      chainAgents: plan.chainAgents[k], chainServiceLevel: plan.serviceLevels[k],
      rounds: plan.rounds, converged: plan.converged)
  }

  func onCallDetail() -> OnCallExplanation {
    let incidents = scenario.incidents
    let result = OnCallStaffing.teams(
      incidentsPerMonth: incidents.perMonth.doubleValue,
      durationSeconds: incidents.duration.seconds)
    var sequence = ErlangBSequence(offeredLoad: result.load)
    var blocking: [Double] = []
    while sequence.servers < result.teams {
      sequence.step()
      blocking.append(sequence.blocking)
    }
    return OnCallExplanation(
      incidentsPerMonth: incidents.perMonth.doubleValue,
      durationSeconds: incidents.duration.seconds, load: result.load, blocking: blocking,
      teams: result.teams, responders: incidents.responders, busyRisk: OnCallStaffing.busyRisk)
  }
}
