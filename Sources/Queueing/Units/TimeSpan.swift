/// A length of time with an explicit unit in its text: `20s`, `4m`, `1.5h`, `2d`.
///
/// Held as exact decimal seconds so that `1.5h` is exactly 5400 s.
public struct TimeSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Whole and fractional seconds, exact.
  public let exactSeconds: ExactDecimal

  public init(exactSeconds: ExactDecimal) { self.exactSeconds = exactSeconds }

  public init(seconds: Int) { self.exactSeconds = ExactDecimal(seconds) }

  /// Seconds as a floating-point number.
  public var seconds: Double { exactSeconds.doubleValue }

  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
    lhs.exactSeconds < rhs.exactSeconds
  }

  /// Renders in the largest unit that keeps the value whole: `30m`, `20s`, `1.5h` → `90m`.
  public var description: String {
    let seconds = exactSeconds
    if seconds.scale == 0 && seconds.digits > 0 {
      if seconds.digits % 86_400 == 0 { return "\(seconds.digits / 86_400)d" }
      if seconds.digits % 3600 == 0 { return "\(seconds.digits / 3600)h" }
      if seconds.digits % 60 == 0 { return "\(seconds.digits / 60)m" }
    }
    return "\(seconds)s"
  }

  /// What `parse` accepts, for error messages.
  public static let accepted = "a duration with a unit: s, m, h or d (e.g. 20s, 4m, 1.5h)"

  /// Parses a non-negative decimal followed by a unit `s`, `m`/`min`, `h` or `d`.
  public static func parse(_ text: String) -> Result<TimeSpan, QuantityError> {
    let trimmed = text.trimmingWhitespace()
    let units: [(suffix: String, seconds: Int64)] = [
      ("min", 60), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400),
    ]
    if trimmed.hasPrefix("-") {
      return .failure(QuantityError(text: text, expected: accepted, problem: "negative"))
    }
    for unit in units where trimmed.hasSuffix(unit.suffix) {
      let numberText = trimmed.dropLast(unit.suffix.count).trimmingWhitespace()
      guard let number = ExactDecimal(parsing: Substring(numberText)) else { break }
      let (product, overflow) = number.digits.multipliedReportingOverflow(by: unit.seconds)
      guard !overflow else { break }
      return .success(TimeSpan(exactSeconds: ExactDecimal(digits: product, scale: number.scale)))
    }
    if ExactDecimal(parsing: Substring(trimmed)) != nil {
      return .failure(
        QuantityError(text: text, expected: accepted, problem: "a number without a unit"))
    }
    return .failure(QuantityError(text: text, expected: accepted))
  }
}
