import Foundation
@preconcurrency import Glibc
import Testing
import Optimization

/// Collects everything readable from a descriptor on a background thread.
final class PipeDrain: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes: [UInt8] = []
  private let done = DispatchSemaphore(value: 0)

  init(reading fd: Int32) {
    Thread.detachNewThread { [self] in
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(fd, &buffer, buffer.count)
        if count <= 0 { break }
        lock.withLock { bytes.append(contentsOf: buffer[0..<count]) }
      }
      done.signal()
    }
  }

  /// Waits for end of file and returns the text read.
  func text() -> String {
    done.wait()
    return lock.withLock { String(decoding: bytes, as: UTF8.self) }
  }
}

/// Runs `body` with file descriptor `fd` redirected into a pipe and returns what was written.
///
/// The pipe is drained while `body` runs, so a chatty solver cannot block on a full pipe.
/// C stdio and C++ iostreams buffer their output, so `fflush(nil)` runs before the descriptor
/// is restored. Anything other threads write to `fd` meanwhile is captured too.
func capturing(fd: Int32, _ body: () throws -> Void) throws -> String {
  var ends: [Int32] = [0, 0]
  try #require(pipe(&ends) == 0)
  let saved = dup(fd)
  try #require(saved >= 0)
  let drain = PipeDrain(reading: ends[0])
  fflush(nil)
  dup2(ends[1], fd)
  close(ends[1])
  var failure: (any Error)?
  do { try body() } catch { failure = error }
  fflush(nil)
  dup2(saved, fd)
  close(saved)
  let text = drain.text()
  close(ends[0])
  if let failure { throw failure }
  return text
}

/// Serialized: these tests move descriptors 1 and 2, which must not interleave.
@Suite("CBC is silent", .serialized)
struct SilenceTests {
  /// Fragments of CBC, Clp, Cgl and CoinUtils messages ("Welcome to the CBC MILP Solver",
  /// "Clp0006I", "Cgl0004I", "Coin0506I", "Cbc0012I", "Result - Optimal solution found").
  static let solverMarkers = ["CBC", "Cbc", "Clp", "Cgl", "Coin", "Result -", "objective value"]

  // Nothing CBC prints may reach stdout or stderr, for an optimal MIP and LP, an infeasible
  // and an unbounded model, a time-limited search and a MIP start. Other tests running in
  // parallel may print their own progress lines, so the check looks for solver messages.
  @Test(arguments: [Int32(1), Int32(2)])
  func nothingIsPrinted(fd: Int32) throws {
    var infeasible = try OptimizationModel(name: "infeasible")
    let x = try infeasible.addVariable("x", isInteger: true)
    try infeasible.addRow("low", [(x, 1)], .greaterOrEqual, 5)
    try infeasible.addRow("high", [(x, 1)], .lessOrEqual, 3)
    var unbounded = try OptimizationModel(name: "unbounded", direction: .maximize)
    let z = try unbounded.addVariable("z", objective: 1)
    try unbounded.addRow("loose", [(z, -1)], .lessOrEqual, 3)
    let union = try ReferenceModels.unionAirways(integer: true)
    let output = try capturing(fd: fd) {
      _ = try solve(union)
      _ = try solve(ReferenceModels.unionAirways(integer: false))
      _ = try solve(infeasible)
      _ = try solve(unbounded)
      _ = try solve(marketSplit(rows: 4, columns: 30), options: SolveOptions(timeLimit: 0.1))
      _ = try solve(union, options: SolveOptions(mipStart: ["shift_06": 48]))
      _ = try diagnoseInfeasibility(infeasible)
    }
    for marker in Self.solverMarkers {
      #expect(!output.contains(marker), "CBC printed: \(output.prefix(400))")
    }
  }

  /// The post office problem (Winston, ch. 3): optimum 23, LP bound 22⅓. Observed, the solve
  /// still returns 23, its log reports that incumbent, and nothing reaches standard output.
  @Test(.timeLimit(.minutes(1)))
  func observedSolveReportsItsIncumbentAndStaysSilent() throws {
    let reports = SolveReports()
    var result: SolveResult?
    let printed = try capturing(fd: 1) {
      result = try solve(ReferenceModels.postOffice(integer: true)) { reports.add($0) }
    }
    #expect(result?.objective == 23)
    #expect(!reports.all.isEmpty)
    #expect(reports.all.compactMap(\.incumbent).last == 23)
    for bound in reports.all.compactMap(\.bound) { #expect(bound <= 23 + 1e-9) }
    for marker in Self.solverMarkers { #expect(!printed.contains(marker), "\(marker)") }
  }

  /// Union Airways as a maximisation of −cost (Hillier & Lieberman §3.4): optimum −30,610.
  /// CBC logs in its minimisation sense (+30,610); the progress is in the model's own sense.
  @Test(.timeLimit(.minutes(1)))
  func observedMaximisationReportsInItsOwnSense() throws {
    let reports = SolveReports()
    var result: SolveResult?
    _ = try capturing(fd: 1) {
      result = try solve(ReferenceModels.unionAirwaysNegated()) { reports.add($0) }
    }
    #expect(result?.objective == -30_610)
    #expect(reports.all.compactMap(\.incumbent).last == -30_610)
    for bound in reports.all.compactMap(\.bound) { #expect(bound >= -30_610 - 1e-6) }
  }
}
