import Foundation
import Optimization

/// The rotation of one region as an integer program: which line works which of the week's
/// shifts, every labour rule a row with a penalised slack.
///
/// Lines `l = 0 … L−1` are weeks of one cycle; cycle day `t = 7l + d` (cyclic, T = 7L), so a
/// crew that starts on line `l` works lines `l, l+1, …` and every junction is a day-to-day
/// step. Variables and rows (hard unless said soft):
/// - `x[l,d,k] ∈ {0,1}`: line `l` works shift type `k` of day `d` (types are the day's
///   distinct shifts with their counts `c[d,k]`); cover: Σ_l x[l,d,k] = c[d,k]; one shift a
///   day: w[t] = Σ_k x[t,k] ≤ 1.
/// - Rest and forward rotation (soft): x[t,k] + Σ_{k' ∈ conflict(k)} x[t+1,k'] ≤ 1 + s, where
///   k' conflicts when 1440 + start(k') − start(k) − length(k) < minimum rest, or when
///   forward rotation is on and k' belongs to an earlier family (N → S, S → D, N → D).
/// - Consecutive days (soft): Σ_{i=0…M} w[t+i] ≤ M; nights likewise with the night limit.
/// - Days off together (soft): a block of `consecutiveDaysOff` off days inside every line's
///   week (z[l,j] ≤ 1 − w[7l+j+i]); inside the week it also gives the 35 h weekly rest.
/// - Weekends off (soft): y[l] ≤ 1 − w[7l+5], y[l] ≤ 1 − w[7l+6]; every window of
///   `weekendOffEveryWeeks` consecutive lines has Σ y ≥ 1.
/// - Hours (soft, per hour): a line's paid hours ≤ the weekly maximum; every window of H
///   consecutive lines (cyclic) ≤ H × the average cap (H = the roster's weeks, so every
///   agent's roster meets the average; a multiple of L is the cycle average).
/// Objective: 10 per broken count rule, 2 per hour over; zero means every rule is met.
/// Source: the cyclic-roster formulations surveyed by Ernst, Jiang, Krishnamoorthy & Sier,
/// "Staff scheduling and rostering: a review" (EJOR 153, 2004), §3 (tour scheduling).
struct RotationModel {
  /// One distinct shift of a day and how many of it the mix asks for.
  struct ShiftType {
    var shift: RotationShift
    var count: Int
  }

  let types: [[ShiftType]]
  let lines: Int
  let rules: LabourRules
  let averagingWeeks: Int
  private(set) var model: OptimizationModel
  private var x: [[[VariableID]]] = []

  /// Count-rule slack weight and per-hour weight of the objective.
  static let countPenalty = 10.0
  static let hourPenalty = 2.0

  /// - Parameters:
  ///   - daily: the week's shifts per day (Monday first), one entry per shift to cover.
  ///   - averagingWeeks: the window of the average-hours rule in weeks (nil: the cycle).
  /// - Complexity: O(L × 7 × types²) rows and terms.
  init(daily: [[RotationShift]], lines: Int, rules: LabourRules, averagingWeeks: Int?)
    throws(ModelError)
  {
    types = daily.map { shifts in
      var grouped: [ShiftType] = []
      for shift in shifts {
        if let index = grouped.firstIndex(where: { $0.shift == shift }) {
          grouped[index].count += 1
        } else {
          grouped.append(ShiftType(shift: shift, count: 1))
        }
      }
      return grouped
    }
    self.lines = lines
    self.rules = rules
    self.averagingWeeks = max(1, averagingWeeks ?? lines)
    model = try OptimizationModel(name: "rotation")
    try build()
  }

  private var days: Int { 7 * lines }

  private func dayOf(_ t: Int) -> (line: Int, day: Int) {
    let cyclic = ((t % days) + days) % days
    return (cyclic / 7, cyclic % 7)
  }

  private func work(_ t: Int) -> [Term] {
    let (line, day) = dayOf(t)
    return x[line][day].map { Term($0, 1) }
  }

