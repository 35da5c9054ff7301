import Testing

@testable import Planning

/// The public 24×5 templates of `scheduling-public.md`: 8 h and 10 h shifts starting every
/// 30 minutes on every day; with lunch a 30-min unpaid meal starting +3…+5 h (8 h) or
/// +4…+6 h (10 h) after the start, spread 8.5 h / 10.5 h, paid 8 h / 10 h.
private func publicTemplates(lunch: Bool) -> [ShiftTemplate] {
  let starts = Array(stride(from: 0, to: 1440, by: 30))
  func meal(_ earliest: Int) -> [BreakWindow] {
    guard lunch else { return [] }
    return [
      BreakWindow(
        name: "meal", lengthMinutes: 30, paid: false, earliestStartMinutes: earliest,
        latestStartMinutes: earliest + 120)
    ]
  }
  return [
    ShiftTemplate(
      name: "8h", lengthMinutes: lunch ? 510 : 480, startMinutes: starts, breaks: meal(180)),
    ShiftTemplate(
      name: "10h", lengthMinutes: lunch ? 630 : 600, startMinutes: starts, breaks: meal(240)),
  ]
}

@Suite("Weekly shift design")
struct ShiftDesignTests {
  @Test("Public 24×5 curve, 8 h and 10 h shifts without breaks: 3356 paid hours, LP integral")
  func publicCurveWithoutBreaks() throws {
    let requirement = WeeklyRequirement(intervalMinutes: 15, required: publicDemand24x5)
    let plan = try designWeeklyShifts(
      requirement: requirement, templates: publicTemplates(lunch: false),
      options: ShiftDesignOptions(runSolver: false))
    // scheduling-public.md: optimum 3356 paid hours, and the LP is integral.
    #expect(plan.paidHours == 3356)
    #expect(abs(plan.lowerBound - 3356) < 1e-6)
    #expect(plan.gap < 1e-9)
    #expect(plan.underCoverageHours == 0)
    #expect(plan.coverage.count == 672)
    #expect(plan.uncovered.isEmpty)
  }

  @Test("Public 24×5 curve with floating lunches: LP bound 3295.8, heuristic plan near it")
  func publicCurveWithLunches() throws {
    let requirement = WeeklyRequirement(intervalMinutes: 15, required: publicDemand24x5)
    let plan = try designWeeklyShifts(
      requirement: requirement, templates: publicTemplates(lunch: true),
      options: ShiftDesignOptions(runSolver: false))
    // scheduling-public.md: LP bound 3295.8, best known 3300. The deterministic heuristic
    // alone (no CBC, so no time limit here) is asserted within 1.5% of the bound; CBC's
    // 0.5% figure is a release benchmark, not a unit test.
    #expect(abs(plan.lowerBound - 3295.8) < 0.05)
    #expect(plan.paidHours >= 3295.8)
    #expect(plan.paidHours <= 3295.8 * 1.015)
    #expect(plan.underCoverageHours == 0)
    // Every agent's meal starts inside its window (+3…+5 h for 8 h, +4…+6 h for 10 h).
    for shift in plan.shifts {
      let earliest = shift.lengthMinutes == 510 ? 180 : 240
      for starts in shift.breakStarts {
        #expect(starts.count == 1)
        #expect(starts.allSatisfy { $0 >= earliest && $0 <= earliest + 120 })
      }
    }
  }

  @Test("Post office days-off tours (Winston, Operations Research ch. 3): 23, LP 22⅓")
  func postOfficeTours() throws {
    // Daily need Mon 17, Tue 13, Wed 15, Thu 19, Fri 14, Sat 16, Sun 11, held all day.
    let daily: [Double] = [17, 13, 15, 19, 14, 16, 11]
    let required = daily.flatMap { Array(repeating: $0, count: 24) }
    let tour = ShiftTemplate(
      name: "5on2off", lengthMinutes: 1440, startMinutes: [0], workDayOffsets: [0, 1, 2, 3, 4],
      cost: 1)
    let plan = try designWeeklyShifts(
      requirement: WeeklyRequirement(intervalMinutes: 60, required: required),
      templates: [tour], options: ShiftDesignOptions(timeLimit: 60))
    // Winston: optimum 23 employees, LP bound 22⅓.
    #expect(plan.objective == 23)
    #expect(plan.shifts.reduce(0) { $0 + $1.count } == 23)
    #expect(plan.underCoverageHours == 0)
    // CBC proves 23 optimal, so the reported bound is 23 rather than the LP's 22⅓.
    #expect(plan.lowerBound == 23)
    #expect(plan.gap < 1e-9)
  }

  /// Every instance of bench-data/shift-design with a known optimum (1–5 and 26; 21 is open).
  /// CBC proves each optimum within the limit (0.3–5 s each in a debug build), so the gap is 0.
  @Test(
    "Minimum shift design instances reach their optimal objective",
    arguments: minimumShiftDesignInstances.map(\.name))
  func minimumShiftDesign(_ name: String) throws {
    let instance = try #require(minimumShiftDesignInstances.first { $0.name == name })
    let plan = try designWeeklyShifts(
      requirement: WeeklyRequirement(
        intervalMinutes: instance.interval, required: instance.demand),
      templates: msdTemplates(instance), options: msdOptions(instance))
    // bench-data/README.md: optima computed with HiGHS 1.16 (480, 300, 600, 450, 480, 1020),
    // each with zero over- and under-cover.
    #expect(abs(plan.objective - instance.optimum) < 1e-6)
    #expect(plan.gap < 1e-9)
    #expect(plan.underCoverageHours == 0)
    #expect(plan.overCoverageHours == 0)
  }

