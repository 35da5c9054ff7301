import Foundation
import Queueing

/// Issue 7's benchmarks: the time-varying evaluation and the simulation of a week.
extension Benchmarks {
  /// A 300-agent centre: 336 half-hours, AHT 300 s, offered load
  /// 270·max(0.05, 0.55 + 0.45·sin(π(h − 6)/12)) Erlangs at hour h, agents ⌊A + 2√A⌋ + 2
  /// (at most 304), target 20 s, integrated at 1-minute steps.
  static func evaluationFixture() -> (arrivals: [Double], agents: [Int]) {
    var arrivals: [Double] = []
    var agents: [Int] = []
    for index in 0..<336 {
      let hour = Double(index % 48) / 2
      let load = 270 * max(0.05, 0.55 + 0.45 * sin(Double.pi * (hour - 6) / 12))
      arrivals.append(load / 300)
      agents.append(Int(load + 2 * load.squareRoot()) + 2)
    }
    return (arrivals, agents)
  }

  static let evaluation: [Benchmark] = [
    Benchmark(name: "evaluate-week", goalMilliseconds: 100, runs: 5) {
      let fixture = evaluationFixture()
      do {
        let queue = try TimeVaryingQueue(
          arrivalsPerSecond: fixture.arrivals, agents: fixture.agents, handleSeconds: 300,
          intervalSeconds: 1800, targetSeconds: 20, stepSeconds: 60)
        consume(try queue.evaluate())
      } catch {
        fatalError("evaluate-week fixture failed: \(error)")
      }
    },
    // 100,000 contacts over 336 half-hours, AHT 180 s exponential, 36 agents, target 20 s,
    // 10 replications, seed 7.
    Benchmark(name: "simulate-week", goalMilliseconds: 5000, runs: 3) {
      do {
        let simulation = try WeekSimulation(
          arrivals: Array(repeating: 100_000.0 / 336, count: 336),
          agents: Array(repeating: 36, count: 336), intervalSeconds: 1800, targetSeconds: 20,
          handleTime: .exponential(meanSeconds: 180))
        consume(try simulation.run(replications: 10, seed: 7))
      } catch {
        fatalError("simulate-week fixture failed: \(error)")
      }
    },
  ]
}
