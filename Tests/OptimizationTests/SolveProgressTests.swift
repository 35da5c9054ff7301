import Foundation
import Testing

@testable import Optimization

/// Collects progress reports from the solver's reader thread.
final class SolveReports: @unchecked Sendable {
  private let lock = NSLock()
  private var seen: [SolveProgress] = []
  func add(_ progress: SolveProgress) { lock.withLock { seen.append(progress) } }
  var all: [SolveProgress] { lock.withLock { seen } }
}

@Suite("CBC progress from its log")
struct SolveProgressTests {
  static let empty = SolveProgress(seconds: 0, incumbent: nil, bound: nil, nodes: nil)

  /// Lines copied from a CBC 2.10.8 run at log level 1 (a 60-item knapsack, Debian 12).
  @Test func readsCBCStatusAndSolutionLines() throws {
    let status = try #require(
      SolveProgress.parse(
        line: "Cbc0010I After 0 nodes, 1 on tree, -1748 best solution, best possible "
          + "-1790.9937 (0.28 seconds)", previous: Self.empty))
    #expect(status == SolveProgress(seconds: 0.28, incumbent: -1748, bound: -1790.9937, nodes: 0))
    let found = try #require(
      SolveProgress.parse(
        line: "Cbc0012I Integer solution of -1753 found by rounding after 938 iterations and "
          + "26 nodes (0.29 seconds)", previous: status))
    #expect(found == SolveProgress(seconds: 0.29, incumbent: -1753, bound: -1790.9937, nodes: 0))
    let root = try #require(
      SolveProgress.parse(
        line: "Cbc0013I At root node, 7 cuts changed objective from -1794.8318 to -1790.9937 "
          + "in 100 passes", previous: Self.empty))
    #expect(root.bound == -1790.9937)
    let start = try #require(
      SolveProgress.parse(
        line: "Cbc0045I MIPStart provided solution with cost 1011.5", previous: Self.empty))
    #expect(start.incumbent == 1011.5)
  }

  @Test func readsCBCsNoSolutionPlaceholderAsNone() throws {
    let status = try #require(
      SolveProgress.parse(
        line: "Cbc0010I After 0 nodes, 1 on tree, 1e+50 best solution, best possible "
          + "947.79 (2.35 seconds)", previous: Self.empty))
    #expect(status.incumbent == nil)
    #expect(status.bound == 947.79)
    let cut = SolveProgress.parse(line: "Cbc0010I After 7 nodes, 1 on tree, best", previous: Self.empty)
    #expect(cut?.incumbent == nil)  // a truncated line: no trap, no value
  }

  @Test func ignoresLinesThatStateNoProgress() {
    for line in [
      "Welcome to the CBC MILP Solver ",
      "Cbc0038I Pass   1: suminf.    1.84735 (5) obj. -1780.77 iterations 13",
      "Cgl0004I processed model has 8 rows, 60 columns (60 integer (60 of which binary))",
      "Cbc0010I garbled",
      "",
    ] {
      #expect(SolveProgress.parse(line: line, previous: Self.empty) == nil, "\(line)")
    }
  }
}
