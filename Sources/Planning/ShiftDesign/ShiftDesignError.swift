/// Why a shift design could not be set up; each case names the offending input.
public enum ShiftDesignError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The interval does not divide a day.
  case invalidInterval(minutes: Int)
  /// `required` (or `floor`) has the wrong number of values.
  case wrongIntervalCount(what: String, count: Int, expected: Int)
  /// A requirement or floor value is negative or not finite.
  case invalidRequirement(what: String, interval: Int, value: Double)
  /// A template whose length, start, day or break cannot be used.
  case invalidTemplate(name: String, problem: String)
  /// No template at all, or no shift generated from them.
  case noShifts
  /// A penalty or option that is negative or not finite.
  case invalidOption(name: String, value: Double)
  /// CBC could not be run (see the message).
  case solverFailed(String)

  public var description: String {
    switch self {
    case .invalidInterval(let minutes):
      return "interval of \(minutes) minutes does not divide a day; use 15, 30 or 60"
    case .wrongIntervalCount(let what, let count, let expected):
      return "\(what) has \(count) values; a week of this interval needs \(expected)"
    case .invalidRequirement(let what, let interval, let value):
      return "\(what)[\(interval)] is \(value); values must be finite and ≥ 0"
    case .invalidTemplate(let name, let problem):
      return "shift template '\(name)': \(problem)"
    case .noShifts:
      return "no shift can be generated from the templates"
    case .invalidOption(let name, let value):
      return "shift design option \(name) is \(value); it must be finite and ≥ 0"
    case .solverFailed(let message):
      return "the MIP solver failed: \(message)"
    }
  }
}
