import Queueing

extension ScenarioDecoder {
  func decodeRoles(_ node: YAMLNode?, staffing: StaffingPolicy) -> [RoleKind: Role] {
    var roles: [RoleKind: Role] = [:]
    for kind in RoleKind.allCases {
      roles[kind] = Role(
        paidHoursPerWeek: ScenarioDefaults.paidHours, shrinkage: staffing.shrinkage,
        monthlyCost: ScenarioDefaults.monthlyCost[kind] ?? ExactDecimal(0))
    }
    guard let node,
      let fields = context.fields(node, "roles", allowed: RoleKind.allCases.map(\.rawValue))
    else { return roles }
    for kind in RoleKind.allCases {
      let section = "roles.\(kind.rawValue)"
      guard let value = fields[kind.rawValue], var role = roles[kind],
        let roleFields = context.fields(
          value, section, allowed: ["paid_hours", "shrinkage", "monthly_cost", "max_headcount"])
      else { continue }
      if let hours = roleFields.duration("paid_hours", section) {
        if hours.exactSeconds.isZero || hours > TimeSpan(seconds: 168 * 3600) {
          context.report(
            roleFields["paid_hours"]?.mark ?? value.mark,
            "\(section).paid_hours: '\(hours)' per week is impossible; expected more than 0h "
              + "and at most 168h, e.g. 40h")
        } else {
          role.paidHoursPerWeek = hours
        }
      }
      if let shrinkage = roleFields.percentage("shrinkage", section) {
        role.shrinkage = shrinkage
      }
      if let cost = roleFields.decimal("monthly_cost", section) { role.monthlyCost = cost }
      role.maxHeadcount = roleFields.integer("max_headcount", section)
      roles[kind] = role
    }
    return roles
  }

  func decodeRatios(_ node: YAMLNode?) -> StaffingRatios {
    var ratios = ScenarioDefaults.ratios
    let section = "ratios"
    guard let node,
      let fields = context.fields(
        node, section, allowed: ["customers_per_agent", "tam_account_weight", "tam_capacity"])
    else { return ratios }
    if let perAgent = fields["customers_per_agent"] {
      perTier(perAgent, "ratios.customers_per_agent", into: &ratios.customersPerAgent) {
        customerRatio($0, $1)
      }
    }
    if let weight = fields.decimal("tam_account_weight", section) {
      ratios.tamAccountWeight = weight
    }
    if let capacity = fields.decimal("tam_capacity", section) {
      if capacity.isZero {
        context.report(
          fields["tam_capacity"]?.mark ?? node.mark,
          "ratios.tam_capacity is 0; expected the weighted accounts one TAM covers, > 0")
      } else {
        ratios.tamCapacity = capacity
      }
    }
    return ratios
  }

  /// `80` or `250-500` customers per agent; min ≤ max, both ≥ 1.
  private func customerRatio(_ node: YAMLNode, _ what: String) -> CustomerRatio? {
    let accepted = "customers per agent as a number such as 80 or a band such as 250-500"
    guard let text = context.text(node, what) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      .map { Int($0.trimmedOfSpaces()) }
    guard (1...2).contains(parts.count), let low = parts.first ?? nil,
      let high = parts.last ?? nil,
      low >= 1
    else {
      context.report(node.mark, "\(what): '\(text)' is not a ratio; expected \(accepted)")
      return nil
    }
    guard low <= high else {
      context.report(
        node.mark, "\(what): '\(text)' has its minimum above its maximum; expected \(accepted)")
      return nil
    }
    return CustomerRatio(minimum: low, maximum: high)
  }

  func decodeCapacity(_ node: YAMLNode?) -> CapacityInputs {
    var capacity = ScenarioDefaults.capacity
    let section = "capacity"
    guard let node,
      let fields = context.fields(
        node, section,
        allowed: [
          "months", "monthly_growth", "monthly_volumes", "starting_headcount", "attrition",
          "hiring_lead_months", "onboarding", "certified_after", "class_size",
        ])
    else { return capacity }
    if let months = fields.integer("months", section, minimum: 1) { capacity.months = months }
    switch (fields["monthly_growth"], fields["monthly_volumes"]) {
    case (_?, let volumes?):
      context.report(
        volumes.mark, "capacity gives both monthly_growth and monthly_volumes; give one of them")
    case (let growth?, nil):
      if let rate = context.percentage(growth, "capacity.monthly_growth") {
        capacity.volume = .growth(rate)
      }
    case (nil, let volumes?):
      if let items = volumes.items {
        let values = items.compactMap { context.integer($0, "capacity.monthly_volumes") }
        if values.count == items.count && values.count != capacity.months {
          context.report(
            volumes.mark,
            "capacity.monthly_volumes has \(values.count) months; expected one per month "
              + "(months: \(capacity.months))")
        } else if values.count == items.count {
          capacity.volume = .explicit(values)
        }
      } else {
        context.report(
          volumes.mark,
          "capacity.monthly_volumes must be a list of tickets per month, found "
            + "\(volumes.kindDescription); expected e.g. [10000, 10500, 11000]")
      }
    case (nil, nil):
      break
    }
    if let start = fields["starting_headcount"],
      let roles = context.fields(
        start, "capacity.starting_headcount", allowed: RoleKind.allCases.map(\.rawValue))
    {
      for kind in RoleKind.allCases {
        if let count = roles.integer(kind.rawValue, "capacity.starting_headcount") {
          capacity.startingHeadcount[kind] = count
        }
      }
    }
    if let value = fields.percentage("attrition", section) { capacity.attritionPerMonth = value }
    if let value = fields.integer("hiring_lead_months", section) {
      if value >= capacity.months {
        context.report(
          fields["hiring_lead_months"]?.mark ?? node.mark,
          "capacity.hiring_lead_months is \(value), not shorter than the horizon of "
            + "\(capacity.months) months; expected fewer months than 'months'")
      } else {
        capacity.hiringLeadMonths = value
      }
    }
    if let value = fields.duration("onboarding", section) { capacity.onboarding = value }
    if let value = fields.duration("certified_after", section) { capacity.certifiedAfter = value }
    if capacity.certifiedAfter < capacity.onboarding {
      context.report(
        node.mark,
        "capacity.certified_after (\(capacity.certifiedAfter)) is before onboarding ends "
          + "(\(capacity.onboarding)); expected certified_after ≥ onboarding")
    }
    if let value = fields.integer("class_size", section, minimum: 1) { capacity.classSize = value }
    return capacity
  }
}
