import Foundation
import Planning
import Queueing

/// Issue 4's and issue 5's benchmarks: headcount, capacity, shift design and roster.
extension Benchmarks {
  /// The baseline's requirements, computed once, untimed.
  static let baselineRequirements: WeeklyRequirements = {
    do {
      return try WeeklyRequirements(scenario: baselineScenario)
    } catch {
      fatalError("baseline requirements failed: \(error)")
    }
  }()

  static var baselineHours: [RoleKind: Double] { baselineRequirements.productiveHoursByRole }

  static let planning: [Benchmark] = [
    // Headcount inputs from the scenario and the week's hours, the MIP, the guide band.
    Benchmark(name: "headcount-baseline", goalMilliseconds: 100, runs: 11) {
      do {
        let inputs = try HeadcountInputs(
          scenario: baselineScenario, weeklyRequirementHours: baselineHours)
        let plan = try planHeadcount(inputs)
        consume(GuideBand.guide.compare(plan, inputs: inputs))
      } catch {
        fatalError("headcount-baseline failed: \(error)")
      }
    },
    // The baseline over 24 months at 3% monthly growth: 4 roles, hires per month.
    Benchmark(name: "capacity-24m", goalMilliseconds: 1000, runs: 3) {
      var scenario = baselineScenario
      scenario.capacity.months = 24
      scenario.capacity.volume = .growth(Percentage(fraction: ExactDecimal(digits: 3, scale: 2)))
      do {
        let inputs = try CapacityPlanInputs(scenario: scenario, weeklyRequirementHours: baselineHours)
        consume(try planCapacity(inputs))
      } catch {
        fatalError("capacity-24m failed: \(error)")
      }
    },
    // The public 24×5 curve with floating lunches: within 0.5% of the LP bound 3295.8.
    Benchmark.reporting(name: "shift-design-24x5-lunch", goalMilliseconds: 20_000, runs: 1) {
      do {
        let plan = try designWeeklyShifts(
          requirement: WeeklyRequirement(intervalMinutes: 15, required: benchDemand24x5),
          templates: benchLunchTemplates, options: ShiftDesignOptions(timeLimit: 10))
        let gap = (plan.paidHours - plan.lowerBound) / plan.lowerBound
        return String(
          format: "paid %.1f h, LP bound %.1f h, %.2f%% above the bound", plan.paidHours,
          plan.lowerBound, gap * 100)
      } catch {
        fatalError("shift-design-24x5-lunch failed: \(error)")
      }
    },
    // 200 agents over 6 weeks: a 24/7 mix of 8 h shifts every 3 h, 18 of each a day, in
    // Europe/Dublin; rotation, assignment and rule check.
    Benchmark.reporting(name: "roster-200x6", goalMilliseconds: 2000, runs: 3) {
      let region = Region(
        name: "emea", timeZone: "Europe/Dublin", share: Percentage(fraction: ExactDecimal(1)))
      let rules = baselineScenario.rules
      let mix = Weekday.allCases.flatMap { day in
        stride(from: 0, to: 1440, by: 180).map { start in
          ShiftMixEntry(
            day: day, startMinuteUTC: start, lengthMinutes: 480, count: 18, region: "emea",
            breaks: [])
        }
      }
      let generated = RotationGenerator.generate(mix: mix, regions: [region], rules: rules)
      let agents = RosterBuilder.placeholders(count: 200, region: "emea")
      let roster = RosterBuilder.build(
        rotation: generated.rotation, agents: agents, regions: [region], rules: rules, weeks: 6)
      let violations = LabourRuleChecker(rules: rules).check(roster.assignments)
      // By rule, so a change to the construction shows which rules it moved.
      let byRule = RuleViolation.Rule.allCases.compactMap { rule in
        let count = violations.filter { $0.rule == rule }.count
        return count > 0 ? "\(count) \(rule.rawValue)" : nil
      }
      return "\(generated.rotation.crews.count) lines, \(roster.assignments.count) shifts, "
        + "\(violations.count) violations reported (" + byRule.joined(separator: ", ") + ")"
    },
  ]
}
