public import Queueing

/// The customers of one tier and how many tickets they raise.
public struct CustomerSegment: Sendable, Equatable {
  /// How tickets per month are given.
  public enum Volume: Sendable, Equatable {
    /// `tickets_per_customer:` — tickets per customer per month (× count).
    case perCustomer(ExactDecimal)
    /// `monthly_tickets:` — the tier's tickets per month, explicitly.
    case monthly(Int)
  }

  /// `count:` — active customers (Enterprise: accounts). Used by ratios and TAM coverage.
  public var count: Int
  public var volume: Volume
  /// `channels:` — share of this tier's tickets on each ticket channel; sums to 100%.
  public var channelMix: [Channel: Percentage]

  public init(count: Int, volume: Volume, channelMix: [Channel: Percentage]) {
    self.count = count
    self.volume = volume
    self.channelMix = channelMix
  }

  /// Tickets per month before deflection: count × per-customer rate, or the explicit volume.
  public var monthlyTickets: Double {
    switch volume {
    case .perCustomer(let rate): return Double(count) * rate.doubleValue
    case .monthly(let tickets): return Double(tickets)
    }
  }
}

/// One ticket channel: handle times, targets and queue behaviour.
public struct ChannelSpec: Sendable, Equatable {
  /// `handle_time:` — mean handle time per tier (one duration, or one per tier).
  public var handleTime: [Tier: TimeSpan]
  /// `targets:` — the service target of each tier served on this channel.
  public var targets: [Tier: ServiceTarget]
  /// `concurrency:` — chats one agent handles at once (1 for email and phone).
  public var concurrency: Int
  /// `concurrency_factors:` — optional override of the factor table f(c) (DESIGN.md §4);
  /// nil uses `ChatConcurrency.defaultFactors`.
  public var concurrencyFactors: [Int: ExactDecimal]?
  /// `patience:` — mean time before a waiting customer abandons; switches to Erlang A.
  public var patience: TimeSpan?
  /// `requirements_csv:` — a requirement curve given directly, replacing the computation.
  public var requirementCurve: RequirementCurve?

  public init(
    handleTime: [Tier: TimeSpan], targets: [Tier: ServiceTarget], concurrency: Int = 1,
    concurrencyFactors: [Int: ExactDecimal]? = nil, patience: TimeSpan? = nil,
    requirementCurve: RequirementCurve? = nil
  ) {
    self.handleTime = handleTime
    self.targets = targets
    self.concurrency = concurrency
    self.concurrencyFactors = concurrencyFactors
    self.patience = patience
    self.requirementCurve = requirementCurve
  }
}

/// "`service_level` of contacts answered (or first-responded) within `within`".
public struct ServiceTarget: Sendable, Equatable {
  /// `within:` — answer time (chat, phone) or first-response window (email).
  public var within: TimeSpan
  /// `service_level:` — share of contacts that must meet `within`.
  public var serviceLevel: Percentage
  /// `business_hours:` — the window only runs inside the tier's coverage window (email).
  public var businessHoursOnly: Bool

  public init(within: TimeSpan, serviceLevel: Percentage, businessHoursOnly: Bool = false) {
    self.within = within
    self.serviceLevel = serviceLevel
    self.businessHoursOnly = businessHoursOnly
  }
}

/// A requirement curve given directly: `day,start,required` rows on the planning grid.
public struct RequirementCurve: Sendable, Equatable {
  public struct Point: Sendable, Equatable {
    public var day: Weekday
    public var start: TimeOfDay
    /// Agents required in the interval starting at `start`, ≥ 0.
    public var required: Int

    public init(day: Weekday, start: TimeOfDay, required: Int) {
      self.day = day
      self.start = start
      self.required = required
    }
  }

  /// The file as written in the scenario (relative to the scenario file).
  public var path: String
  /// Rows in file order.
  public var points: [Point]

  public init(path: String, points: [Point]) {
    self.path = path
    self.points = points
  }
}

/// The days and local hours a tier is served, e.g. Mon–Fri 09:00–18:00 or 24×7.
public struct CoverageWindow: Sendable, Equatable {
  public var days: [Weekday]
  public var start: TimeOfDay
  /// Exclusive end; `24:00` for "until midnight".
  public var end: TimeOfDay

  public init(days: [Weekday], start: TimeOfDay, end: TimeOfDay) {
    self.days = days
    self.start = start
    self.end = end
  }

  public static let aroundTheClock = CoverageWindow(
    days: Weekday.allCases, start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 1440))

  /// Whether the window covers every minute of every day.
  public var isAroundTheClock: Bool { self == .aroundTheClock }
}

