import Queueing

/// Every stream's requirement for every interval of the week: the input of headcount and
/// shifts, and what `staffplan requirements` prints.
///
/// Streams and methods (each interval names its method):
/// - email: `BacklogModel` ("backlog"), one desk for every tier, earliest deadline first;
/// - chat, phone: `LiveQueue` on the tier targets under `staffing.priority` ("erlang-c fifo",
///   "erlang-c premium-first", "erlang-a fifo" with patience); both policies are computed so
///   `explain` shows them side by side. Chat handle time is AHT / f(c). A tier whose coverage
///   is closed is not offered on a live channel: the widget or line is closed and its
///   contacts leave an offline message that joins the tier's email backlog (they are neither
///   lost nor piled onto the opening interval);
/// - escalation: `EscalationStaffing` ("time-varying"), escalations = share × tickets, arriving
///   when first line can first see the ticket (the tier's next open interval);
/// - on-call: `OnCallStaffing` ("on-call"), every interval of the week;
/// - a channel with `requirements_csv` takes that curve ("given curve", see `GivenCurve`).
/// Agents are on the floor; scheduled = ⌈agents / (1 − shrinkage)⌉ exactly
/// (`Shrinkage.scheduledAgents`), with the shrinkage of the stream's role (agent, escalation
/// engineer, on-call), which defaults to `staffing.shrinkage`.
public struct WeeklyRequirements: Sendable, Equatable {
  public let scenario: Scenario
  public let intervalMinutes: Int
  public let demand: WeeklyDemand
  /// One series per stream with work, in `RequirementChannel` order.
  public let series: [RequirementSeries]
  /// Chat and phone agents under each policy, per interval (for `explain`).
  public let policyAgents: [RequirementChannel: [PriorityPolicy: [Int]]]
  /// The email desk's backlog balance.
  public let backlog: BacklogPlan?
  /// The escalation engineers' plan.
  public let escalation: EscalationPlan?

  /// Every interval requirement, stream by stream.
  public var requirements: [IntervalRequirement] { series.flatMap(\.intervals) }

  /// The series of `channel`, if it has one.
  public func series(_ channel: RequirementChannel) -> RequirementSeries? {
    series.first { $0.channel == channel }
  }

  /// - Complexity: O(intervals · (tiers + N)) for the live channels, O(weeks · intervals) for
  ///   the backlog, O(rounds · hours · steps · states) for escalations.
  public init(scenario: Scenario, week: ReferenceWeek = .standard) throws(RequirementError) {
    self.scenario = scenario
    let demand = try WeeklyDemand(scenario: scenario, week: week)
    self.demand = demand
    let grid = demand.intervalMinutes
    intervalMinutes = grid
    let n = demand.intervalCount
    var built: [RequirementSeries] = []
    var policies: [RequirementChannel: [PriorityPolicy: [Int]]] = [:]
    var offline: [Tier: [Double]] = [:]
    let cap = scenario.staffing.maxOccupancy

    for channel in [Channel.chat, .phone] {
      guard let spec = scenario.channels[channel] else { continue }
      let stream = RequirementChannel(channel)
      let tiers = Tier.allCases.filter { (demand.weeklyTickets[$0]?[channel] ?? 0) > 0 }
      guard !tiers.isEmpty || spec.requirementCurve != nil else { continue }
      let live = try LiveChannelPlan(
        channel: channel, spec: spec, tiers: tiers, demand: demand, maxOccupancy: cap,
        policy: scenario.staffing.priority)
      for (tier, values) in live.closedArrivals {
        offline[tier, default: [Double](repeating: 0, count: n)] =
          zip(offline[tier] ?? [Double](repeating: 0, count: n), values).map { $0 + $1 }
      }
      policies[stream] = live.agentsByPolicy
      built.append(
        try Self.makeSeries(stream, tier: tiers.count == 1 ? tiers[0] : nil, spec: spec,
          intervals: live.intervals, notes: live.notes, scenario: scenario))
    }

    var backlogPlan: BacklogPlan?
    if let spec = scenario.channels[.email] {
      let email = try EmailChannelPlan(
        spec: spec, demand: demand, offline: offline, maxOccupancy: cap)
      backlogPlan = email.plan
      if let plan = email.plan {
        built.insert(
          try Self.makeSeries(.email, tier: email.singleTier, spec: spec,
            intervals: email.intervals(plan), notes: email.notes, scenario: scenario), at: 0)
      } else if spec.requirementCurve != nil {
        built.insert(
          try Self.makeSeries(
            .email, tier: nil, spec: spec, intervals: [], notes: [], scenario: scenario),
          at: 0)
      }
    }

    let escalationPlan = try Self.escalations(scenario: scenario, demand: demand)
    if let (plan, arrivals) = escalationPlan {
      let intervals = (0..<n).map { i in
        IntervalRequirement(
          channel: .escalation, tier: nil, interval: i, intervalMinutes: grid,
          arrivals: arrivals[i], agents: plan.agents[i], scheduledAgents: 0,
          method: .timeVarying,
          load: plan.modifiedLoad[i * grid / plan.chainIntervalMinutes],
          serviceLevel: plan.serviceLevels[i * grid / plan.chainIntervalMinutes])
      }
      var notes = [
        "escalations: \(scenario.escalations.share) of tickets after deflection, "
          + "\(scenario.escalations.handleTime) each; modified offered load on a "
          + "\(plan.chainIntervalMinutes)-minute grid raised in \(plan.rounds) rounds against "
          + "the transient chain (Green, Kolesar & Whitt 2007)"
      ]
      if !plan.converged { notes.append("the chain still misses the goal in some hours") }
      built.append(try Self.makeSeries(.escalation, tier: nil, spec: nil, intervals: intervals,
        notes: notes, scenario: scenario))
    }
    escalation = escalationPlan?.0

    let incidents = scenario.incidents
    let onCall = OnCallStaffing.teams(
      incidentsPerMonth: incidents.perMonth.doubleValue,
      durationSeconds: incidents.duration.seconds)
    if onCall.teams > 0 {
      let perInterval = incidents.perMonth.doubleValue * 7 / WeeklyDemand.daysPerMonth
        / Double(n)
      let intervals = (0..<n).map { i in
        IntervalRequirement(
          channel: .onCall, tier: nil, interval: i, intervalMinutes: grid,
          arrivals: perInterval, agents: onCall.teams * incidents.responders, scheduledAgents: 0,
          method: .onCall, load: onCall.load)
      }
      let note = "\(onCall.teams) team(s) of \(incidents.responders) on call 24/7: incident "
        + "load a = \(onCall.load) Erlangs, Erlang B(\(onCall.teams), a) = \(onCall.blocking) ≤ 1%"
      built.append(
        try Self.makeSeries(
          .onCall, tier: nil, spec: nil, intervals: intervals, notes: [note], scenario: scenario))
    }
    series = built
    policyAgents = policies
    backlog = backlogPlan
  }

