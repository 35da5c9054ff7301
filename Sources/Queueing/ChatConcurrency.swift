/// Chat agents handle several chats at once; they work more slowly on each.
///
/// Effective handle time EAHT = AHT / f(c), where f(c) is how many chats' worth of work an agent
/// completes while holding c chats at once. The industry table (DESIGN.md §4) is
/// f(1) = 1.0, f(2) = 1.7, f(3) = 2.5, f(4) = 2.9, f(5) = 3.5. Example: 120 chats/h, AHT 15 min,
/// c = 3 → EAHT 360 s, A = 12 Erlangs, 80% in 60 s needs 15 agents (naive A/3 gives 10).
public enum ChatConcurrency {
  /// The default throughput factors f(1)…f(5).
  public static let defaultFactors: [Int: Double] = [1: 1.0, 2: 1.7, 3: 2.5, 4: 2.9, 5: 3.5]

  /// The factor for `concurrency` chats, from the override or the default table; nil when the
  /// table has no entry (concurrency above 5 without an override).
  public static func factor(concurrency: Int, override: Double? = nil) -> Double? {
    if let override { return override }
    return defaultFactors[concurrency]
  }

  /// AHT / f(c), seconds.
  public static func effectiveHandleSeconds(ahtSeconds: Double, factor: Double) -> Double {
    ahtSeconds / factor
  }
}