/// The shape of inbound volume over a day and over a week, in each region's local time.
public struct ArrivalProfile: Sendable, Equatable {
  /// A piecewise-constant weight starting at `start` until the next point (or 24:00).
  public struct Point: Sendable, Equatable {
    public var start: TimeOfDay
    public var weight: ExactDecimal

    public init(start: TimeOfDay, weight: ExactDecimal) {
      self.start = start
      self.weight = weight
    }
  }

  /// `intraday:` — `support-business-day` (built in) or the CSV path it was read from.
  public var intradaySource: String
  /// Relative weights of the day, by start time; share of a day's volume = weight / Σ weight.
  public var intraday: [Point]
  /// `weekday:` — relative weights of the days; share of a week = weight / Σ weight.
  public var weekday: [Weekday: ExactDecimal]

  public init(intradaySource: String, intraday: [Point], weekday: [Weekday: ExactDecimal]) {
    self.intradaySource = intradaySource
    self.intraday = intraday
    self.weekday = weekday
  }
}

/// Self-service levers, each a share of inbound tickets that never reaches an agent.
///
/// The levers add up: deflected share = knowledge base + chatbot + automated triage (≤ 100%).
public struct Deflection: Sendable, Equatable {
  public var knowledgeBase: Percentage
  public var chatbot: Percentage
  public var automatedTriage: Percentage

  public init(knowledgeBase: Percentage, chatbot: Percentage, automatedTriage: Percentage) {
    self.knowledgeBase = knowledgeBase
    self.chatbot = chatbot
    self.automatedTriage = automatedTriage
  }

  /// The deflected share of inbound, exact: the sum of the three levers.
  public var total: ExactDecimal {
    ExactDecimal.sum([knowledgeBase.fraction, chatbot.fraction, automatedTriage.fraction])
      ?? ExactDecimal(1)
  }
}

/// How two tiers share one queue.
public enum PriorityPolicy: String, Sendable, Equatable, CaseIterable {
  /// First come, first served: every tier sees the same wait, the strictest target binds.
  case fifo
  /// Non-preemptive priority for Enterprise over Standard over Community.
  case premiumFirst = "premium-first"
}

/// Queue-wide staffing parameters.
public struct StaffingPolicy: Sendable, Equatable {
  /// `shrinkage:` — share of paid time not available for contacts (breaks, training, …).
  public var shrinkage: Percentage
  /// `max_occupancy:` — cap on the share of time an agent is busy.
  public var maxOccupancy: Percentage
  /// `priority:` — `fifo` or `premium-first`.
  public var priority: PriorityPolicy

  public init(shrinkage: Percentage, maxOccupancy: Percentage, priority: PriorityPolicy) {
    self.shrinkage = shrinkage
    self.maxOccupancy = maxOccupancy
    self.priority = priority
  }
}

/// Tickets escalated to engineers, whose work lasts hours (DESIGN.md §4, long service times).
public struct Escalations: Sendable, Equatable {
  /// `share:` — share of tickets (after deflection) escalated.
  public var share: Percentage
  /// `handle_time:` — engineer time per escalation.
  public var handleTime: TimeSpan
  /// `target:` — response target of an escalation.
  public var target: ServiceTarget

  public init(share: Percentage, handleTime: TimeSpan, target: ServiceTarget) {
    self.share = share
    self.handleTime = handleTime
    self.target = target
  }
}

/// P1 incidents on the hotline: a 24/7 responder requirement.
public struct Incidents: Sendable, Equatable {
  /// `per_month:` — P1 incidents per month.
  public var perMonth: ExactDecimal
  /// `duration:` — mean time from page to mitigation.
  public var duration: TimeSpan
  /// `responders:` — people engaged per incident.
  public var responders: Int
  /// `acknowledge_within:` — acknowledgement target.
  public var acknowledgeWithin: TimeSpan

  public init(
    perMonth: ExactDecimal, duration: TimeSpan, responders: Int, acknowledgeWithin: TimeSpan
  ) {
    self.perMonth = perMonth
    self.duration = duration
    self.responders = responders
    self.acknowledgeWithin = acknowledgeWithin
  }
}

extension ExactDecimal {
  /// The exact sum of non-negative decimals, nil on overflow.
  public static func sum(_ values: [ExactDecimal]) -> ExactDecimal? {
    let scale = values.map(\.scale).max() ?? 0
    var total: Int64 = 0
    for value in values {
      var digits = value.digits
      for _ in value.scale..<scale {
        let (product, overflow) = digits.multipliedReportingOverflow(by: 10)
        if overflow { return nil }
        digits = product
      }
      let (next, overflow) = total.addingReportingOverflow(digits)
      if overflow { return nil }
      total = next
    }
    return ExactDecimal(digits: total, scale: scale)
  }
}
