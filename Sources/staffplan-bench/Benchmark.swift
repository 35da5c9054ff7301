import Foundation

/// One named benchmark: a body to time and the goal its issue states.
struct Benchmark: Sendable {
  let name: String
  let goalMilliseconds: Double
  /// Runs of the body; the median is reported.
  let runs: Int
  /// Work done once before timing (building inputs); the body gets its result.
  let body: @Sendable () -> Void

  /// Times `runs` runs after one warm-up and returns the median in milliseconds.
  func measure() -> (milliseconds: Double, formatted: String) {
    body()
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<runs {
      let elapsed = clock.measure { body() }
      samples.append(
        Double(elapsed.components.seconds) * 1000
          + Double(elapsed.components.attoseconds) / 1e15)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    return (median, String(format: "%.3f", median))
  }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never) func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
