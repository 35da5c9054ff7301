/// What a number of agents delivers on one interval's traffic.
///
/// Probabilities are in 0…1; times are in seconds. A metric that does not exist for the
/// model or the staffing (ASA of an unstable Erlang C queue) is nil.
public struct QueueMetrics: Sendable, Equatable {
  /// Agents on the phones (or chats): N.
  public var agents: Int
  /// Probability that an arriving contact waits at all.
  public var waitProbability: Double
  /// Share of contacts answered within the target time (see `ServiceLevelDefinition`).
  public var serviceLevel: Double
  /// Average speed of answer: mean wait of answered contacts, seconds. Nil when the queue is
  /// unstable (Erlang C with N ≤ A).
  public var asa: Double?
  /// Share of agent time busy with contacts: carried load / N.
  public var occupancy: Double
  /// Probability that a contact abandons (Erlang A only).
  public var abandonProbability: Double?
  /// Mean wait of all arriving contacts, answered or abandoned, seconds (Erlang A only;
  /// E[Q]/λ by Little's law).
  public var meanWaitAll: Double?

  public init(
    agents: Int, waitProbability: Double, serviceLevel: Double, asa: Double?,
    occupancy: Double, abandonProbability: Double? = nil, meanWaitAll: Double? = nil
  ) {
    self.agents = agents
    self.waitProbability = waitProbability
    self.serviceLevel = serviceLevel
    self.asa = asa
    self.occupancy = occupancy
    self.abandonProbability = abandonProbability
    self.meanWaitAll = meanWaitAll
  }

  /// Whether the queue is stable (Erlang C needs N > A; Erlang A is always stable).
  public var isStable: Bool { asa != nil }
}

/// Which queueing model produced a figure.
public enum QueueModel: String, Sendable, Codable, CaseIterable {
  /// M/M/N: no abandonment.
  case erlangC
  /// M/M/N+M: exponential patience.
  case erlangA

  /// How the service level of this model is defined, for output.
  public var serviceLevelDefinition: String {
    switch self {
    case .erlangC:
      return "share of contacts answered within the target (Erlang C: every contact is answered)"
    case .erlangA:
      return "share of all arriving contacts answered within the target; "
        + "contacts that abandon count as missed"
    }
  }
}