  @Test("A window no template reaches is reported: soft coverage and hard floor")
  func uncoverableWindow() throws {
    // 08:00 8 h shifts on weekdays cannot reach Monday 02:00 (closed form: nothing starts
    // before 08:00 and no shift crosses midnight).
    var required = [Double](repeating: 0, count: 168)
    for day in 0..<5 { for hour in 8..<16 { required[day * 24 + hour] = 3 } }
    required[2] = 2
    var floor = [Double](repeating: 0, count: 168)
    floor[2] = 1
    let template = ShiftTemplate(
      name: "day", lengthMinutes: 480, days: [0, 1, 2, 3, 4], startMinutes: [480])
    let soft = try designWeeklyShifts(
      requirement: WeeklyRequirement(intervalMinutes: 60, required: required),
      templates: [template])
    #expect(soft.uncovered.map(\.interval) == [2])
    #expect(soft.underCoverageHours == 2)
    #expect(soft.paidHours == 5 * 3 * 8)
    let hard = try designWeeklyShifts(
      requirement: WeeklyRequirement(intervalMinutes: 60, required: required, floor: floor),
      templates: [template])
    #expect(hard.floorConflicts == ["floor_Mon_0200: short 1"])
    #expect(hard.uncovered.map(\.day) == [0])
    #expect(hard.uncovered.map(\.minuteOfDay) == [120])
    #expect(hard.paidHours == 5 * 3 * 8)
  }

  @Test("A fixed lunch leaves its hour uncovered; a Sunday night shift wraps into Monday")
  func breakAndWrap() throws {
    // Closed form: one 9 h shift 08:00–17:00 with a 1 h unpaid lunch fixed at +4 h works
    // 08–12 and 13–17 exactly: 8 paid hours, nobody at 12:00, no shortfall, no excess.
    var required = [Double](repeating: 0, count: 168)
    for hour in [8, 9, 10, 11, 13, 14, 15, 16] { required[hour] = 1 }
    let lunch = BreakWindow(
      name: "meal", lengthMinutes: 60, paid: false, earliestStartMinutes: 240,
      latestStartMinutes: 240)
    let day = ShiftTemplate(
      name: "9h", lengthMinutes: 540, days: [0], startMinutes: [480], breaks: [lunch])
    let plan = try designWeeklyShifts(
      requirement: WeeklyRequirement(intervalMinutes: 60, required: required), templates: [day])
    #expect(plan.paidHours == 8)
    #expect(plan.underCoverageHours == 0)
    #expect(plan.overCoverageHours == 0)
    #expect(plan.coverage[12].scheduled == 0)
    #expect(plan.shifts.map(\.breakStarts) == [[[240]]])
    // Closed form: Sunday 22:00 + 8 h ends Monday 06:00 in a cyclic week.
    var night = [Double](repeating: 0, count: 168)
    for slot in [166, 167, 0, 1, 2, 3, 4, 5] { night[slot] = 1 }
    let sunday = ShiftTemplate(name: "night", lengthMinutes: 480, days: [6], startMinutes: [1320])
    let wrapped = try designWeeklyShifts(
      requirement: WeeklyRequirement(intervalMinutes: 60, required: night), templates: [sunday])
    #expect(wrapped.paidHours == 8)
    #expect(wrapped.underCoverageHours == 0)
    #expect(wrapped.overCoverageHours == 0)
  }

  @Test("Bad input names what is wrong")
  func badInput() {
    let template = ShiftTemplate(name: "8h", lengthMinutes: 480, startMinutes: [0])
    let wrongCount = ShiftDesignError.wrongIntervalCount(what: "required", count: 3, expected: 672)
    #expect(throws: wrongCount) {
      try designWeeklyShifts(
        requirement: WeeklyRequirement(intervalMinutes: 15, required: [1, 2, 3]),
        templates: [template])
    }
    #expect(throws: ShiftDesignError.invalidInterval(minutes: 7)) {
      try designWeeklyShifts(
        requirement: WeeklyRequirement(intervalMinutes: 7, required: []), templates: [template])
    }
  }
}

/// One template per (shift type, length): starts minStart…maxStart slots, lengths
/// minLength…maxLength slots, no cost of its own (the MSD objective has no hours term).
private func msdTemplates(_ instance: MinimumShiftDesignInstance) -> [ShiftTemplate] {
  var templates: [ShiftTemplate] = []
  for type in instance.minStart.indices {
    let starts = (instance.minStart[type]...instance.maxStart[type]).map { $0 * instance.interval }
    for length in instance.minLength[type]...instance.maxLength[type] {
      templates.append(
        ShiftTemplate(
          name: "type\(type)_\(length)", lengthMinutes: length * instance.interval,
          startMinutes: starts, cost: 0))
    }
  }
  return templates
}

/// The MSD objective in minutes: weight·interval per agent-interval of deviation is weight·60
/// per agent-hour; weightShiftInstances per distinct (start, length); with
/// weightDutiesPerWeek > 0 the hard rule duties·avgMinutes ≤ maxDuties·Σ minutes, i.e. an
/// average length of at least avgMinutes / maxDuties.
private func msdOptions(_ instance: MinimumShiftDesignInstance) -> ShiftDesignOptions {
  ShiftDesignOptions(
    underCoveragePenalty: 60, overCoveragePenalty: 60,
    shiftTypeCost: instance.weightShiftInstances,
    minimumAverageShiftMinutes: instance.weightDutiesPerWeek > 0
      ? instance.avgMinutes / instance.maxDuties : nil,
    timeLimit: 60)
}
