import Foundation
import Queueing
import Testing

@testable import Planning

/// Green, Kolesar & Whitt (2007), "Coping with time-varying demand when setting staffing
/// requirements for a service system", POMS 16(1): with work that lasts hours, staffing each
/// interval by stationary Erlang C at that interval's own load (SIPP) misses the target in
/// many intervals, because the load lags the arrival rate; the modified offered load does
/// not. Checked here by Queueing's seeded discrete-event `WeekSimulation`, independent of
/// both staffing methods.
@Suite struct EscalationTimeVaryingTests {
  /// Three identical days of hourly arrivals, λ(t) = 10·(1 + 0.6·sin(2π(t − 6)/24)) per
  /// hour (GKW's sinusoid with relative amplitude 0.6), 2-hour work, 80% answered within
  /// 15 minutes.
  static let hours = 72
  static let arrivals: [Double] = (0..<hours).map { hour -> Double in
    let phase: Double = 2 * Double.pi * (Double(hour % 24) - 5.5) / 24
    return 10 * (1 + 0.6 * sin(phase))
  }
  static let handleSeconds = 7200.0
  static let target = ServiceTarget(within: TimeSpan(seconds: 900), serviceLevel: percent(80))

  /// SIPP: each hour by stationary Erlang C at its own load λ_i·S (Queueing's search).
  static func perIntervalErlang() throws -> [Int] {
    try arrivals.map { volume in
      let traffic = Traffic(volume: volume, intervalSeconds: 3600, handleSeconds: handleSeconds)
      let targets = StaffingTargets(serviceLevel: (percent(80), TimeSpan(seconds: 900)))
      return try StaffingSearch.erlangC(traffic: traffic, targets: targets).agents
    }
  }

  /// Hours of days 2 and 3 (the first day starts empty) whose simulated service level's 95%
  /// confidence interval lies wholly below 80%.
  static func simulatedMisses(_ agents: [Int]) throws -> [Int] {
    let simulation = try WeekSimulation(
      arrivals: arrivals, agents: agents, intervalSeconds: 3600, targetSeconds: 900,
      handleTime: .exponential(meanSeconds: handleSeconds))
    let result = try simulation.run(replications: 60, seed: 2007)
    return (24..<hours).filter { hour in
      guard let level = result.intervals[hour].serviceLevel else { return false }
      return level.upper < 0.8
    }
  }

  @Test func perIntervalErlangMissesManyHoursTimeVaryingDoesNot() throws {
    let sipp = try Self.perIntervalErlang()
    let plan = try EscalationStaffing.plan(
      arrivals: Self.arrivals, intervalMinutes: 60, handleSeconds: Self.handleSeconds,
      target: Self.target, maxOccupancy: percent(100))
    #expect(plan.converged)
    let sippMisses = try Self.simulatedMisses(sipp)
    let timeVaryingMisses = try Self.simulatedMisses(plan.agents)
    // GKW report misses in about half of the hours for 2-hour work; the simulation finds
    // SIPP clearly below target in at least a quarter of the 48 hours checked (seed 2007:
    // 21 of 48) …
    #expect(sippMisses.count >= 12, "SIPP misses \(sippMisses)")
    // … and the time-varying plan in none.
    #expect(timeVaryingMisses.isEmpty, "time-varying misses \(timeVaryingMisses)")
  }
}
