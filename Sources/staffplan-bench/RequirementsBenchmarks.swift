import Foundation
import Planning

/// Issue 3's benchmark: every stream's requirement over the baseline week.
extension Benchmarks {
  /// `scenarios/travis-baseline.yaml`, read relative to the current directory (the bench runs
  /// from the package root: `swift run -c release staffplan-bench`). Loaded once, untimed.
  static let baselineScenario: Scenario = {
    let path = "scenarios/travis-baseline.yaml"
    let loader = ScenarioLoader { file in try String(contentsOfFile: file, encoding: .utf8) }
    do {
      return try loader.load(path: path)
    } catch {
      let directory = FileManager.default.currentDirectoryPath
      fatalError(
        "requirements-baseline needs \(path) relative to the current directory "
          + "(\(directory)); run from the package root. \(error)")
    }
  }()

  static let requirements: [Benchmark] = [
    Benchmark(name: "requirements-baseline", goalMilliseconds: 20, runs: 11) {
      do {
        consume(try WeeklyRequirements(scenario: baselineScenario))
      } catch {
        fatalError("requirements-baseline failed: \(error)")
      }
    }
  ]
}
