import Foundation
import Testing
import Optimization

/// A market-split instance (Cornuéjols & Dawande 1999): binary x with Σⱼ aᵢⱼ·xⱼ + s⁺ᵢ − s⁻ᵢ
/// = ⌊Σⱼ aᵢⱼ / 2⌋, minimise Σ (s⁺ᵢ + s⁻ᵢ). Its LP bound is 0 and branch-and-bound needs many
/// nodes to prove the optimum, so a short time limit stops it. Coefficients come from a fixed
/// linear congruential generator so the instance is the same on every run.
func marketSplit(rows: Int, columns: Int) throws -> OptimizationModel {
  var model = try OptimizationModel(name: "market_split")
  var state: UInt64 = 20_260_101
  func next() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Double((state >> 33) % 100)
  }
  let x = try (0..<columns).map { j in
    try model.addVariable("x\(j)", upperBound: 1, isInteger: true)
  }
  for i in 0..<rows {
    let coefficients = (0..<columns).map { _ in next() }
    let plus = try model.addVariable("plus\(i)", objective: 1)
    let minus = try model.addVariable("minus\(i)", objective: 1)
    let terms = zip(x, coefficients).map { Term($0, $1) } + [Term(plus, 1), Term(minus, -1)]
    try model.addRow("split\(i)", terms: terms, .equal,
      (coefficients.reduce(0, +) / 2).rounded(.down))
  }
  return model
}

@Suite("Solve statuses")
struct StatusTests {
  // Hand-checkable: x ≥ 5 and x ≤ 3 have no common point.
  @Test(arguments: [false, true])
  func infeasible(integer: Bool) throws {
    var model = try OptimizationModel(name: "infeasible")
    let x = try model.addVariable("x", isInteger: integer, objective: 1)
    try model.addRow("at_least_5", [(x, 1)], .greaterOrEqual, 5)
    try model.addRow("at_most_3", [(x, 1)], .lessOrEqual, 3)
    let result = try solve(model)
    #expect(result.status == .infeasible)
    #expect(result.objective == nil)
    #expect(!result.hasSolution)
  }

  // Hand-checkable: 2y = 3 has no integer solution though its LP relaxation has y = 1.5.
  @Test func integerInfeasible() throws {
    var model = try OptimizationModel(name: "parity")
    let y = try model.addVariable("y", isInteger: true)
    try model.addRow("odd", [(y, 2)], .equal, 3)
    #expect(try solve(model).status == .infeasible)
  }

  // Hand-checkable: maximise z + w with only z − w ≤ 3: both grow without bound.
  @Test(arguments: [false, true])
  func unbounded(integer: Bool) throws {
    var model = try OptimizationModel(name: "unbounded", direction: .maximize)
    let z = try model.addVariable("z", isInteger: integer, objective: 1)
    let w = try model.addVariable("w", objective: 1)
    try model.addRow("spread", [(z, 1), (w, -1)], .lessOrEqual, 3)
    #expect(try solve(model).status == .unbounded)
  }

  // A hard MIP under a 0.2 s limit: the search stops without a crash and the answer is
  // consistent (objective ≥ bound ≥ 0 for a minimisation whose LP bound is 0).
  @Test func timeLimitStopsTheSearch() throws {
    let model = try marketSplit(rows: 5, columns: 40)
    let result = try solve(model, options: SolveOptions(timeLimit: 0.2))
    #expect([.optimal, .feasibleAtLimit, .noSolutionAtLimit].contains(result.status))
    if result.hasSolution {
      let objective = try #require(result.objective)
      let bound = try #require(result.bestBound)
      #expect(bound <= objective + 1e-6)
      #expect(bound >= -1e-6)
      #expect((result.relativeGap ?? -1) >= 0)
      // The values are the incumbent, not the last LP: integral and satisfying every row.
      for (variable, value) in zip(model.variables, result.values) where variable.isInteger {
        #expect(abs(value - value.rounded()) < 1e-6, "\(variable.name) = \(value)")
      }
      for row in model.rows {
        #expect(abs(row.activity(result.values) - row.rightHandSide) < 1e-6, "\(row.name)")
      }
    }
  }

  // Post office (Winston ch. 3): a relative gap of 50% lets CBC stop at any solution within
  // 50% of the bound 22⅓, so the objective is an integer in [23, 33].
  @Test func relativeGapIsHonoured() throws {
    let result = try solve(
      ReferenceModels.postOffice(integer: true), options: SolveOptions(relativeGap: 0.5))
    let objective = try #require(result.objective)
    #expect(objective >= 23 - 1e-6)
    #expect(objective <= 33 + 1e-6)
  }

  // A MIP start equal to the published optimum (H&L §3.4) is accepted and the optimum stays
  // $30,610; an unknown name is an error, not a trap.
  @Test func mipStart() throws {
    let model = try ReferenceModels.unionAirways(integer: true)
    let start = Dictionary(
      uniqueKeysWithValues: zip(
        ReferenceModels.unionShifts.map(\.name), [48.0, 31, 39, 43, 15]))
    let result = try solve(model, options: SolveOptions(mipStart: start))
    #expect(result.status == .optimal)
    #expect(abs((result.objective ?? 0) - 30_610) < 1e-6)
    #expect(throws: SolveError.unknownStartVariable("nobody")) {
      try solve(model, options: SolveOptions(mipStart: ["nobody": 1]))
    }
  }

  @Test func invalidOptionsAreErrors() throws {
    let model = try ReferenceModels.postOffice(integer: true)
    #expect(throws: SolveError.invalidOption(name: "timeLimit", value: -1)) {
      try solve(model, options: SolveOptions(timeLimit: -1))
    }
  }

  // Many concurrent solves behind the one lock: each returns its published optimum
  // (Union Airways $30,610, H&L §3.4; post office 23 and 67/3, Winston ch. 3).
  @Test func concurrentSolves() async throws {
    let models = try [
      (ReferenceModels.unionAirways(integer: true), 30_610.0),
      (ReferenceModels.unionAirways(integer: false), 30_610.0),
      (ReferenceModels.postOffice(integer: true), 23.0),
      (ReferenceModels.postOffice(integer: false), 67.0 / 3.0),
    ]
    let objectives = try await withThrowingTaskGroup(of: (Double, Double?).self) { group in
      for copy in 0..<48 {
        let (model, expected) = models[copy % models.count]
        group.addTask { (expected, try solve(model).objective) }
      }
      var collected: [(Double, Double?)] = []
      for try await pair in group { collected.append(pair) }
      return collected
    }
    #expect(objectives.count == 48)
    for (expected, objective) in objectives {
      #expect(abs((objective ?? .nan) - expected) < 1e-6)
    }
  }
}