  private mutating func slack(_ name: String, upper: Double = 1, weight: Double = countPenalty)
    throws(ModelError) -> VariableID
  {
    try model.addVariable(name, upperBound: upper, objective: weight)
  }

  private mutating func build() throws(ModelError) {
    for line in 0..<lines {
      var week: [[VariableID]] = []
      for day in 0..<7 {
        var row: [VariableID] = []
        for k in types[day].indices {
          row.append(try model.addVariable("x_\(line)_\(day)_\(k)", upperBound: 1, isInteger: true))
        }
        week.append(row)
      }
      x.append(week)
    }
    for day in 0..<7 {
      for (k, type) in types[day].enumerated() {
        try model.addRow(
          "cover_\(day)_\(k)", terms: (0..<lines).map { Term(x[$0][day][k], 1) }, .equal,
          Double(type.count), group: "cover")
      }
    }
    for t in 0..<days {
      let (line, day) = dayOf(t)
      try model.addRow("one_\(t)", terms: work(t), .lessOrEqual, 1, group: "one shift a day")
      try addTransitionRows(t, line: line, day: day)
    }
    try addRunRows()
    try addDaysOffRows()
    try addWeekendRows()
    try addHourRows()
  }

  /// Rest and forward rotation between day t and t + 1.
  private mutating func addTransitionRows(_ t: Int, line: Int, day: Int) throws(ModelError) {
    let next = dayOf(t + 1)
    let minRest = Int(rules.minRestBetweenShifts.seconds / 60)
    var s: VariableID?
    for (k, type) in types[day].enumerated() {
      let conflicts = types[next.day].indices.filter { other in
        let following = types[next.day][other].shift
        let rest = 1440 + following.startMinute - type.shift.startMinute - type.shift.lengthMinutes
        let backward = rules.forwardRotation && following.kind < type.shift.kind
        return rest < minRest || backward
      }
      guard !conflicts.isEmpty else { continue }
      let slackVariable: VariableID
      if let existing = s {
        slackVariable = existing
      } else {
        slackVariable = try slack("s_step_\(t)")
      }
      s = slackVariable
      let terms = [Term(x[line][day][k], 1), Term(slackVariable, -1)]
        + conflicts.map { Term(x[next.line][next.day][$0], 1) }
      try model.addRow("step_\(t)_\(k)", terms: terms, .lessOrEqual, 1, group: "rest and rotation")
    }
  }

  /// Consecutive work days and nights in a row over every window of limit + 1 days.
  private mutating func addRunRows() throws(ModelError) {
    let limit = rules.maxConsecutiveDays
    if limit < days {
      for t in 0..<days {
        let s = try slack("s_run_\(t)", upper: .infinity)
        let terms = (0...limit).flatMap { work(t + $0) } + [Term(s, -1)]
        try model.addRow("run_\(t)", terms: terms, .lessOrEqual, Double(limit), group: "days in a row")
      }
    }
    let nights = rules.maxNightsInARow
    let hasNights = types.contains { $0.contains { $0.shift.kind == .night } }
    guard hasNights && nights < days else { return }
    for t in 0..<days {
      let s = try slack("s_night_\(t)", upper: .infinity)
      let terms = (0...nights).flatMap { offset -> [Term] in
        let (line, day) = dayOf(t + offset)
        return types[day].indices.filter { types[day][$0].shift.kind == .night }
          .map { Term(x[line][day][$0], 1) }
      }
      try model.addRow(
        "night_\(t)", terms: terms + [Term(s, -1)], .lessOrEqual, Double(nights),
        group: "nights in a row")
    }
  }

  /// A block of `consecutiveDaysOff` off days inside every line's week.
  private mutating func addDaysOffRows() throws(ModelError) {
    let block = rules.consecutiveDaysOff
    guard block > 0 && block <= 7 else { return }
    for line in 0..<lines {
      var choices: [Term] = []
      for first in 0...(7 - block) {
        let z = try model.addVariable("z_\(line)_\(first)", upperBound: 1, isInteger: true)
        choices.append(Term(z, 1))
        for offset in 0..<block {
          try model.addRow(
            "off_\(line)_\(first)_\(offset)", terms: [Term(z, 1)] + work(7 * line + first + offset),
            .lessOrEqual, 1, group: "days off together")
        }
      }
      let s = try slack("s_off_\(line)")
      try model.addRow(
        "offblock_\(line)", terms: choices + [Term(s, 1)], .greaterOrEqual, 1,
        group: "days off together")
    }
  }

