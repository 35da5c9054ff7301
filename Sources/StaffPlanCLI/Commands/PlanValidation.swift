import Planning
import Queueing
import Reports

/// `plan --validate`: the iterative staffing loop of Feldman, Mandelbaum, Massey & Whitt
/// (2008) with shift re-planning inside. For each live channel in turn (phone, then chat, as
/// the blended team serves them), `PlanEvaluation.closeTheLoop` evaluates the scheduled
/// agents with the time-varying M(t)/M/s(t)+M queue; where an interval misses the goal its
/// requirement is raised by one above what it had, the first-line shifts are re-designed
/// for the raised total (deterministic heuristic without the LP dive, ~2 s a round in
/// release) and the channel's share recomputed. The written roster stays the first plan's.
enum PlanValidation {
  /// Rounds of raising per channel before giving up.
  static let roundLimit = 8

  static func run(_ plan: PlanRun) throws -> PlanValidationFigures {
    let schedule = plan.schedule
    let templates = ShiftTemplate.templates(from: plan.scenario.shifts)
    let minutes = schedule.requirement.intervalMinutes
    var required: [RequirementChannel: [Int]] = [:]
    for entry in schedule.coverageByChannel { required[entry.channel] = entry.required }
    let order = schedule.coverageByChannel.map(\.channel)
    var paidAfter = schedule.shiftPlan.paidHours
    var scheduled: [RequirementChannel: [Int]] = [:]
    for entry in schedule.coverageByChannel { scheduled[entry.channel] = entry.scheduled }
    var results: [PlanValidationFigures.Channel] = []
    let workloads = LiveChannelWorkload.all(from: plan.requirements).sorted {
      (order.firstIndex(of: $0.channel) ?? 9) < (order.firstIndex(of: $1.channel) ?? 9)
    }
    for workload in workloads {
      guard let start = scheduled[workload.channel] else { continue }
      let channel = workload.channel
      var lastPlan: WeeklyShiftPlan?
      var lastSplit = scheduled
      let result: PlanLoopResult
      do {
        result = try PlanEvaluation.closeTheLoop(
          arrivals: workload.arrivals, agents: start, handleSeconds: workload.handleSeconds,
          patienceSeconds: workload.patienceSeconds, intervalSeconds: workload.intervalSeconds,
          targetSeconds: workload.targetSeconds, serviceLevelGoal: workload.serviceLevelGoal,
          intervalsPerDay: 1440 / minutes, maxRounds: roundLimit
        ) { (raised: [Int]) throws(PlanEvaluationError) -> [Int] in
          var wanted = required
          wanted[channel] = raised
          let total = (0..<raised.count).map { index in
            order.reduce(0.0) { $0 + Double(wanted[$1]?[index] ?? 0) }
          }
          let shifts: WeeklyShiftPlan
          do {
            shifts = try designWeeklyShifts(
              requirement: WeeklyRequirement(intervalMinutes: minutes, required: total),
              templates: templates, options: ShiftDesignOptions(timeLimit: 0, lpDiveSteps: 0))
          } catch {
            throw .replanFailed("shift design for the raised requirement: \(error)")
          }
          lastPlan = shifts
          lastSplit = split(shifts, wanted: wanted, order: order)
          return lastSplit[channel] ?? raised
        }
      } catch {
        throw DataError("validate \(channel.rawValue): \(error)")
      }
      let before = try evaluate(workload, agents: start)
      results.append(
        .init(
          channel: channel.rawValue, rounds: result.rounds, converged: result.converged,
          missingBefore: before, missingAfter: result.report.missing.count))
      if let lastPlan {
        required[channel] = result.requirement
        scheduled = lastSplit
        paidAfter = lastPlan.paidHours
      }
    }
    let agentRole = plan.scenario.roles[.agent]
    let paidPerMonth = (agentRole?.paidHoursPerWeek.seconds ?? 0) / 3600 * 52 / 12
    let hourly = paidPerMonth > 0 ? (agentRole?.monthlyCost.doubleValue ?? 0) / paidPerMonth : 0
    let added = (paidAfter - schedule.shiftPlan.paidHours) * 52 / 12 * hourly
    return PlanValidationFigures(
      channels: results, roundLimit: roundLimit, paidHoursBefore: schedule.shiftPlan.paidHours,
      paidHoursAfter: paidAfter, addedMonthlyCost: added)
  }

  /// The blended team's agents per channel: live channels in order get up to their
  /// requirement, email the rest (as `WeeklySchedule` does).
  /// - Complexity: O(channels × intervals).
  static func split(
    _ shifts: WeeklyShiftPlan, wanted: [RequirementChannel: [Int]], order: [RequirementChannel]
  ) -> [RequirementChannel: [Int]] {
    var remaining = shifts.coverage.map { Int($0.scheduled.rounded(.down)) }
    var result: [RequirementChannel: [Int]] = [:]
    for channel in order {
      let need = wanted[channel] ?? []
      var given = Array(repeating: 0, count: remaining.count)
      for index in remaining.indices {
        let take = channel == .email ? remaining[index] : min(need[safe: index], remaining[index])
        given[index] = take
        remaining[index] -= take
      }
      result[channel] = given
    }
    return result
  }

  static func evaluate(_ workload: LiveChannelWorkload, agents: [Int]) throws -> Int {
    do {
      return try PlanEvaluation.evaluate(
        arrivals: workload.arrivals, agents: agents, handleSeconds: workload.handleSeconds,
        patienceSeconds: workload.patienceSeconds, intervalSeconds: workload.intervalSeconds,
        targetSeconds: workload.targetSeconds, serviceLevelGoal: workload.serviceLevelGoal
      ).missing.count
    } catch {
      throw DataError("validate \(workload.channel.rawValue): \(error)")
    }
  }
}

extension Array where Element == Int {
  /// The element at `index`, or 0 outside the array.
  subscript(safe index: Int) -> Int { indices.contains(index) ? self[index] : 0 }
}
