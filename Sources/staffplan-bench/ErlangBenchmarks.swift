import Foundation
import Queueing

/// A week of 15-minute intervals at 1,000,000 contacts a month, split over two channels.
///
/// The shape is a support desk's: a weekday curve peaking late morning and mid-afternoon, a
/// quiet night, and weekends at 35% of a weekday. Phone carries 60% at AHT 300 s; chat 40% at
/// AHT 600 s with 2 concurrent chats (EAHT 600/1.7 s).
enum WeekFixture {
  static let intervalsPerDay = 96
  static let monthlyContacts = 1_000_000.0
  static let weeklyContacts = monthlyContacts * 7 / (365.25 / 12)

  /// Relative arrival weight of each 15-minute interval of a day (UTC).
  static let intraday: [Double] = (0..<intervalsPerDay).map { index in
    let hour = Double(index) / 4
    let morning = exp(-pow((hour - 10.5) / 2.2, 2))
    let afternoon = 0.85 * exp(-pow((hour - 15) / 2.5, 2))
    return 0.06 + morning + afternoon
  }
  static let weekday: [Double] = [1.1, 1.05, 1.0, 1.0, 0.95, 0.35, 0.35]

  /// Contacts per interval for one channel's share of the volume, Monday 00:00 first.
  static func volumes(share: Double) -> [Double] {
    let weights = weekday.flatMap { day in intraday.map { day * $0 } }
    let total = weights.reduce(0, +)
    return weights.map { weeklyContacts * share * $0 / total }
  }

  static let channels: [(volumes: [Double], handleSeconds: Double)] = [
    (volumes(share: 0.6), 300),
    (volumes(share: 0.4), 600 / 1.7),
  ]
}

extension Benchmarks {
  static let eightyInTwenty = StaffingTargets(
    serviceLevel: (Percentage(fraction: ExactDecimal(digits: 8, scale: 1)), TimeSpan(seconds: 20)))
  static let thirtyPercent = Percentage(fraction: ExactDecimal(digits: 3, scale: 1))

  /// Sizes every interval of the week under one model; returns the scheduled agent-intervals.
  static func sizeWeek(patienceSeconds: Double?) -> Int {
    var scheduled = 0
    for channel in WeekFixture.channels {
      for volume in channel.volumes {
        let traffic = Traffic(
          volume: volume, intervalSeconds: 900, handleSeconds: channel.handleSeconds)
        let result: StaffingResult
        do {
          if let patienceSeconds {
            result = try StaffingSearch.erlangA(
              traffic: traffic, patienceSeconds: patienceSeconds, targets: eightyInTwenty)
          } else {
            result = try StaffingSearch.erlangC(traffic: traffic, targets: eightyInTwenty)
          }
        } catch {
          fatalError("benchmark fixture is infeasible: \(error)")
        }
        scheduled += Shrinkage.scheduledAgents(required: result.agents, shrinkage: thirtyPercent)!
      }
    }
    return scheduled
  }

  static let erlang: [Benchmark] = [
    Benchmark(name: "erlang-week-c", goalMilliseconds: 2, runs: 21) {
      consume(sizeWeek(patienceSeconds: nil))
    },
    Benchmark(name: "erlang-week-a", goalMilliseconds: 20, runs: 11) {
      consume(sizeWeek(patienceSeconds: 180))
    },
    Benchmark(name: "erlang-huge", goalMilliseconds: 5, runs: 11) {
      let traffic = Traffic(arrivalsPerSecond: 100_000.0 / 300, handleSeconds: 300)
      consume(try? StaffingSearch.erlangC(traffic: traffic, targets: eightyInTwenty))
    },
  ]
}
