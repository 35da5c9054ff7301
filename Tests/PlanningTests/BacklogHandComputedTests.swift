import Queueing
import Testing

@testable import Planning

/// The email backlog model on cases small enough to work by hand (60-minute grid, one tier,
/// desk always open, deadlines at interval ends). Every expected number is derived in the
/// comment beside it from the model's definition (DESIGN.md §4 "Email and tickets"), not from
/// the code.
@Suite struct BacklogHandComputedTests {
  /// 168 hourly intervals with `tickets` in interval `at`.
  static func week(_ tickets: Double, at index: Int) -> [Double] {
    var arrivals = [Double](repeating: 0, count: 168)
    arrivals[index] = tickets
    return arrivals
  }

  static func oneClass(
    _ arrivals: [Double], aht: Double = 900, window: Int = 7200
  ) -> [BacklogClass] {
    [
      BacklogClass(
        tier: .standard, arrivals: arrivals, handleSeconds: aht,
        target: ServiceTarget(within: TimeSpan(seconds: window), serviceLevel: percent(100)),
        open: [Bool](repeating: true, count: 168))
    ]
  }

  /// 12 tickets × 900 s = 10 800 agent-s arrive Mon 00:00–01:00, answered within 2 h.
  /// Work arriving evenly in hour 0 with a 2-hour window is due by the end of hour 2
  /// (D(t) = A(t − 2h) at interval ends). The levelled rate at hour 0 is
  /// max_d (work due by d) / (hours 0…d) = 10 800 / 3 = 3 600 agent-s per hour, i.e. one
  /// agent (3 600 s at 100% occupancy) in each of hours 0, 1, 2 — not 3 agents in hour 2
  /// ("just in time"). Backlog at the starts: 0, 10 800 − 3 600 = 7 200, 3 600.
  @Test func levelsTwelveTicketsOverTheirWindow() {
    let plan = BacklogModel.plan(
      classes: Self.oneClass(Self.week(12, at: 0)), intervalMinutes: 60,
      maxOccupancy: percent(100))
    #expect(Array(plan.agents.prefix(4)) == [1, 1, 1, 0])
    #expect(plan.agents.reduce(0, +) == 3)
    #expect(Array(plan.backlogAtStart.prefix(4)) == [0, 7200, 3600, 0])
    #expect(Array(plan.doneWork.prefix(3)) == [3600, 3600, 3600])
    #expect(Array(plan.levelledWork.prefix(3)) == [3600, 3600, 3600])
    #expect(plan.dueWork[2] == 10_800)  // all of it falls due at the end of hour 2
    #expect(plan.workPerAgent == 3600)
    // Nothing crosses the week's end: the empty start recurs after one week.
    #expect(plan.periodic)
    #expect(plan.weeksSimulated == 1)
  }

  /// The same work at 80% occupancy: one agent does 0.8 × 3 600 = 2 880 agent-s per hour.
  /// Hour 0: levelled 3 600 → ⌈3 600 / 2 880⌉ = 2 agents, who do 5 760 (the work is there);
  /// lead 5 760 − 3 600 = 2 160. Hour 1: levelled (10 800 − 3 600) / 2 = 3 600; needed
  /// 3 600 − 2 160 = 1 440 → 1 agent, does 2 880; lead 2 160 + 2 880 − 3 600 = 1 440.
  /// Hour 2: needed max(3 600 − 1 440, due now 10 800 − 5 760 − 2 880 = 2 160) = 2 160 → 1
  /// agent, does 2 160. Agents 2, 1, 1: 4 agent-hours, the fewest whole agents for
  /// 10 800 / 2 880 = 3.75.
  @Test func occupancyCapRoundsWithACarriedLead() {
    let plan = BacklogModel.plan(
      classes: Self.oneClass(Self.week(12, at: 0)), intervalMinutes: 60,
      maxOccupancy: percent(80))
    #expect(Array(plan.agents.prefix(4)) == [2, 1, 1, 0])
    #expect(abs(plan.doneWork[0] - 5760) < 1e-9)
    #expect(abs(plan.doneWork[1] - 2880) < 1e-9)
    #expect(abs(plan.doneWork[2] - 2160) < 1e-9)
  }

  /// Work arriving Sun 23:00–24:00 (hour 167) with a 2-hour window is due at the end of
  /// Mon 01:00–02:00 of the next week, so the cyclic week starts with a backlog: week 1 ends
  /// with it outstanding, week 2 starts and ends with the same backlog (periodic after 2
  /// weeks). Levelled: 10 800 / 3 hours = 3 600 → one agent in hours 167, 0 and 1; the week
  /// starts with 10 800 − 3 600 = 7 200 agent-s outstanding.
  @Test func sundayNightWorkCarriesIntoMonday() {
    let plan = BacklogModel.plan(
      classes: Self.oneClass(Self.week(12, at: 167)), intervalMinutes: 60,
      maxOccupancy: percent(100))
    #expect(plan.agents[167] == 1)
    #expect(plan.agents[0] == 1)
    #expect(plan.agents[1] == 1)
    #expect(plan.agents.reduce(0, +) == 3)
    #expect(abs(plan.backlogAtStart[0] - 7200) < 1e-9)
    #expect(plan.periodic)
    #expect(plan.weeksSimulated == 2)
  }
}