  /// A weekend off in every window of `weekendOffEveryWeeks` lines.
  private mutating func addWeekendRows() throws(ModelError) {
    let window = rules.weekendOffEveryWeeks
    guard window > 0 else { return }
    var y: [VariableID] = []
    for line in 0..<lines {
      let free = try model.addVariable("y_\(line)", upperBound: 1, isInteger: true)
      y.append(free)
      for day in [5, 6] {
        try model.addRow(
          "weekend_\(line)_\(day)", terms: [Term(free, 1)] + work(7 * line + day), .lessOrEqual,
          1, group: "weekends off")
      }
    }
    for line in 0..<lines {
      let s = try slack("s_weekend_\(line)")
      let terms = (0..<window).map { Term(y[(line + $0) % lines], 1) } + [Term(s, 1)]
      try model.addRow("weekends_\(line)", terms: terms, .greaterOrEqual, 1, group: "weekends off")
    }
  }

  /// Paid hours of line `line` as terms.
  private func hours(_ line: Int) -> [Term] {
    (0..<7).flatMap { day in
      types[day].indices.map { Term(x[line][day][$0], Double(types[day][$0].shift.paidMinutes) / 60) }
    }
  }

  /// Weekly maximum per line and the average cap over every window of H lines.
  private mutating func addHourRows() throws(ModelError) {
    let weekly = rules.maxHoursPerWeek.seconds / 3600
    let average = rules.maxAverageHoursPerWeek.seconds / 3600
    for line in 0..<lines {
      let s = try slack("s_week_\(line)", upper: .infinity, weight: Self.hourPenalty)
      try model.addRow(
        "week_\(line)", terms: hours(line) + [Term(s, -1)], .lessOrEqual, weekly,
        group: "hours per week")
    }
    let window = averagingWeeks
    let rows = window % lines == 0 ? 1 : lines
    for line in 0..<rows {
      let s = try slack("s_average_\(line)", upper: .infinity, weight: Self.hourPenalty)
      let terms = (0..<window).flatMap { hours((line + $0) % lines) } + [Term(s, -1)]
      try model.addRow(
        "average_\(line)", terms: terms, .lessOrEqual, average * Double(window),
        group: "average hours")
    }
  }

  /// The MIP start of `lines` (one week per line, as many lines as the model has): x, z, y.
  func start(from weeks: [[RotationShift?]]) -> [String: Double] {
    var values: [String: Double] = [:]
    guard weeks.count == lines else { return values }
    let block = rules.consecutiveDaysOff
    for (line, week) in weeks.enumerated() {
      for day in 0..<7 {
        for (k, type) in types[day].enumerated() {
          values["x_\(line)_\(day)_\(k)"] = week[day] == type.shift ? 1 : 0
        }
      }
      if block > 0 && block <= 7 {
        let firstFree = (0...(7 - block)).first { first in
          (first..<(first + block)).allSatisfy { week[$0] == nil }
        }
        for first in 0...(7 - block) { values["z_\(line)_\(first)"] = first == firstFree ? 1 : 0 }
      }
      if rules.weekendOffEveryWeeks > 0 {
        values["y_\(line)"] = week[5] == nil && week[6] == nil ? 1 : 0
      }
    }
    return values
  }

  /// The lines of a solution (one week each), or nil when it does not cover the mix.
  func lines(from result: SolveResult) -> [[RotationShift?]]? {
    guard result.hasSolution else { return nil }
    var weeks = Array(repeating: [RotationShift?](repeating: nil, count: 7), count: lines)
    for line in 0..<lines {
      for day in 0..<7 {
        for (k, type) in types[day].enumerated() where (result.value(x[line][day][k]) ?? 0) > 0.5 {
          weeks[line][day] = type.shift
        }
      }
    }
    return weeks
  }
}
