/// A share between 0 and 1, held exactly: written `80%` or `0.8` in flags and files.
public struct Percentage: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The share as an exact decimal in 0…1.
  public let fraction: ExactDecimal

  public init(fraction: ExactDecimal) {
    precondition(fraction <= ExactDecimal(1), "a percentage is at most 100%")
    self.fraction = fraction
  }

  public static let zero = Percentage(fraction: ExactDecimal(0))

  /// The share as a floating-point number in 0…1.
  public var value: Double { fraction.doubleValue }

  public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.fraction < rhs.fraction }

  /// Renders as a percentage, e.g. `80%` or `12.5%`.
  public var description: String {
    let percent = ExactDecimal(digits: fraction.digits, scale: fraction.scale)
    // fraction × 100, exactly: drop two decimal places or append zeros.
    if percent.scale >= 2 {
      return ExactDecimal(digits: percent.digits, scale: percent.scale - 2).description + "%"
    }
    var digits = percent.digits
    for _ in percent.scale..<2 { digits *= 10 }
    return String(digits) + "%"
  }

  /// What `parse` accepts, for error messages.
  public static let accepted = "a percentage such as 80% or a fraction such as 0.8 (0…100%)"

  /// Parses `80%`, `12.5%` or a fraction `0.8`. A bare number above 1 without `%` is rejected
  /// because `80` could mean 80% or 8000%.
  public static func parse(_ text: String) -> Result<Percentage, QuantityError> {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasSuffix("%") {
      guard let number = ExactDecimal(parsing: trimmed.dropLast().trimmingWhitespace()) else {
        return .failure(QuantityError(text: text, expected: accepted))
      }
      let fraction = number.dividedByHundred
      guard fraction <= ExactDecimal(1) else {
        return .failure(QuantityError(text: text, expected: accepted, problem: "over 100%"))
      }
      return .success(Percentage(fraction: fraction))
    }
    guard let number = ExactDecimal(parsing: Substring(trimmed)) else {
      if trimmed.hasPrefix("-") {
        return .failure(QuantityError(text: text, expected: accepted, problem: "negative"))
      }
      return .failure(QuantityError(text: text, expected: accepted))
    }
    guard number <= ExactDecimal(1) else {
      return .failure(
        QuantityError(
          text: text, expected: accepted,
          problem: "a bare number above 1 is ambiguous; write \(number)% for a percentage"))
    }
    return .success(Percentage(fraction: number))
  }
}

/// A quantity that could not be read: the text, what was wrong, and what is accepted.
public struct QuantityError: Error, Sendable, Equatable, CustomStringConvertible {
  public let text: String
  public let expected: String
  public let problem: String?

  public init(text: String, expected: String, problem: String? = nil) {
    self.text = text
    self.expected = expected
    self.problem = problem
  }

  public var description: String {
    if let problem {
      return "'\(text)' is \(problem); expected \(expected)"
    }
    return "'\(text)' is not valid; expected \(expected)"
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
