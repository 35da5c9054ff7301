import Foundation
import Testing

@testable import Planning

/// Collects what the shift design reports (the observer may be called from a timer thread).
private final class Recorder: @unchecked Sendable {
  private let lock = NSLock()
  private var seen: [ShiftDesignProgress] = []

  func record(_ progress: ShiftDesignProgress) {
    lock.lock()
    seen.append(progress)
    lock.unlock()
  }

  var events: [ShiftDesignProgress] {
    lock.lock()
    defer { lock.unlock() }
    return seen
  }
}

@Suite("Shift design progress")
struct ShiftDesignProgressTests {
  /// Weekdays 08:00–20:00 need 3 agents at 60-minute steps; 8 h templates start 08:00 and
  /// 12:00, so the LP is fractional-free and small (a few milliseconds a solve).
  private func requirement() -> WeeklyRequirement {
    var required = [Double](repeating: 0, count: 168)
    for day in 0..<5 { for hour in 8..<20 { required[day * 24 + hour] = 3 } }
    return WeeklyRequirement(intervalMinutes: 60, required: required)
  }

  private let templates = [
    ShiftTemplate(name: "day", lengthMinutes: 480, days: [0, 1, 2, 3, 4], startMinutes: [480, 720])
  ]

  @Test("phases arrive in order and the last report is the plan's own objective and bound")
  func phasesInOrder() throws {
    let recorder = Recorder()
    let plan = try designWeeklyShifts(
      requirement: requirement(), templates: templates,
      options: ShiftDesignOptions(timeLimit: 0, lpDiveSteps: 3)
    ) { recorder.record($0) }
    let events = recorder.events
    #expect(events.first?.phase == .relaxation)
    #expect(events.last?.phase == .finished)
    #expect(events.last?.incumbent == plan.objective)
    #expect(events.last?.lowerBound == plan.lowerBound)
    // Closed form: 08:00 and 12:00 shifts, 3 each, cover 08–20 exactly: 5 × 6 × 8 = 240 h,
    // and the LP bound is the same (no breaks: the covering LP is integral).
    #expect(plan.objective == 240)
    #expect(events.last?.gap == 0)
    let dives = events.compactMap { event -> Int? in
      if case .dive(let step, let steps) = event.phase, steps == 3 { return step }
      return nil
    }
    #expect(dives.first == 0)
    #expect(dives == dives.sorted())
    #expect((dives.last ?? 99) <= 3)
    let times = events.map(\.elapsed)
    #expect(times == times.sorted())
  }

  @Test("the CBC phase is reported, with the limit, from the plan CBC starts from")
  func solverPhase() throws {
    let recorder = Recorder()
    _ = try designWeeklyShifts(
      requirement: requirement(), templates: templates,
      options: ShiftDesignOptions(timeLimit: 5, lpDiveSteps: 0)
    ) { recorder.record($0) }
    let solver = recorder.events.filter {
      if case .solver(_, let limit) = $0.phase { return limit == 5 }
      return false
    }
    #expect(!solver.isEmpty)
    #expect(solver.allSatisfy { $0.incumbent == 240 })
    #expect(recorder.events.last?.phase == .finished)
  }

  @Test("gap is (incumbent − bound) / incumbent, nil until both are known")
  func gapDefinition() {
    // By hand: (1011.5 − 947.8) / 1011.5 = 63.7 / 1011.5 = 0.0629758…
    let progress = ShiftDesignProgress(
      phase: .heuristic, elapsed: 1, incumbent: 1011.5, lowerBound: 947.8)
    #expect(abs((progress.gap ?? 0) - 0.0629758) < 1e-7)
    #expect(ShiftDesignProgress(phase: .relaxation, elapsed: 0, incumbent: nil, lowerBound: 9).gap == nil)
  }
}
