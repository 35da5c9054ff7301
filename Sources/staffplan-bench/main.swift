import Foundation
import Queueing

// Benchmarks of StaffPlan, run in release: `swift run -c release staffplan-bench [NAME…]`.
// Each prints one line `name: value unit` (the median of several runs) and the goal beside it.

let selected = Set(CommandLine.arguments.dropFirst())
for benchmark in Benchmarks.all where selected.isEmpty || selected.contains(benchmark.name) {
  let result = benchmark.measure()
  let note = result.note.isEmpty ? "" : "; " + result.note
  print("\(benchmark.name): \(result.formatted) ms  (goal ≤ \(benchmark.goalMilliseconds) ms\(note))")
}
