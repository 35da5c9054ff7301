/// Erlang B (M/M/N/N): the probability that an arrival finds all N lines busy.
///
/// Computed by the recursion B₀ = 1, B_k = A·B_{k−1} / (k + A·B_{k−1}), which never forms a
/// factorial or a power and stays in [0, 1] for every offered load, so it neither overflows nor
/// loses precision (Jagerman 1974). Source: DESIGN.md §4.
public enum ErlangB {
  /// Blocking probability for `lines` servers at `offeredLoad` Erlangs.
  /// Requires offeredLoad ≥ 0 and lines ≥ 0. Returns 1 for 0 lines.
  /// - Complexity: O(lines).
  public static func blocking(lines: Int, offeredLoad: Double) -> Double {
    var sequence = ErlangBSequence(offeredLoad: offeredLoad)
    sequence.advance(to: lines)
    return sequence.blocking
  }
}

/// Erlang B values for successive numbers of servers, one step at a time.
///
/// Staffing searches walk N upward; keeping B_N and stepping to B_{N+1} in O(1) makes a whole
/// search O(N) instead of O(N²).
public struct ErlangBSequence: Sendable {
  /// Offered load A in Erlangs.
  public let offeredLoad: Double
  /// The number of servers of `blocking`.
  public private(set) var servers: Int = 0
  /// B(servers, A).
  public private(set) var blocking: Double = 1

  public init(offeredLoad: Double) {
    self.offeredLoad = offeredLoad
  }

  /// Moves to one more server: B_{k+1} = A·B_k / (k + 1 + A·B_k).
  public mutating func step() {
    servers += 1
    let product = offeredLoad * blocking
    blocking = product / (Double(servers) + product)
  }

  /// Moves forward to `target` servers (no-op when already there or beyond).
  /// - Complexity: O(target − servers).
  public mutating func advance(to target: Int) {
    while servers < target { step() }
  }
}
