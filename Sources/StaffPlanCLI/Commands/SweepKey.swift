import Foundation
import Planning
import Queueing

/// What `sweep --vary KEY=FROM..TO:STEP` varies, and how a value is applied to a scenario.
enum SweepKey: Equatable {
  /// Scale on every tier's ticket volume (1 = as in the scenario).
  case volume
  /// Scale on every channel's handle time.
  case aht
  /// Shrinkage of every role, in percent (absolute).
  case shrinkage
  /// A channel and tier's answer-within time, in seconds.
  case within(Channel, Tier)
  /// A channel and tier's service-level goal, in percent.
  case serviceLevel(Channel, Tier)

  static let accepted =
    "volume (scale), aht (scale), shrinkage (%), CHANNEL.TIER.within (duration), "
    + "CHANNEL.TIER.service_level (%), e.g. chat.standard.within"

  /// The key, the values and the label of `KEY=FROM..TO:STEP`.
  static func parse(_ text: String) throws -> (key: SweepKey, values: [Double], label: String) {
    guard let equals = text.firstIndex(of: "=") else {
      throw UsageError("--vary \(text): expected KEY=FROM..TO:STEP; keys: \(accepted)")
    }
    let name = String(text[..<equals])
    let range = String(text[text.index(after: equals)...])
    let key = try key(name)
    guard let dots = range.range(of: ".."), let colon = range.lastIndex(of: ":"),
      colon > dots.upperBound
    else {
      throw UsageError(
        "--vary \(text): expected FROM..TO:STEP after '=', e.g. volume=0.8..1.5:0.1")
    }
    let from = try key.number(String(range[..<dots.lowerBound]), text)
    let to = try key.number(String(range[dots.upperBound..<colon]), text)
    let step = try key.number(String(range[range.index(after: colon)...]), text)
    guard step > 0, to >= from else {
      throw UsageError("--vary \(text): expected FROM ≤ TO and a STEP above 0")
    }
    let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
    guard count <= 60 else {
      throw UsageError("--vary \(text): \(count) values; at most 60 (use a larger STEP)")
    }
    let values = (0..<count).map { from + Double($0) * step }
    for value in values { try key.check(value, text) }
    return (key, values, name)
  }

  static func key(_ name: String) throws -> SweepKey {
    switch name {
    case "volume": return .volume
    case "aht": return .aht
    case "shrinkage": return .shrinkage
    default: break
    }
    let parts = name.split(separator: ".").map(String.init)
    if parts.count == 3, let channel = Channel(rawValue: parts[0]),
      let tier = Tier(rawValue: parts[1])
    {
      if parts[2] == "within" { return .within(channel, tier) }
      if parts[2] == "service_level" { return .serviceLevel(channel, tier) }
    }
    throw UsageError("--vary \(name): unknown key; accepted: \(accepted)")
  }

  /// A value as a number in the key's unit: a scale, percent, or seconds for durations.
  func number(_ text: String, _ whole: String) throws -> Double {
    switch self {
    case .within:
      if case .success(let span) = TimeSpan.parse(text) { return span.seconds }
      if let value = Double(text) { return value }
    case .shrinkage, .serviceLevel:
      if let value = Double(text.hasSuffix("%") ? String(text.dropLast()) : text) { return value }
    case .volume, .aht:
      if let value = Double(text) { return value }
    }
    throw UsageError("--vary \(whole): '\(text)' is not a \(unit)")
  }

  func check(_ value: Double, _ whole: String) throws {
    let ok: Bool
    switch self {
    case .volume, .aht, .within: ok = value > 0 && value.isFinite
    case .shrinkage: ok = value >= 0 && value < 100
    case .serviceLevel: ok = value > 0 && value < 100
    }
    if !ok { throw UsageError("--vary \(whole): \(value) is out of range for \(unit)") }
  }

  var unit: String {
    switch self {
    case .volume, .aht: return "scale (1 = as in the scenario)"
    case .shrinkage, .serviceLevel: return "percent"
    case .within: return "duration (60s, 10m) in seconds"
    }
  }

  /// The scenario with `value` applied.
  func apply(_ value: Double, to scenario: Scenario) throws -> Scenario {
    var result = scenario
    switch self {
    case .volume:
      for (tier, segment) in scenario.customers {
        var scaled = segment
        switch segment.volume {
        case .perCustomer(let tickets):
          scaled.volume = .perCustomer(try Self.exact(tickets.doubleValue * value))
        case .monthly(let tickets):
          scaled.volume = .monthly(Int((Double(tickets) * value).rounded()))
        }
        result.customers[tier] = scaled
      }
    case .aht:
      for (channel, spec) in scenario.channels {
        var scaled = spec
        for (tier, time) in spec.handleTime {
          scaled.handleTime[tier] = TimeSpan(exactSeconds: try Self.exact(time.seconds * value))
        }
        result.channels[channel] = scaled
      }
    case .shrinkage:
      let share = Percentage(fraction: try Self.exact(value / 100))
      result.staffing.shrinkage = share
      for (kind, role) in scenario.roles {
        var changed = role
        changed.shrinkage = share
        result.roles[kind] = changed
      }
    case .within(let channel, let tier), .serviceLevel(let channel, let tier):
      guard var target = scenario.channels[channel]?.targets[tier] else {
        throw DataError(
          "--vary: the scenario has no \(channel.rawValue) target for \(tier.rawValue); add one "
            + "under channels.\(channel.rawValue).targets.\(tier.rawValue)")
      }
      if case .within = self {
        target.within = TimeSpan(exactSeconds: try Self.exact(value))
      } else {
        target.serviceLevel = Percentage(fraction: try Self.exact(value / 100))
      }
      result.channels[channel]?.targets[tier] = target
    }
    return result
  }

  /// A Double as an exact decimal of 6 places.
  static func exact(_ value: Double) throws -> ExactDecimal {
    guard let decimal = ExactDecimal(parsing: String(format: "%.6f", value)) else {
      throw DataError("--vary: \(value) cannot be written as a decimal")
    }
    return decimal
  }
}
