import Optimization

/// Published reference problems, copied as Swift literals (tests do not read /work/shared).
enum ReferenceModels {
  /// Union Airways, Hillier & Lieberman, "Introduction to Operations Research", §3.4.
  /// Agents needed per period and five 8-hour shifts with their daily cost per agent.
  static let unionPeriods: [(name: String, need: Double)] = [
    ("p06_08", 48), ("p08_10", 79), ("p10_12", 65), ("p12_14", 87), ("p14_16", 64),
    ("p16_18", 73), ("p18_20", 82), ("p20_22", 43), ("p22_24", 52), ("p00_06", 15),
  ]
  /// Shift name, cost ($/agent/day) and the periods (indices into `unionPeriods`) it covers:
  /// a shift covers the periods inside its 8 hours; the 22:00 shift covers 22–24 and 00–06.
  static let unionShifts: [(name: String, cost: Double, covers: [Int])] = [
    ("shift_06", 170, [0, 1, 2, 3]),
    ("shift_08", 160, [1, 2, 3, 4]),
    ("shift_12", 175, [3, 4, 5, 6]),
    ("shift_16", 180, [5, 6, 7, 8]),
    ("shift_22", 195, [8, 9]),
  ]

  static func unionAirways(integer: Bool) throws -> OptimizationModel {
    var model = try OptimizationModel(name: "union_airways")
    let shifts = try unionShifts.map { shift in
      try model.addVariable(shift.name, isInteger: integer, objective: shift.cost)
    }
    for (period, entry) in unionPeriods.enumerated() {
      let terms = unionShifts.indices.filter { unionShifts[$0].covers.contains(period) }
        .map { Term(shifts[$0], 1) }
      try model.addRow("cover_\(entry.name)", terms: terms, .greaterOrEqual, entry.need,
        group: "coverage")
    }
    return model
  }

  /// Union Airways as a maximisation of the negated cost: its optimum is −30,610.
  static func unionAirwaysNegated() throws -> OptimizationModel {
    let source = try unionAirways(integer: true)
    var model = try OptimizationModel(name: "union_max", direction: .maximize)
    for variable in source.variables {
      try model.addVariable(variable.name, isInteger: true, objective: -variable.objective)
    }
    for row in source.rows {
      try model.addRow(row.name, terms: row.terms, row.sense, row.rightHandSide)
    }
    return model
  }

  /// Post office days-off problem, Winston, "Operations Research", ch. 3: daily need Mon…Sun;
  /// each employee works five consecutive days then has two off (cyclic week).
  static let postOfficeNeed: [Double] = [17, 13, 15, 19, 14, 16, 11]
  static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  static func postOffice(integer: Bool) throws -> OptimizationModel {
    var model = try OptimizationModel(name: "post_office")
    let starts = try days.map { day in
      try model.addVariable("start_\(day)", isInteger: integer, objective: 1)
    }
    for (day, need) in postOfficeNeed.enumerated() {
      // Working on `day`: those who started on day, day−1, …, day−4 (mod 7).
      let terms = (0..<5).map { back in Term(starts[(day - back + 7) % 7], 1) }
      try model.addRow("need_\(days[day])", terms: terms, .greaterOrEqual, need)
    }
    return model
  }
}
