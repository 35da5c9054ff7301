/// Agents to schedule so that enough remain after shrinkage (breaks, training, absence).
public enum Shrinkage {
  /// ⌈N / (1 − s)⌉ in exact integer arithmetic: with s = p/10^k this is ⌈N·10^k / (10^k − p)⌉,
  /// so 7 agents at 30% shrinkage is exactly 10 (floating point gives 10.000000000000002 → 11).
  /// Returns nil when shrinkage is 100% (no one is ever available).
  public static func scheduledAgents(required: Int, shrinkage: Percentage) -> Int? {
    let denominator = shrinkage.fraction.denominator
    let available = denominator - shrinkage.fraction.digits  // 10^k − p
    guard available > 0 else { return nil }
    let product = Int64(required).multipliedFullWidth(by: denominator)
    let (quotient, remainder) = available.dividingFullWidth(product)
    return Int(quotient) + (remainder > 0 ? 1 : 0)
  }
}
