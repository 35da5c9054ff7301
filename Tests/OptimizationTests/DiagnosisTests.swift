import Testing
import Optimization

/// Gurobi's `workforce1` example (examples/python/workforce1.py): shift requirements, pay per
/// shift and worker availability, copied verbatim. The data are infeasible.
enum Workforce1 {
  static let requirements: [(shift: String, workers: Double)] = [
    ("Mon1", 3), ("Tue2", 2), ("Wed3", 4), ("Thu4", 4), ("Fri5", 5), ("Sat6", 6), ("Sun7", 5),
    ("Mon8", 2), ("Tue9", 2), ("Wed10", 3), ("Thu11", 4), ("Fri12", 6), ("Sat13", 7),
    ("Sun14", 5),
  ]
  static let pay: [(worker: String, pay: Double)] = [
    ("Amy", 10), ("Bob", 12), ("Cathy", 10), ("Dan", 8), ("Ed", 8), ("Fred", 9), ("Gu", 11),
  ]
  static let availability: [String: [String]] = [
    "Amy": ["Tue2", "Wed3", "Fri5", "Sun7", "Tue9", "Wed10", "Thu11", "Fri12", "Sat13", "Sun14"],
    "Bob": ["Mon1", "Tue2", "Fri5", "Sat6", "Mon8", "Thu11", "Sat13"],
    "Cathy": [
      "Wed3", "Thu4", "Fri5", "Sun7", "Mon8", "Tue9", "Wed10", "Thu11", "Fri12", "Sat13", "Sun14",
    ],
    "Dan": [
      "Tue2", "Wed3", "Fri5", "Sat6", "Mon8", "Tue9", "Wed10", "Thu11", "Fri12", "Sat13", "Sun14",
    ],
    "Ed": [
      "Mon1", "Tue2", "Wed3", "Thu4", "Fri5", "Sun7", "Mon8", "Tue9", "Thu11", "Sat13", "Sun14",
    ],
    "Fred": ["Mon1", "Tue2", "Wed3", "Sat6", "Mon8", "Tue9", "Fri12", "Sat13", "Sun14"],
    "Gu": [
      "Mon1", "Tue2", "Wed3", "Fri5", "Sat6", "Sun7", "Mon8", "Tue9", "Wed10", "Thu11", "Fri12",
      "Sat13", "Sun14",
    ],
  ]

  /// x[worker, shift] ∈ [0, 1] for each available pair (as in workforce1.py); one equality row
  /// per shift: Σ x = requirement; minimise pay.
  static func model(integer: Bool) throws -> OptimizationModel {
    var model = try OptimizationModel(name: "workforce1")
    var byShift: [String: [Term]] = [:]
    for (worker, pay) in pay {
      for shift in availability[worker] ?? [] {
        let x = try model.addVariable(
          "x_\(worker)_\(shift)", upperBound: 1, isInteger: integer, objective: pay)
        byShift[shift, default: []].append(Term(x, 1))
      }
    }
    for (shift, workers) in requirements {
      try model.addRow(
        "cover_\(shift)", terms: byShift[shift] ?? [], .equal, workers, group: "coverage")
    }
    return model
  }
}

@Suite("Infeasibility diagnosis")
struct DiagnosisTests {
  // workforce1: Gurobi's example reports the model infeasible and its feasRelax finds a total
  // violation of 6. Counting the availability lists by hand: Thu4 has 2 workers for 4
  // (short 2), Sat6 4 for 6 (short 2), Sun7 4 for 5 (short 1), Fri12 5 for 6 (short 1).
  @Test(arguments: [false, true])
  func workforce1Shortfalls(integer: Bool) throws {
    let model = try Workforce1.model(integer: integer)
    #expect(try solve(model).status == .infeasible)
    let diagnosis = try diagnoseInfeasibility(model, groups: ["coverage"])
    #expect(diagnosis.outcome == .relaxed)
    #expect(diagnosis.isProvenMinimal)
    #expect(abs(diagnosis.totalViolation - 6) < 1e-6)
    let short = diagnosis.violations.map { ($0.row, $0.amount.rounded()) }
    let expected: [(String, Double)] = [
      ("cover_Thu4", 2), ("cover_Sat6", 2), ("cover_Sun7", 1), ("cover_Fri12", 1),
    ]
    #expect(short.map(\.0).sorted() == expected.map(\.0).sorted())
    for (row, amount) in expected {
      let violation = try #require(diagnosis.violations.first { $0.row == row })
      #expect(abs(violation.amount - amount) < 1e-6, "\(row)")
      #expect(violation.isShortfall)
      #expect(violation.group == "coverage")
      #expect(violation.sense == .equal)
    }
    // Thu4: both available workers (Cathy, Ed) are scheduled in the best partial plan.
    #expect(abs((diagnosis.value(named: "x_Cathy_Thu4") ?? 0) - 1) < 1e-6)
    #expect(abs((diagnosis.value(named: "x_Ed_Thu4") ?? 0) - 1) < 1e-6)
  }

