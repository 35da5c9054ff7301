public import Queueing

/// The work streams a requirement is computed for: the three ticket channels, escalation
/// engineers and the P1 on-call rota.
public enum RequirementChannel: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  case email, chat, phone
  /// Escalation engineers (`escalations:`).
  case escalation
  /// P1 on-call responders (`incidents:`, the hotline).
  case onCall = "on-call"

  /// The stream of a ticket channel (`incident` is the on-call rota).
  public init(_ channel: Channel) {
    switch channel {
    case .email: self = .email
    case .chat: self = .chat
    case .phone: self = .phone
    case .incident: self = .onCall
    }
  }

  /// The role whose shrinkage and paid hours apply.
  public var role: RoleKind {
    switch self {
    case .email, .chat, .phone: return .agent
    case .escalation: return .escalationEngineer
    case .onCall: return .onCall
    }
  }

  public static func < (lhs: RequirementChannel, rhs: RequirementChannel) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// How an interval's agents were found; printed beside every requirement.
public enum RequirementMethod: String, Sendable, Hashable, CaseIterable, Codable {
  /// One pooled M/M/N queue, every tier sees the same wait, the strictest target binds.
  case erlangCFIFO = "erlang-c fifo"
  /// As `erlangCFIFO` with exponential patience (M/M/N+M).
  case erlangAFIFO = "erlang-a fifo"
  /// Non-preemptive priority by tier in one M/M/N queue (Cobham; DESIGN.md §4).
  case erlangCPremiumFirst = "erlang-c premium-first"
  /// Deferrable work answered inside its window: lazy earliest-deadline backlog balance.
  case backlog
  /// Modified offered load, raised against the transient birth–death chain (long work).
  case timeVarying = "time-varying"
  /// The P1 on-call floor: responders × Erlang B teams, 24/7.
  case onCall = "on-call"
  /// The scenario's `requirements_csv`.
  case givenCurve = "given curve"
  /// The channel is closed for every tier in the interval: no agents.
  case closed
}

/// The service level one tier of a live queue receives in an interval, at its own target.
public struct TierServiceLevel: Sendable, Equatable {
  public var tier: Tier
  /// Contacts of the tier arriving in the interval, expected value.
  public var arrivals: Double
  /// Share answered within the tier's target at the interval's agents (nil: no target).
  public var serviceLevel: Double?

  public init(tier: Tier, arrivals: Double, serviceLevel: Double?) {
    self.tier = tier
    self.arrivals = arrivals
    self.serviceLevel = serviceLevel
  }
}

/// One interval's requirement on one stream.
public struct IntervalRequirement: Sendable, Equatable {
  public var channel: RequirementChannel
  /// The tier, when the stream serves exactly one tier; nil when tiers are pooled.
  public var tier: Tier?
  /// Index of the interval in the week (0 = Monday 00:00 UTC).
  public var interval: Int
  public var day: Weekday
  /// Start of the interval, UTC.
  public var time: TimeOfDay
  /// Contacts (or escalations, incidents) arriving in the interval, expected value.
  public var arrivals: Double
  /// Agents needed on the floor (productive, before shrinkage).
  public var agents: Int
  /// ⌈agents / (1 − shrinkage)⌉, exact.
  public var scheduledAgents: Int
  public var method: RequirementMethod
  /// Offered (or modified offered) load in Erlangs; for the backlog, work due or done this
  /// interval in agent-seconds / interval seconds.
  public var load: Double
  /// The service level the agents deliver for the binding tier (nil where not defined).
  public var serviceLevel: Double?
  /// Load / agents (nil with no agents).
  public var occupancy: Double?
  /// Chat and phone: each open tier's arrivals and service level at its own target under
  /// the queue's policy (FIFO: one wait for all; premium-first: by class). Empty otherwise.
  public var tierServiceLevels: [TierServiceLevel] = []

  public init(
    channel: RequirementChannel, tier: Tier?, interval: Int, intervalMinutes: Int,
    arrivals: Double, agents: Int, scheduledAgents: Int, method: RequirementMethod,
    load: Double, serviceLevel: Double? = nil, occupancy: Double? = nil
  ) {
    self.channel = channel
    self.tier = tier
    self.interval = interval
    let minute = interval * intervalMinutes
    self.day = Weekday.allCases[min(6, minute / 1440)]
    self.time = TimeOfDay(minutes: minute % 1440)
    self.arrivals = arrivals
    self.agents = agents
    self.scheduledAgents = scheduledAgents
    self.method = method
    self.load = load
    self.serviceLevel = serviceLevel
    self.occupancy = occupancy
  }
}

/// Weekly totals of one stream.
public struct RequirementTotals: Sendable, Equatable {
  /// Σ agents × interval hours: productive agent-hours per week.
  public var agentHours: Double
  /// Σ scheduled agents × interval hours.
  public var scheduledHours: Double
  public var peakAgents: Int
  public var peakScheduledAgents: Int
  /// Paid hours per FTE per week used (the role's `paid_hours`, 40 h when absent).
  public var paidHoursPerFTE: Double
  /// Shrinkage of the role.
  public var shrinkage: Percentage
  /// FTE = agent-hours / (1 − shrinkage) / paid hours per FTE (DESIGN.md §4 "Headcount").
  public var fte: Double
  /// Arrivals over the week.
  public var arrivals: Double

  public init(
    intervals: [IntervalRequirement], intervalMinutes: Int, shrinkage: Percentage,
    paidHoursPerFTE: Double
  ) {
    let hours = Double(intervalMinutes) / 60
    agentHours = intervals.reduce(0) { $0 + Double($1.agents) } * hours
    scheduledHours = intervals.reduce(0) { $0 + Double($1.scheduledAgents) } * hours
    peakAgents = intervals.map(\.agents).max() ?? 0
    peakScheduledAgents = intervals.map(\.scheduledAgents).max() ?? 0
    arrivals = intervals.reduce(0) { $0 + $1.arrivals }
    self.paidHoursPerFTE = paidHoursPerFTE
    self.shrinkage = shrinkage
    let available = 1 - shrinkage.value
    fte = available > 0 && paidHoursPerFTE > 0 ? agentHours / available / paidHoursPerFTE : 0
  }
}

/// The requirement curve of one stream over the week.
public struct RequirementSeries: Sendable, Equatable {
  public var channel: RequirementChannel
  /// The tier when the stream serves one tier only; nil when pooled.
  public var tier: Tier?
  /// One entry per interval of the week, in order.
  public var intervals: [IntervalRequirement]
  public var totals: RequirementTotals
  /// Modelling notes for this stream (assumptions, approximations, convergence).
  public var notes: [String]
}
