/// A non-negative decimal number held exactly as `digits / 10^scale`.
///
/// Percentages and durations are parsed into this type so that rounding decisions such as
/// "7 agents at 30% shrinkage is 7 / 0.7 = 10 scheduled" are made in exact arithmetic
/// (floating point gives 10.000000000000002 and would round up to 11).
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The integer significand: the value times `10^scale`.
  public let digits: Int64
  /// The number of decimal places, 0…15.
  public let scale: Int

  public init(digits: Int64, scale: Int) {
    precondition(scale >= 0 && scale <= 15 && digits >= 0, "ExactDecimal out of range")
    self.digits = digits
    self.scale = scale
  }

  public init(_ integer: Int) {
    self.init(digits: Int64(integer), scale: 0)
  }

  /// Parses a plain decimal such as `12`, `0.8`, `1.25` or `.5`; no sign, no exponent.
  /// Returns nil for anything else (the caller says what is accepted).
  public init?(parsing text: Substring) {
    var digits: Int64 = 0
    var scale = 0
    var seenPoint = false
    var seenDigit = false
    for character in text {
      if character == "." {
        if seenPoint { return nil }
        seenPoint = true
        continue
      }
      guard let value = character.wholeNumberValue, character.isASCII else { return nil }
      seenDigit = true
      if seenPoint {
        if scale == 15 { continue }  // digits past 1e-15 cannot matter here
        scale += 1
      }
      let (times10, overflow1) = digits.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int64(value))
      if overflow1 || overflow2 { return nil }
      digits = sum
    }
    guard seenDigit else { return nil }
    self.init(digits: digits, scale: scale)
  }

  public init?(parsing text: String) {
    self.init(parsing: Substring(text))
  }

  /// `10^scale` as an integer.
  public var denominator: Int64 {
    var result: Int64 = 1
    for _ in 0..<scale { result *= 10 }
    return result
  }

  public var doubleValue: Double { Double(digits) / Double(denominator) }

  public var isZero: Bool { digits == 0 }

  /// This value divided by 100 (for "80%" → 0.8), exact.
  public var dividedByHundred: ExactDecimal {
    if scale <= 13 { return ExactDecimal(digits: digits, scale: scale + 2) }
    return ExactDecimal(digits: digits / 100, scale: scale)
  }

  public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.scaled(to: scale) < rhs.scaled(to: scale)
  }

  public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.scaled(to: scale) == rhs.scaled(to: scale)
  }

  public func hash(into hasher: inout Hasher) {
    var digits = self.digits
    var scale = self.scale
    while scale > 0 && digits % 10 == 0 {
      digits /= 10
      scale -= 1
    }
    hasher.combine(digits)
    hasher.combine(scale)
  }

  /// The significand at a larger scale, as a wide integer so comparisons never overflow.
  func scaled(to newScale: Int) -> (high: Int64, low: UInt64) {
    var value = (high: Int64(0), low: UInt64(digits))
    for _ in scale..<newScale {
      let product = value.low.multipliedFullWidth(by: 10)
      value = (value.high * 10 + Int64(product.high), product.low)
    }
    return value
  }

  public var description: String {
    if scale == 0 { return String(digits) }
    let denominator = self.denominator
    var fraction = String(digits % denominator)
    while fraction.count < scale { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let whole = String(digits / denominator)
    return fraction.isEmpty ? whole : whole + "." + fraction
  }
}
