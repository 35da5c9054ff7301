import Planning
import Reports

/// The figures of one scenario for `compare` and `sweep`: requirements, headcount, a
/// 12-month capacity plan and the weekly shift design — no rotation, roster or calendars,
/// which the figures do not need (paid hours come from the shift design).
enum CompareRun {
  /// - Complexity: dominated by the shift design (deterministic heuristic, no CBC).
  static func figures(_ scenario: Scenario, capacity: Bool = true) throws -> PlanFigures {
    let requirements = try RequirementsRun.compute(scenario)
    let headcount = try HeadcountRun(scenario: scenario, requirements: requirements)
    var capacityPlan: CapacityPlan?
    if capacity {
      var twelve = scenario
      twelve.capacity.months = 12
      capacityPlan = try CapacityRun(scenario: twelve, headcount: headcount).plan
    }
    let shifts = try shiftPlan(requirements)
    return PlanFigures(
      scenario: scenario, requirements: requirements, headcount: headcount.plan,
      band: headcount.band, shiftPlan: shifts, capacity: capacityPlan, violations: nil)
  }

  /// The first-line shift design of `WeeklySchedule` (chat + phone + email agents per
  /// interval, one blended team) with the deterministic heuristic only and no LP dive
  /// (`lpDiveSteps` 0): about 10× faster than `plan`'s 40-step dive (release, baseline: 2.1 s
  /// against 23.4 s) for the same paid hours on the baseline and +0.6% on growth-50.
  static func shiftPlan(_ requirements: WeeklyRequirements) throws -> WeeklyShiftPlan {
    let count = requirements.demand.intervalCount
    var total = Array(repeating: 0.0, count: count)
    for channel in [RequirementChannel.phone, .chat, .email] {
      guard let series = requirements.series(channel) else { continue }
      for (index, interval) in series.intervals.enumerated() where index < count {
        total[index] += Double(interval.agents)
      }
    }
    do {
      return try designWeeklyShifts(
        requirement: WeeklyRequirement(
          intervalMinutes: requirements.intervalMinutes, required: total),
        templates: ShiftTemplate.templates(from: requirements.scenario.shifts),
        options: ShiftDesignOptions(timeLimit: 0, lpDiveSteps: 0))
    } catch {
      throw DataError("schedule: \(error)")
    }
  }
}
