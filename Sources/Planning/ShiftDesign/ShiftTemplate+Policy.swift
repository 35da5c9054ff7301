extension ShiftTemplate {
  /// One template per length of a scenario's `shifts:` policy: starts every `startEvery` from
  /// midnight on the policy's days, the policy's breaks (windows as start offsets), cost =
  /// paid hours; a break that would end after the shift is left out. Times are rounded down
  /// to whole minutes.
  /// - Complexity: O(lengths · (1440 / startEvery + breaks)).
  public static func templates(from policy: ShiftPolicy) -> [ShiftTemplate] {
    let step = max(1, Int(policy.startEvery.seconds / 60))
    let starts = Array(stride(from: 0, to: 1440, by: step))
    let breaks = policy.breaks.map { rule in
      BreakWindow(
        name: rule.name, lengthMinutes: Int(rule.length.seconds / 60), paid: rule.paid,
        earliestStartMinutes: Int(rule.earliest.seconds / 60),
        latestStartMinutes: Int(rule.latest.seconds / 60))
    }
    return policy.lengths.map { length in
      let minutes = Int(length.seconds / 60)
      let hours = minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m"
      return ShiftTemplate(
        name: hours, lengthMinutes: minutes, days: policy.days.map(\.index).sorted(),
        startMinutes: starts,
        breaks: breaks.filter { $0.latestStartMinutes + $0.lengthMinutes <= minutes })
    }
  }
}
