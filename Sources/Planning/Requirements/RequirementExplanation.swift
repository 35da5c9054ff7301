public import Queueing

/// Every input and intermediate value behind one interval's requirement on one stream:
/// what `staffplan requirements --explain "Tue 10:30 chat"` prints.
public struct RequirementExplanation: Sendable {
  public var slot: RequirementSlot
  public var intervalMinutes: Int
  /// The row as reported (agents, scheduled agents, method, load).
  public var requirement: IntervalRequirement
  /// Shrinkage of the stream's role and the exact rounding ⌈agents / (1 − shrinkage)⌉.
  public var shrinkage: Percentage
  /// agents / (1 − shrinkage) before rounding up.
  public var unroundedScheduled: Double
  public var detail: Detail
  /// The stream's modelling notes.
  public var notes: [String]

  /// The method-specific values.
  public enum Detail: Sendable {
    case live(LiveExplanation)
    case backlog(BacklogExplanation)
    case escalation(EscalationExplanation)
    case onCall(OnCallExplanation)
    /// A `requirements_csv` curve: the value is taken as given.
    case givenCurve(path: String)
  }
}

/// One tier of a live channel in the interval.
public struct LiveTierInput: Sendable, Equatable {
  public var tier: Tier
  /// Contacts arriving in the interval (expected).
  public var arrivals: Double
  /// Whether the tier's coverage is open; closed contacts join the email backlog.
  public var open: Bool
  /// Handle time as given, seconds.
  public var handleSeconds: Double
  /// AHT / f(c), seconds.
  public var effectiveHandleSeconds: Double
  public var target: ServiceTarget?
}

/// Chat or phone: the pooled queue under both policies and the Erlang search steps.
public struct LiveExplanation: Sendable {
  public var tiers: [LiveTierInput]
  /// Chats per agent and f(c) (nil for phone).
  public var concurrency: (chats: Int, factor: Double)?
  /// Patience, seconds (Erlang A), nil for Erlang C.
  public var patienceSeconds: Double?
  /// λ, contacts per second, open tiers pooled.
  public var arrivalsPerSecond: Double
  /// Arrival-weighted mean effective handle time, seconds.
  public var effectiveHandleSeconds: Double
  /// A = λ · EAHT, Erlangs.
  public var offeredLoad: Double
  public var maxOccupancy: Percentage
  /// Both policies side by side (Erlang C); with patience only FIFO (Erlang A).
  public var fifo: LiveQueueResult?
  public var premiumFirst: LiveQueueResult?
  public var erlangA: LiveQueueResult?
  /// The policy the scenario uses.
  public var policy: PriorityPolicy
  /// The tier classes in the order of each result's `serviceLevels`.
  public var fifoOrder: [Tier]
  public var premiumOrder: [Tier]
  /// The search of the strictest tier's target on the pooled traffic (`StaffingSearch`).
  public var search: StaffingResult?
  public var searchTier: Tier?
}

/// Email and tickets: the interval's line of the backlog balance.
public struct BacklogExplanation: Sendable, Equatable {
  /// Per tier: tickets arriving (email plus offline messages of closed live channels),
  /// handle time (s), target.
  public var tiers: [BacklogTierInput]
  /// Agent-seconds.
  public var arrivedWork: Double
  public var dueWork: Double
  public var backlogAtStart: Double
  /// The levelled plan's rate ρ_t (agent-seconds in this interval).
  public var levelledWork: Double
  public var doneWork: Double
  public var backlogAtEnd: Double
  /// Interval seconds × max occupancy.
  public var workPerAgent: Double
  public var weeksSimulated: Int
  public var periodic: Bool
}

/// One tier of the email desk in the interval.
public struct BacklogTierInput: Sendable, Equatable {
  public var tier: Tier
  /// Tickets arriving (email plus offline messages of closed live channels).
  public var tickets: Double
  public var handleSeconds: Double
  public var target: ServiceTarget?
}

/// Escalations: the time-varying data of the chain interval holding the slot.
public struct EscalationExplanation: Sendable, Equatable {
  public var arrivals: Double
  public var handleSeconds: Double
  public var target: ServiceTarget
  public var chainIntervalMinutes: Int
  /// Index of the chain interval.
  public var chainInterval: Int
  /// Mean modified offered load m̄ in the chain interval, Erlangs.
  public var modifiedLoad: Double
  public var molAgents: Int
  public var chainAgents: Int
  /// Service level of the chain interval under the transient chain at `chainAgents`.
  public var chainServiceLevel: Double
  public var rounds: Int
  public var converged: Bool
}

/// On-call: the incident load and the Erlang B steps to the number of teams.
public struct OnCallExplanation: Sendable, Equatable {
  public var incidentsPerMonth: Double
  public var durationSeconds: Double
  /// a = λ · D, Erlangs.
  public var load: Double
  /// B(k, a) for k = 1…teams.
  public var blocking: [Double]
  public var teams: Int
  public var responders: Int
  public var busyRisk: Double
}
