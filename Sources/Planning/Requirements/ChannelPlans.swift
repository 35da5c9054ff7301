import Queueing

/// Chat or phone over the week: both priority policies per interval, the scenario's reported.
struct LiveChannelPlan {
  var intervals: [IntervalRequirement] = []
  var agentsByPolicy: [PriorityPolicy: [Int]] = [:]
  /// Arrivals of each tier while its coverage is closed (they join the email backlog).
  var closedArrivals: [Tier: [Double]] = [:]
  var notes: [String] = []

  /// - Complexity: O(intervals · (tiers + N)).
  init(
    channel: Channel, spec: ChannelSpec, tiers: [Tier], demand: WeeklyDemand,
    maxOccupancy: Percentage, policy: PriorityPolicy
  ) throws(RequirementError) {
    let n = demand.intervalCount
    let seconds = Double(demand.intervalMinutes * 60)
    var factor = 1.0
    if channel == .chat {
      let c = spec.concurrency
      guard let f = spec.concurrencyFactors?[c]?.doubleValue ?? ChatConcurrency.defaultFactors[c],
        f > 0
      else { throw .missingConcurrencyFactor(concurrency: c) }
      factor = f
      notes.append("concurrency \(c): effective handle time = AHT / \(f) (DESIGN.md §4)")
    }
    var handles: [Tier: Double] = [:]
    var arrivals: [Tier: [Double]] = [:]
    for tier in tiers {
      guard let aht = spec.handleTime[tier], aht.seconds > 0 else {
        throw .missingHandleTime(channel: channel.rawValue, tier: tier.rawValue)
      }
      handles[tier] = aht.seconds / factor
      arrivals[tier] = demand.arrivals(tier: tier, channel: channel)
      closedArrivals[tier] = [Double](repeating: 0, count: n)
    }
    let stream = RequirementChannel(channel)
    let single = tiers.count == 1 ? tiers[0] : nil
    var fifo = [Int](repeating: 0, count: n)
    var premium = [Int](repeating: 0, count: n)
    var classes: [LiveQueueClass] = []
    classes.reserveCapacity(tiers.count)
    for i in 0..<n {
      classes.removeAll(keepingCapacity: true)
      var offered = 0.0
      for tier in tiers {
        let value = arrivals[tier]?[i] ?? 0
        if demand.isOpen(tier: tier, interval: i) {
          offered += value
          classes.append(
            LiveQueueClass(
              tier: tier, arrivalsPerSecond: value / seconds, handleSeconds: handles[tier] ?? 1,
              target: spec.targets[tier]))
        } else {
          closedArrivals[tier]?[i] = value
        }
      }
      guard !classes.isEmpty else {
        intervals.append(
          IntervalRequirement(
            channel: stream, tier: single, interval: i, intervalMinutes: demand.intervalMinutes,
            arrivals: 0, agents: 0, scheduledAgents: 0, method: .closed, load: 0))
        continue
      }
      let chosen: LiveQueueResult
      let method: RequirementMethod
      if let patience = spec.patience {
        chosen = try LiveQueue.sizeWithPatience(
          classes: classes, patienceSeconds: patience.seconds, maxOccupancy: maxOccupancy)
        method = .erlangAFIFO
        fifo[i] = chosen.agents
        premium[i] = chosen.agents
      } else {
        let first = LiveQueue.size(classes: classes, policy: .fifo, maxOccupancy: maxOccupancy)
        let second = LiveQueue.size(
          classes: classes, policy: .premiumFirst, maxOccupancy: maxOccupancy)
        fifo[i] = first.agents
        premium[i] = second.agents
        chosen = policy == .fifo ? first : second
        method = policy == .fifo ? .erlangCFIFO : .erlangCPremiumFirst
      }
      let binding = chosen.bindingTier.flatMap { tier in
        policy == .fifo || spec.patience != nil
          ? classes.firstIndex { $0.tier == tier }
          : classes.sorted { $0.tier > $1.tier }.firstIndex { $0.tier == tier }
      }
      var requirement = IntervalRequirement(
        channel: stream, tier: single, interval: i, intervalMinutes: demand.intervalMinutes,
        arrivals: offered, agents: chosen.agents, scheduledAgents: 0, method: method,
        load: chosen.offeredLoad,
        serviceLevel: binding.map { chosen.serviceLevels[$0] },
        occupancy: chosen.agents > 0 ? chosen.offeredLoad / Double(chosen.agents) : nil)
      // Service levels come in class order (FIFO, Erlang A) or top tier first (premium-first).
      let order =
        policy == .fifo || spec.patience != nil ? classes : classes.sorted { $0.tier > $1.tier }
      requirement.tierServiceLevels = zip(order, chosen.serviceLevels).map { queueClass, level in
        TierServiceLevel(
          tier: queueClass.tier, arrivals: queueClass.arrivalsPerSecond * seconds,
          serviceLevel: queueClass.target == nil ? nil : level)
      }
      intervals.append(requirement)
    }
    agentsByPolicy = [.fifo: fifo, .premiumFirst: premium]
    if spec.patience != nil {
      notes.append("patience: Erlang A, tiers pooled FIFO (premium-first is not modelled "
        + "with abandonment)")
    }
    notes.append("contacts while a tier's coverage is closed join its email backlog")
  }
}

