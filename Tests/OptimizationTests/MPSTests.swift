import Foundation
import Testing
import Optimization

/// The `cbc` command-line solver from Debian's coinor-cbc, if installed.
enum CbcCommandLine {
  static let path: String? = {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return directories.map { $0 + "/cbc" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// Runs `cbc FILE solve quit` and returns the objective it prints
  /// ("Objective value: …" for a MIP, "Optimal - objective value …" for an LP).
  static func objective(ofMPS text: String) throws -> Double? {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("staffplan-mps-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("model.mps")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/cbc")
    process.arguments = [file.path, "solve", "quit"]
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    for line in output.split(separator: "\n").reversed() {
      let lower = line.lowercased()
      guard let range = lower.range(of: "objective value") else { continue }
      let tail = lower[range.upperBound...].drop { $0 == ":" || $0 == " " }
      if let number = Double(tail.split(separator: " ").first ?? "") { return number }
    }
    return nil
  }
}

@Suite("MPS export")
struct MPSTests {
  // Every expected line follows the free MPS format (IBM MPSX; CoinMpsIO): N objective row,
  // one coefficient per COLUMNS line, integer columns between MARKER lines with explicit
  // bounds, zero right-hand sides omitted.
  @Test func smallModelText() throws {
    var model = try OptimizationModel(name: "tiny", direction: .maximize)
    let a = try model.addVariable("a", upperBound: 4, objective: 3)
    let b = try model.addVariable("b", lowerBound: 1, isInteger: true, objective: 2.5)
    let c = try model.addVariable("c", lowerBound: -.infinity, upperBound: .infinity)
    try model.addRow("cap", [(a, 2), (b, 3)], .lessOrEqual, 12)
    try model.addRow("link", [(a, 1), (c, -1)], .equal, 0)
    try model.addRow("floor", [(b, 1), (c, 0.1)], .greaterOrEqual, 1e-5)
    let expected = """
      NAME tiny
      * Maximisation model: objective coefficients are negated; the MPS
      * optimum is minus the optimum of tiny.
      ROWS
       N  obj
       L  cap
       E  link
       G  floor
      COLUMNS
          a obj -3
          a cap 2
          a link 1
          MARKER 'MARKER' 'INTORG'
          b obj -2.5
          b cap 3
          b floor 1
          MARKER 'MARKER' 'INTEND'
          c link -1
          c floor 0.1
      RHS
          RHS cap 12
          RHS floor 1e-05
      BOUNDS
       UP BND a 4
       LO BND b 1
       PL BND b
       FR BND c
      ENDATA

      """
    #expect(model.mpsText() == expected)
  }

  // The objective row takes another name when a row is already called "obj".
  @Test func objectiveRowNameAvoidsClash() throws {
    var model = try OptimizationModel(name: "clash")
    let x = try model.addVariable("x", objective: 1)
    try model.addRow("obj", [(x, 1)], .greaterOrEqual, 1)
    let text = model.mpsText()
    #expect(text.contains(" N  obj_\n"))
    #expect(text.contains("    x obj_ 1\n"))
  }

  // Union Airways (H&L §3.4, $30,610) and the post office problem (Winston ch. 3: 23, LP
  // 67/3) solved by the separate `cbc` program from our MPS text: same optimum as in-process.
  @Test(.enabled(if: CbcCommandLine.path != nil, "cbc command-line solver not installed"),
    arguments: [
      ("union_lp", 30_610.0), ("union_mip", 30_610.0), ("post_mip", 23.0),
      ("post_lp", 67.0 / 3.0),
    ])
  func cbcCommandLineAgrees(name: String, published: Double) throws {
    let model = try Self.model(name)
    let inProcess = try #require(try solve(model).objective)
    let external = try #require(try CbcCommandLine.objective(ofMPS: model.mpsText()))
    #expect(abs(external - published) < 1e-6)
    #expect(abs(inProcess - published) < 1e-6)
  }

  // A maximisation model is written negated, so cbc reports minus our optimum (−(−30,610)).
  @Test(.enabled(if: CbcCommandLine.path != nil, "cbc command-line solver not installed"))
  func maximisationIsNegated() throws {
    let model = try ReferenceModels.unionAirwaysNegated()
    let external = try #require(try CbcCommandLine.objective(ofMPS: model.mpsText()))
    #expect(abs(external - 30_610) < 1e-6)
  }

  private static func model(_ name: String) throws -> OptimizationModel {
    switch name {
    case "union_lp": return try ReferenceModels.unionAirways(integer: false)
    case "union_mip": return try ReferenceModels.unionAirways(integer: true)
    case "post_lp": return try ReferenceModels.postOffice(integer: false)
    default: return try ReferenceModels.postOffice(integer: true)
    }
  }
}
