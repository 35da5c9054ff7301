import Foundation

extension HeadcountInputs {
  /// The headcount inputs of a scenario, given the requirements stage's weekly productive
  /// hours per role (agents from phone + chat + email, escalation engineers from
  /// escalations, on-call from P1 work).
  ///
  /// Every role of `scenario.roles` is planned. Agents and escalation engineers must have
  /// requirement hours; TAMs and on-call default to 0 h (their headcount comes from account
  /// coverage and the hotline's coverage floor). What each role gets:
  /// - agent: one seat over each served tier's coverage window (the union of the window
  ///   over the regions, in UTC, e.g. Enterprise 24×7 = 168 h) and the customer ratios
  ///   (`ratios.customers_per_agent`) of the tiers with customers;
  /// - on_call: one seat 24×7 (168 h) for the P1 hotline when `incidents.per_month` > 0
  ///   (one engineer holds the pager; commander and communications lead join from the rota);
  /// - tam: Enterprise accounts × `tam_account_weight` ≤ `tam_capacity` × TAMs.
  /// - Throws: `PlanInputError` for missing roles or hours and for invalid numbers.
  public init(
    scenario: Scenario, weeklyRequirementHours: [RoleKind: Double]
  ) throws(PlanInputError) {
    for kind in weeklyRequirementHours.keys.sorted() where scenario.roles[kind] == nil {
      throw .missingRole(role: kind)
    }
    var roles: [RoleHeadcountInputs] = []
    for kind in RoleKind.allCases {
      guard let role = scenario.roles[kind] else { continue }
      let given = weeklyRequirementHours[kind]
      if given == nil, kind == .agent || kind == .escalationEngineer {
        throw .missingRequirementHours(role: kind)
      }
      let hours = given ?? 0
      var inputs = RoleHeadcountInputs(
        role: kind, paidHoursPerWeek: role.paidHoursPerWeek.seconds / 3600,
        shrinkage: role.shrinkage.value, monthlyCost: role.monthlyCost.doubleValue,
        requirementHoursPerWeek: hours, maxHeadcount: role.maxHeadcount)
      switch kind {
      case .agent:
        inputs.coverageFloors = Self.agentCoverageFloors(scenario)
        inputs.customerRatios = Tier.allCases.compactMap { tier in
          let count = scenario.customers(tier).count
          guard count > 0, let ratio = scenario.ratios.customersPerAgent[tier] else { return nil }
          return CustomerRatioLoad(tier: tier, customers: count, ratio: ratio)
        }
      case .onCall:
        if !scenario.incidents.perMonth.isZero {
          inputs.coverageFloors = [
            CoverageFloor(
              name: "p1_hotline", label: "P1 hotline 24×7 coverage", seats: 1,
              hoursPerWeek: 168)
          ]
        }
      case .tam:
        inputs.accountCoverage = WeightedAccountCoverage(
          accounts: scenario.customers(.enterprise).count,
          weight: scenario.ratios.tamAccountWeight.doubleValue,
          capacityPerTAM: scenario.ratios.tamCapacity.doubleValue)
      case .escalationEngineer:
        break
      }
      roles.append(inputs)
    }
    self.init(
      roles: roles, monthlyBudget: scenario.monthlyBudget?.doubleValue,
      monthlyTickets: scenario.totalMonthlyTickets)
    try validate()
  }

  /// One agent seat per served tier, over the union of its window in every region.
  static func agentCoverageFloors(_ scenario: Scenario) -> [CoverageFloor] {
    Tier.allCases.compactMap { tier in
      guard scenario.customers(tier).count > 0 || scenario.customers(tier).monthlyTickets > 0,
        let window = scenario.coverage[tier]
      else { return nil }
      let hours = coveredHoursPerWeek(window, regions: scenario.regions)
      guard hours > 0 else { return nil }
      let label = "\(tier.displayName) \(describe(window)) coverage"
      return CoverageFloor(name: tier.rawValue, label: label, seats: 1, hoursPerWeek: hours)
    }
  }

  /// Hours of the week (UTC) inside `window` in at least one region.
  ///
  /// Offsets are taken on Monday 2026-01-05 so the answer does not depend on the clock; a
  /// daylight-saving change moves a window but rarely its union's length.
  /// - Complexity: O(regions × 10,080) on a one-minute grid.
  static func coveredHoursPerWeek(_ window: CoverageWindow, regions: [Region]) -> Double {
    if window.isAroundTheClock { return 168 }
    let week = 7 * 1440
    var covered = [Bool](repeating: false, count: week)
    let reference = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05T00:00:00Z
    let zones = regions.isEmpty ? [0] : regions.map { region in
      (TimeZone(identifier: region.timeZone)?.secondsFromGMT(for: reference) ?? 0) / 60
    }
    for offset in zones {
      for day in window.days {
        for minute in window.start.minutes..<max(window.start.minutes, window.end.minutes) {
          let utc = ((day.index * 1440 + minute - offset) % week + week) % week
          covered[utc] = true
        }
      }
    }
    return Double(covered.count { $0 }) / 60
  }

  static func describe(_ window: CoverageWindow) -> String {
    if window.isAroundTheClock { return "24×7" }
    let allDay = window.start.minutes == 0 && window.end.minutes == 1440
    if allDay && window.days == [.mon, .tue, .wed, .thu, .fri] { return "24×5" }
    let days = window.days.sorted()
    let span = days.count > 1 ? "\(days[0].rawValue)–\(days[days.count - 1].rawValue)"
      : days.first?.rawValue ?? ""
    return "\(span) \(window.start)–\(window.end)"
  }
}