  // Hand-computed: a floor "needs ≥ 5 on-call engineers" against a cap "max_headcount ≤ 3".
  // Relaxing only the floor's group must cost 5 − 3 = 2 on the floor; relaxing only the cap
  // costs 2 on the cap; the partial plan then has 3 and 5 engineers respectively.
  @Test func floorAgainstCap() throws {
    var model = try OptimizationModel(name: "oncall")
    let engineers = try model.addVariable("oncall_engineers", isInteger: true, objective: 1)
    try model.addRow("enterprise_24x7", [(engineers, 1)], .greaterOrEqual, 5, group: "coverage")
    try model.addRow("max_headcount", [(engineers, 1)], .lessOrEqual, 3, group: "caps")
    let floor = try diagnoseInfeasibility(model, groups: ["coverage"])
    #expect(floor.violations.count == 1)
    #expect(floor.violations.first?.row == "enterprise_24x7")
    #expect(abs((floor.violations.first?.amount ?? 0) - 2) < 1e-6)
    #expect(abs((floor.violations.first?.activity ?? 0) - 3) < 1e-6)
    let cap = try diagnoseInfeasibility(model, groups: ["caps"])
    #expect(cap.violations.first?.row == "max_headcount")
    #expect(cap.violations.first?.isShortfall == false)
    #expect(abs((cap.value(named: "oncall_engineers") ?? 0) - 5) < 1e-6)
  }

  // Hand-computed: with weight 10 on the cap and 1 on the floor, violating the floor (2 × 1)
  // is cheaper than violating the cap (2 × 10) when both are relaxable.
  @Test func weightsChooseTheCheaperRow() throws {
    var model = try OptimizationModel(name: "oncall")
    let engineers = try model.addVariable("oncall_engineers", objective: 1)
    try model.addRow("enterprise_24x7", [(engineers, 1)], .greaterOrEqual, 5, group: "coverage")
    try model.addRow("max_headcount", [(engineers, 1)], .lessOrEqual, 3, group: "caps")
    let diagnosis = try diagnoseInfeasibility(model, weights: ["caps": 10])
    #expect(diagnosis.violations.map(\.row) == ["enterprise_24x7"])
    #expect(abs(diagnosis.totalViolation - 2) < 1e-6)
  }

  // A feasible model needs no relaxation: Union Airways (H&L §3.4) stays at $30,610.
  @Test func feasibleModelIsReportedFeasible() throws {
    let model = try ReferenceModels.unionAirways(integer: true)
    let diagnosis = try diagnoseInfeasibility(model)
    #expect(diagnosis.outcome == .feasible)
    #expect(diagnosis.violations.isEmpty)
    #expect(abs(model.objectiveValue(diagnosis.values) - 30_610) < 1e-6)
  }

  // Hand-computed: 2y = 3 with y integer cannot be fixed by relaxing the other group.
  @Test func conflictOutsideRelaxedRows() throws {
    var model = try OptimizationModel(name: "parity")
    let y = try model.addVariable("y", isInteger: true)
    try model.addRow("odd", [(y, 2)], .equal, 3, group: "hard")
    try model.addRow("cap", [(y, 1)], .lessOrEqual, 10, group: "soft")
    let diagnosis = try diagnoseInfeasibility(model, groups: ["soft"])
    #expect(diagnosis.outcome == .infeasibleOutsideRelaxedRows)
    #expect(diagnosis.values.isEmpty)
  }
}
