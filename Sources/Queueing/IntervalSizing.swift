/// One interval's contacts and targets, as a planner states them: the input of `staffplan erlang`.
public struct IntervalSizingRequest: Sendable, Equatable {
  /// Contacts arriving in the interval (may be fractional, ≥ 0).
  public var volume: Double
  /// Interval length.
  public var interval: TimeSpan
  /// Mean handle time of one contact (per chat for chat).
  public var handleTime: TimeSpan
  /// Targets the answer must meet (ignored when `agents` is given).
  public var targets: StaffingTargets
  /// Share of paid time agents are unavailable; scheduled = ⌈N / (1 − shrinkage)⌉.
  public var shrinkage: Percentage
  /// Mean patience; when set, the model is Erlang A.
  public var patience: TimeSpan?
  /// Concurrent chats per agent (chat); nil or 1 for one contact at a time.
  public var concurrency: Int?
  /// Overrides the concurrency factor f(c) of the default table.
  public var concurrencyFactor: Double?
  /// Evaluate this many agents instead of searching for the smallest that meets the targets.
  public var agents: Int?

  public init(
    volume: Double, interval: TimeSpan, handleTime: TimeSpan, targets: StaffingTargets,
    shrinkage: Percentage = .zero, patience: TimeSpan? = nil, concurrency: Int? = nil,
    concurrencyFactor: Double? = nil, agents: Int? = nil
  ) {
    self.volume = volume
    self.interval = interval
    self.handleTime = handleTime
    self.targets = targets
    self.shrinkage = shrinkage
    self.patience = patience
    self.concurrency = concurrency
    self.concurrencyFactor = concurrencyFactor
    self.agents = agents
  }

  public var model: QueueModel { patience == nil ? .erlangC : .erlangA }
}

/// Why an interval cannot be sized.
public enum IntervalSizingError: Error, Equatable, CustomStringConvertible {
  case invalid(field: String, reason: String)
  case staffing(StaffingError)

  public var description: String {
    switch self {
    case .invalid(let field, let reason): return "\(field): \(reason)"
    case .staffing(let error): return error.description
    }
  }
}

/// The answer for one interval: the agents, what they deliver, a staffing table around them and
/// the steps that led there.
public struct IntervalSizing: Sendable {
  public let request: IntervalSizingRequest
  /// Handle time after concurrency (AHT / f(c)), seconds.
  public let effectiveHandleSeconds: Double
  /// f(c) used, when concurrency applies.
  public let concurrencyFactor: Double?
  public let traffic: Traffic
  /// Agents needed (or evaluated).
  public let agents: Int
  /// ⌈agents / (1 − shrinkage)⌉.
  public let scheduledAgents: Int
  public let metrics: QueueMetrics
  /// The search, when sizing (nil when evaluating a given number of agents).
  public let search: StaffingResult?
  /// Rows N−3 … N+5 (from the smallest sensible N) with every metric.
  public let table: [StaffingTableRow]

  public var model: QueueModel { request.model }
  public var offeredLoad: Double { traffic.offeredLoad }

  /// Sizes (or evaluates) one interval.
  /// - Complexity: O(N) for Erlang C; O(N + log N series evaluations) for Erlang A.
  public init(_ request: IntervalSizingRequest) throws(IntervalSizingError) {
    self.request = request
    guard request.volume >= 0, request.volume.isFinite else {
      throw .invalid(field: "volume", reason: "must be a number ≥ 0")
    }
    guard request.interval.seconds > 0 else {
      throw .invalid(field: "interval", reason: "must be longer than 0 s")
    }
    guard request.handleTime.seconds > 0 else {
      throw .invalid(field: "aht", reason: "must be longer than 0 s")
    }
    if let patience = request.patience, patience.seconds <= 0 {
      throw .invalid(field: "patience", reason: "must be longer than 0 s")
    }
    var handle = request.handleTime.seconds
    var factor: Double?
    if let concurrency = request.concurrency {
      guard concurrency >= 1 else {
        throw .invalid(field: "concurrency", reason: "must be a whole number ≥ 1")
      }
      guard let f = ChatConcurrency.factor(
        concurrency: concurrency, override: request.concurrencyFactor)
      else {
        throw .invalid(
          field: "concurrency",
          reason: "the default factor table covers 1…5 chats; give --concurrency-factor for "
            + "\(concurrency)")
      }
      guard f > 0 else { throw .invalid(field: "concurrency-factor", reason: "must be above 0") }
      factor = f
      handle = ChatConcurrency.effectiveHandleSeconds(ahtSeconds: handle, factor: f)
    } else if let override = request.concurrencyFactor {
      guard override > 0 else {
        throw .invalid(field: "concurrency-factor", reason: "must be above 0")
      }
      factor = override
      handle /= override
    }
    effectiveHandleSeconds = handle
    concurrencyFactor = factor
    let traffic = Traffic(
      volume: request.volume, intervalSeconds: request.interval.seconds, handleSeconds: handle)
    self.traffic = traffic
    guard request.shrinkage.fraction < ExactDecimal(1) else {
      throw .invalid(field: "shrinkage", reason: "must be below 100% (no one would be available)")
    }

    let evaluate = Self.evaluator(request: request, traffic: traffic)
    if let given = request.agents {
      guard given >= 0 else { throw .invalid(field: "agents", reason: "must be ≥ 0") }
      agents = given
      metrics = evaluate(given)
      search = nil
    } else {
      do {
        let result: StaffingResult
        if let patience = request.patience {
          result = try StaffingSearch.erlangA(
            traffic: traffic, patienceSeconds: patience.seconds, targets: request.targets)
        } else {
          result = try StaffingSearch.erlangC(traffic: traffic, targets: request.targets)
        }
        agents = result.agents
        metrics = result.metrics
        search = result
      } catch {
        throw .staffing(error)
      }
    }
    // Shrinkage below 100% was checked above, so the scheduled count exists.
    scheduledAgents = Shrinkage.scheduledAgents(required: agents, shrinkage: request.shrinkage) ?? 0
    let low = max(request.volume > 0 ? 1 : 0, agents - 3)
    table = (low...(agents + 5)).map { n in
      StaffingTableRow(
        metrics: evaluate(n),
        scheduledAgents: Shrinkage.scheduledAgents(required: n, shrinkage: request.shrinkage) ?? 0)
    }
  }

  /// A function from N to metrics for the request's model.
  static func evaluator(request: IntervalSizingRequest, traffic: Traffic) -> (Int) -> QueueMetrics
  {
    let target = request.targets.targetSeconds
    if let patience = request.patience {
      return { n in
        ErlangA.metrics(
          agents: n, traffic: traffic, patienceSeconds: patience.seconds, targetSeconds: target)
      }
    }
    return { n in ErlangC.metrics(agents: n, traffic: traffic, targetSeconds: target) }
  }
}

/// One row of a staffing table.
public struct StaffingTableRow: Sendable, Equatable {
  public let metrics: QueueMetrics
  public let scheduledAgents: Int
}
