import Foundation
import StaffPlanCLI

/// Issue 6's benchmarks: the whole `staffplan plan` of the baseline (goal ≤ 30 s, peak memory
/// ≤ 500 MB) and `staffplan compare` of the baseline and the four shipped what-ifs. Run from
/// the package root (the scenarios are read from `scenarios/`). Each run also prints the
/// process's peak resident set so far (getrusage(RUSAGE_SELF).ru_maxrss, kilobytes on Linux)
/// in the bench line.
extension Benchmarks {
  static let plan: [Benchmark] = [
    Benchmark.reporting(name: "plan-baseline", goalMilliseconds: 30_000, runs: 1) {
      let out = NSTemporaryDirectory() + "staffplan-bench-plan-\(getpid())"
      let note = runTool(
        ["plan", "scenarios/travis-baseline.yaml", "--out", out, "--quiet"], "plan-baseline")
      try? FileManager.default.removeItem(atPath: out)
      return note
    },
    Benchmark.reporting(name: "compare-5", goalMilliseconds: 60_000, runs: 1) {
      return runTool(
        [
          "compare", "scenarios/travis-baseline.yaml", "scenarios/growth-50.yaml",
          "scenarios/deflection-30.yaml", "scenarios/tight-sla.yaml",
          "scenarios/enterprise-heavy.yaml", "--quiet",
        ], "compare-5")
    },
  ]

  /// Runs the tool in-process with a captured console; stops the bench on a failure. Returns
  /// the note for the bench line: the peak resident set so far.
  static func runTool(_ arguments: [String], _ name: String) -> String {
    let console = CapturedConsole()
    let status = StaffPlanTool().run(arguments: arguments, console: console)
    guard status == 0 else {
      fatalError("\(name) failed (exit \(status)): \(console.error)")
    }
    consume(console.output)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return "peak RSS \(usage.ru_maxrss / 1024) MB (goal ≤ 500 MB)"
  }
}
