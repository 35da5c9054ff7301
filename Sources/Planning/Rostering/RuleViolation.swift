/// A labour rule broken by one agent on one date, with the amount.
public struct RuleViolation: Sendable, Equatable, CustomStringConvertible {
  /// The labour rules of DESIGN.md §4.
  public enum Rule: String, Sendable, Hashable, CaseIterable {
    case restBetweenShifts = "rest between shifts"
    case weeklyRest = "weekly rest"
    case consecutiveDays = "consecutive work days"
    case hoursPerWeek = "hours per week"
    case averageHoursPerWeek = "average hours per week"
    case consecutiveDaysOff = "consecutive days off"
    case weekendsOff = "weekends off"
    case nightsInARow = "nights in a row"
    case forwardRotation = "forward rotation"
    /// A named agent's average weekly hours above their `contract_hours`.
    case contractHours = "contract hours"
  }

  public var agent: String
  /// The date the violation is reported on (the later shift, or the week's Monday).
  public var date: LocalDate
  public var rule: Rule
  /// What was measured: hours for time rules, a count otherwise.
  public var measured: Double
  /// The rule's limit in the same unit.
  public var limit: Double
  /// By how much, e.g. `rest 9 h < 11 h`.
  public var detail: String

  public init(
    agent: String, date: LocalDate, rule: Rule, measured: Double, limit: Double, detail: String
  ) {
    self.agent = agent
    self.date = date
    self.rule = rule
    self.measured = measured
    self.limit = limit
    self.detail = detail
  }

  /// `Ada Byrne 2027-01-05 rest between shifts: rest 9 h < 11 h`.
  public var description: String { "\(agent) \(date) \(rule.rawValue): \(detail)" }
}

/// Hours as text: `9 h`, `9.5 h`, `7.25 h`.
func hoursText(_ hours: Double) -> String {
  let hundredths = Int((hours * 100).rounded())
  if hundredths % 100 == 0 { return "\(hundredths / 100) h" }
  var text = String(format2(Double(hundredths) / 100))
  while text.hasSuffix("0") { text.removeLast() }
  return text + " h"
}

private func format2(_ value: Double) -> String {
  let hundredths = Int((abs(value) * 100).rounded())
  let cents = hundredths % 100
  return (value < 0 ? "-" : "") + "\(hundredths / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
}
