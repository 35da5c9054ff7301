extension WeeklyRequirements {
  /// Productive agent-hours per week per role: the requirement series summed by role. The
  /// on-call rota is not productive work: its people come from the P1 hotline's 24×7 seat (a
  /// coverage floor in headcount), not from hours.
  /// - Complexity: O(series).
  public var productiveHoursByRole: [RoleKind: Double] {
    var hours: [RoleKind: Double] = [:]
    for series in series where series.channel.role != .onCall {
      hours[series.channel.role, default: 0] += series.totals.agentHours
    }
    return hours
  }
}
