import Foundation

/// One named benchmark: a body to time and the goal its issue states.
struct Benchmark: Sendable {
  let name: String
  let goalMilliseconds: Double
  /// Runs of the body; the median is reported.
  let runs: Int
  /// The timed work; it may return a note printed after the figure (e.g. a gap reached).
  let body: @Sendable () -> String

  init(name: String, goalMilliseconds: Double, runs: Int, body: @escaping @Sendable () -> Void) {
    self.name = name
    self.goalMilliseconds = goalMilliseconds
    self.runs = runs
    self.body = {
      body()
      return ""
    }
  }

  private init(name: String, goalMilliseconds: Double, runs: Int, note: @escaping @Sendable () -> String) {
    self.name = name
    self.goalMilliseconds = goalMilliseconds
    self.runs = runs
    self.body = note
  }

  /// A benchmark whose body also returns a note (a gap reached, a count) printed after it.
  static func reporting(
    name: String, goalMilliseconds: Double, runs: Int, _ body: @escaping @Sendable () -> String
  ) -> Benchmark {
    Benchmark(name: name, goalMilliseconds: goalMilliseconds, runs: runs, note: body)
  }

  /// Times `runs` runs after one warm-up and returns the median in milliseconds, with the
  /// last run's note.
  func measure() -> (milliseconds: Double, formatted: String, note: String) {
    var note = runs > 1 ? body() : ""
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<runs {
      let elapsed = clock.measure { note = body() }
      samples.append(
        Double(elapsed.components.seconds) * 1000
          + Double(elapsed.components.attoseconds) / 1e15)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    return (median, String(format: "%.3f", median), note)
  }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never) func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
