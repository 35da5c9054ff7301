import Foundation
import Planning
import Reports

/// Every stage of a plan from one scenario: requirements, headcount, capacity and schedule,
/// with a progress line per stage on stderr.
struct PlanRun {
  let scenario: Scenario
  let requirements: WeeklyRequirements
  let headcount: HeadcountRun
  let capacity: CapacityRun?
  let schedule: WeeklySchedule
  let figures: PlanFigures

  /// The default MIP time limit of `plan`: 0, the deterministic heuristic plan (LP dive and
  /// local search) with its LP lower bound and gap reported. CBC under a wall-clock limit
  /// can return different plans from run to run and overran its 20 s limit on the baseline
  /// (~40 s in release), which broke both "same scenario, same bytes" and the 30 s budget.
  static let defaultTimeLimit = 0.0

  /// Runs the stages. `capacityMonths` nil skips the capacity stage; `progress` reports
  /// each stage's elapsed time.
  init(
    scenario: Scenario, capacityMonths: Int?, timeLimit: Double, weeks: Int,
    progress: StageProgress
  ) throws {
    var scenario = scenario
    if let capacityMonths { scenario.capacity.months = capacityMonths }
    self.scenario = scenario
    requirements = try progress.stage("requirements") { try RequirementsRun.compute(scenario) }
    let requirements = requirements
    headcount = try progress.stage("headcount") {
      try HeadcountRun(scenario: scenario, requirements: requirements)
    }
    let headcount = headcount
    if capacityMonths != nil {
      capacity = try progress.stage("capacity") {
        try CapacityRun(scenario: scenario, headcount: headcount)
      }
    } else {
      capacity = nil
    }
    let label =
      timeLimit > 0
      ? "schedule (shift design: heuristic, then CBC up to \(NumberText.trimmed(timeLimit)) s)"
      : "schedule (shift design: deterministic heuristic)"
    let bar = progress.shiftDesignBar()
    schedule = try progress.stage(label) {
      try ScheduleRun.compute(
        requirements, timeLimit: timeLimit, weeks: weeks, bar: bar)
    }
    figures = PlanFigures(
      scenario: scenario, requirements: requirements, headcount: headcount.plan,
      band: headcount.band, shiftPlan: schedule.shiftPlan, capacity: capacity?.plan,
      violations: schedule.violations.count)
  }

  /// What makes the plan a partial one (DESIGN.md §5: exit 1 with the best partial plan):
  /// conflicting caps of headcount or capacity, and what the schedule leaves uncovered, open
  /// or in breach of a labour rule.
  var problems: [String] {
    headcount.plan.conflicts.map { "headcount: \($0.message)" }
      + (capacity?.plan.conflicts.map { "capacity: \($0.message)" } ?? [])
      + ScheduleReport.problemLines(schedule, limit: 5).map { "schedule: " + $0 }
  }

  /// Worth a line on stderr without failing the plan: months the hiring plan cannot close
  /// in time (hires take lead time and ramp; the plan is the best possible).
  var warnings: [String] {
    guard let gaps = capacity?.plan.warnings, let first = gaps.first else { return [] }
    return [
      "capacity: \(gaps.count) role-months short of the requirement (capacity.csv); first: "
        + first.message
    ]
  }
}

/// One line per finished stage on stderr ("headcount … done in 0.3 s"); on a terminal the
/// running stage shows first and is completed in place. Nothing when disabled.
final class StageProgress {
  private let console: Console
  private let enabled: Bool
  private let started = Date()

  init(console: Console, enabled: Bool) {
    self.console = console
    self.enabled = enabled
  }

  func stage<Value>(_ name: String, _ body: () throws -> Value) throws -> Value {
    let begin = Date()
    if enabled, console.errorIsTerminal { console.writeError("\(name) …") }
    let value = try body()
    if enabled {
      let took = String(format: "%.1f s", Date().timeIntervalSince(begin))
      let total = String(format: "%.1f s", Date().timeIntervalSince(started))
      let line = "\(name): done in \(took) (elapsed \(total))"
      console.writeError(console.errorIsTerminal ? "\r\u{1B}[K" + line + "\n" : line + "\n")
    }
    return value
  }

  /// A live bar for the shift design inside the running stage (same console and switch).
  func shiftDesignBar() -> ShiftDesignBar {
    ShiftDesignBar(console: console, enabled: enabled, label: "  shift design")
  }

  func note(_ text: String) {
    if enabled { console.writeError(text + "\n") }
  }
}