/// The email desk: every tier's email plus the offline messages of closed live channels.
struct EmailChannelPlan {
  var plan: BacklogPlan?
  var singleTier: Tier?
  var arrivals: [Double]
  let intervalMinutes: Int
  var notes: [String] = []

  init(
    spec: ChannelSpec, demand: WeeklyDemand, offline: [Tier: [Double]],
    maxOccupancy: Percentage
  ) throws(RequirementError) {
    let n = demand.intervalCount
    intervalMinutes = demand.intervalMinutes
    arrivals = [Double](repeating: 0, count: n)
    var classes: [BacklogClass] = []
    for tier in Tier.allCases {
      var values = demand.arrivals(tier: tier, channel: .email)
      if let extra = offline[tier] { for i in 0..<n { values[i] += extra[i] } }
      guard values.contains(where: { $0 > 0 }) else { continue }
      guard let aht = spec.handleTime[tier], aht.seconds > 0 else {
        throw .missingHandleTime(channel: "email", tier: tier.rawValue)
      }
      for i in 0..<n { arrivals[i] += values[i] }
      classes.append(
        BacklogClass(
          tier: tier, arrivals: values, handleSeconds: aht.seconds, target: spec.targets[tier],
          open: demand.open[tier] ?? [Bool](repeating: true, count: n)))
      if spec.targets[tier] == nil {
        notes.append("\(tier.rawValue) email has no target: done within 7 days")
      }
    }
    singleTier = classes.count == 1 ? classes[0].tier : nil
    guard !classes.isEmpty else { return }
    let result = BacklogModel.plan(
      classes: classes, intervalMinutes: intervalMinutes, maxOccupancy: maxOccupancy)
    plan = result
    notes.append(
      "backlog model: work levelled over its window (Optimal Available rate), earliest "
        + "deadline first; week \(result.weeksSimulated) from an empty backlog reported"
        + (result.periodic
          ? " (cyclic steady state: it ends with the backlog it started with)"
          : " (not yet cyclic: the backlog still changes from week to week)"))
  }

  func intervals(_ plan: BacklogPlan) -> [IntervalRequirement] {
    let seconds = Double(intervalMinutes * 60)
    return plan.agents.indices.map { i in
      IntervalRequirement(
        channel: .email, tier: singleTier, interval: i, intervalMinutes: intervalMinutes,
        arrivals: arrivals[i], agents: plan.agents[i], scheduledAgents: 0, method: .backlog,
        load: plan.doneWork[i] / seconds,
        occupancy: plan.agents[i] > 0
          ? plan.doneWork[i] / (Double(plan.agents[i]) * seconds) : nil)
    }
  }
}

/// A requirement curve given by the scenario, put on the planning grid.
enum GivenCurve {
  static let rule =
    "rows are UTC; each row's value holds until the next row (cyclic over the week); each "
    + "grid interval takes the largest value over its minutes, so a finer curve is never "
    + "under-covered and a coarser one is repeated"

  /// - Complexity: O(10080 + rows · log rows).
  static func resample(_ curve: RequirementCurve, intervalMinutes: Int) -> [Int] {
    let week = ReferenceWeek.minutesPerWeek
    let n = week / intervalMinutes
    let points = curve.points
      .map { (minute: $0.day.index * 1440 + $0.start.minutes, value: $0.required) }
      .sorted { $0.minute < $1.minute }
    guard let last = points.last else { return [Int](repeating: 0, count: n) }
    var result = [Int](repeating: 0, count: n)
    var value = last.value  // the week wraps: before the first row, the last row holds
    var next = 0
    for minute in 0..<week {
      while next < points.count && points[next].minute <= minute {
        value = points[next].value
        next += 1
      }
      result[minute / intervalMinutes] = max(result[minute / intervalMinutes], value)
    }
    return result
  }
}
