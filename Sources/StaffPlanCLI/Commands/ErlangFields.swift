import Foundation
import Queueing

/// The inputs of one Erlang sizing, read by name from flags or from a batch CSV row.
///
/// Names are the batch column names (`service_level`); flags use hyphens (`--service-level`).
struct ErlangFields {
  /// Every input name, in the order of `staffplan erlang --help`.
  static let names = [
    "volume", "interval", "aht", "target", "service_level", "asa", "max_occupancy", "shrinkage",
    "patience", "max_abandon", "concurrency", "concurrency_factor", "agents",
  ]

  /// A value that could not be used: which input and why, with what is accepted.
  struct FieldError: Error {
    let field: String
    let message: String
  }

  /// The text of an input, or nil when absent.
  let value: (String) -> String?

  init(value: @escaping (String) -> String?) { self.value = value }

  /// The request these inputs describe.
  func request() throws(FieldError) -> IntervalSizingRequest {
    guard let volumeText = value("volume") else {
      throw FieldError(field: "volume", message: "missing; give the contacts per interval (≥ 0)")
    }
    let volume = try number(volumeText, field: "volume", what: "contacts per interval, a number ≥ 0")
    guard let ahtText = value("aht") else {
      throw FieldError(field: "aht", message: "missing; give the handle time, e.g. 4m or 240s")
    }
    let aht = try duration(ahtText, field: "aht")
    guard aht.seconds > 0 else {
      throw FieldError(field: "aht", message: "'\(ahtText)' must be longer than 0 s")
    }
    let interval = try value("interval").map { text throws(FieldError) in
      try duration(text, field: "interval")
    } ?? TimeSpan(seconds: 1800)
    guard interval.seconds > 0 else {
      throw FieldError(field: "interval", message: "must be longer than 0 s")
    }
    let target = try optionalDuration("target")
    let goal = try optionalPercentage("service_level")
    var targets = StaffingTargets(
      maxASA: try optionalDuration("asa"), maxOccupancy: try optionalPercentage("max_occupancy"),
      maxAbandon: try optionalPercentage("max_abandon"))
    if goal != nil && target == nil {
      throw FieldError(
        field: "service_level", message: "needs an answer time: add target, e.g. 20s")
    }
    // A target time without a goal still sets the time the service level is reported at.
    targets.serviceLevelGoal = goal
    targets.answerTime = target
    let patience = try optionalDuration("patience")
    if let patience, patience.seconds <= 0 {
      throw FieldError(field: "patience", message: "must be longer than 0 s")
    }
    if targets.maxAbandon != nil && patience == nil {
      throw FieldError(
        field: "max_abandon", message: "needs patience (Erlang A); Erlang C has no abandonment")
    }
    let agents = try optionalInteger("agents", minimum: 0)
    if agents == nil && targets.isEmpty {
      throw FieldError(
        field: "service_level",
        message: "no target given; give service level and target (e.g. 80% and 20s), asa, "
          + "max occupancy or max abandon — or agents to evaluate")
    }
    let request = IntervalSizingRequest(
      volume: volume, interval: interval, handleTime: aht, targets: targets,
      shrinkage: try optionalPercentage("shrinkage") ?? .zero, patience: patience,
      concurrency: try optionalInteger("concurrency", minimum: 1),
      concurrencyFactor: try value("concurrency_factor").map { text throws(FieldError) in
        let factor = try number(text, field: "concurrency_factor", what: "a number above 0")
        guard factor > 0 else {
          throw FieldError(field: "concurrency_factor", message: "'\(text)' must be above 0")
        }
        return factor
      },
      agents: agents)
    if request.shrinkage.fraction == ExactDecimal(1) {
      throw FieldError(field: "shrinkage", message: "100% leaves no one available; accepted: below 100%")
    }
    return request
  }

  private func number(_ text: String, field: String, what: String) throws(FieldError) -> Double {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let value = Double(trimmed), value.isFinite else {
      throw FieldError(field: field, message: "'\(text)' is not a number; expected \(what)")
    }
    guard value >= 0 else {
      throw FieldError(field: field, message: "'\(text)' is negative; expected \(what)")
    }
    return value
  }

  private func duration(_ text: String, field: String) throws(FieldError) -> TimeSpan {
    switch TimeSpan.parse(text) {
    case .success(let span): return span
    case .failure(let error): throw FieldError(field: field, message: error.description)
    }
  }

  private func optionalDuration(_ field: String) throws(FieldError) -> TimeSpan? {
    guard let text = value(field) else { return nil }
    return try duration(text, field: field)
  }

  private func optionalPercentage(_ field: String) throws(FieldError) -> Percentage? {
    guard let text = value(field) else { return nil }
    switch Percentage.parse(text) {
    case .success(let percentage): return percentage
    case .failure(let error): throw FieldError(field: field, message: error.description)
    }
  }

  private func optionalInteger(_ field: String, minimum: Int) throws(FieldError) -> Int? {
    guard let text = value(field) else { return nil }
    guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number >= minimum else {
      throw FieldError(
        field: field, message: "'\(text)' is not a whole number ≥ \(minimum)")
    }
    return number
  }
}
