import Foundation

/// Fixed, locale-independent number formats for text output (same input, same bytes).
public enum NumberText {
  /// `0.8459` → `84.59%` with `decimals` places.
  public static func percent(_ fraction: Double, decimals: Int = 2) -> String {
    guard fraction.isFinite else { return "n/a" }
    return String(format: "%.\(decimals)f%%", fraction * 100)
  }

  /// A number with a fixed number of decimals.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "n/a" }
    var text = String(format: "%.\(decimals)f", value)
    if text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 { text.removeFirst() }
    return text
  }

  /// Seconds with one decimal and the unit: `8.2 s`; `n/a` when nil or not finite.
  public static func seconds(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "n/a" }
    return fixed(value, decimals: 1) + " s"
  }

  /// A number with up to `decimals` decimals and no trailing zeros: `12`, `12.5`.
  public static func trimmed(_ value: Double, decimals: Int = 4) -> String {
    var text = fixed(value, decimals: decimals)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }
}