  /// Applies a given curve, shrinkage and totals to a stream's intervals.
  /// - Complexity: O(intervals) (O(10080) with a given curve).
  static func makeSeries(
    _ stream: RequirementChannel, tier: Tier?, spec: ChannelSpec?,
    intervals: [IntervalRequirement], notes: [String], scenario: Scenario
  ) throws(RequirementError) -> RequirementSeries {
    let intervalMinutes = scenario.intervalMinutes
    let n = ReferenceWeek.minutesPerWeek / intervalMinutes
    let shrinkage = scenario.roles[stream.role]?.shrinkage ?? scenario.staffing.shrinkage
    let paid = scenario.roles[stream.role].map { $0.paidHoursPerWeek.seconds / 3600 } ?? 40
    var rows = intervals
    var notes = notes
    if let curve = spec?.requirementCurve {
      let given = GivenCurve.resample(curve, intervalMinutes: intervalMinutes)
      rows = (0..<n).map { i in
        var row = i < intervals.count ? intervals[i] : IntervalRequirement(
          channel: stream, tier: tier, interval: i, intervalMinutes: intervalMinutes,
          arrivals: 0, agents: 0, scheduledAgents: 0, method: .givenCurve, load: 0)
        row.agents = given[i]
        row.method = .givenCurve
        row.serviceLevel = nil
        row.occupancy = nil
        return row
      }
      notes = ["requirement curve given in \(curve.path): " + GivenCurve.rule]
    }
    for i in rows.indices {
      guard let scheduled = Shrinkage.scheduledAgents(
        required: rows[i].agents, shrinkage: shrinkage)
      else {
        throw .invalidValue(field: "shrinkage of \(stream.role.rawValue)",
          reason: "must be below 100%")
      }
      rows[i].scheduledAgents = scheduled
    }
    if !paid.isFinite || paid <= 0 {
      throw .invalidValue(field: "roles.\(stream.role.rawValue).paid_hours",
        reason: "must be above 0 h")
    }
    let totals = RequirementTotals(
      intervals: rows, intervalMinutes: intervalMinutes, shrinkage: shrinkage,
      paidHoursPerFTE: paid)
    return RequirementSeries(
      channel: stream, tier: tier, intervals: rows, totals: totals, notes: notes)
  }

  /// Escalations per interval: share × every tier's tickets, each arriving at the tier's next
  /// open interval; nil when there are none.
  static func escalations(scenario: Scenario, demand: WeeklyDemand)
    throws(RequirementError) -> (EscalationPlan, [Double])?
  {
    let share = scenario.escalations.share.value
    guard share > 0 else { return nil }
    let n = demand.intervalCount
    var arrivals = [Double](repeating: 0, count: n)
    for tier in Tier.allCases {
      let weekly = Channel.ticketChannels.reduce(0.0) {
        $0 + (demand.weeklyTickets[tier]?[$1] ?? 0)
      }
      guard weekly > 0 else { continue }
      let carried = CoverageCarry.carried(
        demand.arrivalShape.map { $0 * weekly * share }, open: demand.open[tier])
      for i in 0..<n { arrivals[i] += carried[i] }
    }
    guard arrivals.contains(where: { $0 > 0 }) else { return nil }
    let plan = try EscalationStaffing.plan(
      arrivals: arrivals, intervalMinutes: demand.intervalMinutes,
      handleSeconds: scenario.escalations.handleTime.seconds,
      target: scenario.escalations.target, maxOccupancy: scenario.staffing.maxOccupancy)
    return (plan, arrivals)
  }
}

/// Moving arrivals out of closed intervals.
enum CoverageCarry {
  /// Arrivals of closed intervals added to the next open interval (cyclic over the week); the
  /// values unchanged when `open` is nil or never true.
  /// - Complexity: O(intervals).
  static func carried(_ arrivals: [Double], open: [Bool]?) -> [Double] {
    guard let open, open.contains(true) else { return arrivals }
    var result = arrivals
    let n = arrivals.count
    guard let firstOpen = open.firstIndex(of: true) else { return arrivals }
    var pending = 0.0
    for step in 1...n {
      let i = (firstOpen + step) % n
      if open[i] {
        result[i] += pending
        pending = 0
      } else {
        pending += arrivals[i]
        result[i] = 0
      }
    }
    return result
  }
}
