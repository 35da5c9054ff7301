import Queueing

extension ScenarioDecoder {
  func decodeShifts(_ node: YAMLNode?) -> ShiftPolicy {
    var shifts = ScenarioDefaults.shifts
    let section = "shifts"
    guard let node,
      let fields = context.fields(
        node, section, allowed: ["lengths", "start_every", "days", "breaks"])
    else { return shifts }
    if let lengths = fields["lengths"] {
      let items = lengths.items ?? [lengths]
      let values = items.compactMap { context.duration($0, "shifts.lengths") }
      if values.count == items.count {
        if let zero = zip(items, values).first(where: { $0.1.exactSeconds.isZero }) {
          context.report(zero.0.mark, "shifts.lengths: a shift of 0h; expected lengths > 0")
        } else if !values.isEmpty {
          shifts.lengths = values
        }
      }
    }
    if let value = fields.duration("start_every", section) {
      if value.exactSeconds.isZero {
        context.report(
          fields["start_every"]?.mark ?? node.mark,
          "shifts.start_every is 0; expected a start grid such as 30m")
      } else {
        shifts.startEvery = value
      }
    }
    if let days = fields["days"].flatMap({ context.weekdays($0, "shifts.days") }) {
      shifts.days = days
    }
    if let breaks = fields["breaks"] {
      if let items = breaks.items {
        let rules = items.enumerated().compactMap {
          breakRule($0.element, "shifts.breaks[\($0.offset + 1)]")
        }
        if rules.count == items.count { shifts.breaks = rules }
      } else {
        context.report(
          breaks.mark,
          "shifts.breaks must be a list, found \(breaks.kindDescription); expected items such "
            + "as '- { name: meal, length: 30m, paid: false, after: 3h, before: 5h }'")
      }
    }
    return shifts
  }

  private func breakRule(_ node: YAMLNode, _ section: String) -> BreakRule? {
    guard
      let fields = context.fields(
        node, section, allowed: ["name", "length", "paid", "after", "before"])
    else { return nil }
    let name = fields.text("name", section) ?? "break"
    let length = fields.required("length", in: section, example: "15m").flatMap {
      context.duration($0, "\(section).length")
    }
    let paid = fields.required("paid", in: section, example: "true").flatMap {
      context.boolean($0, "\(section).paid")
    }
    let after = fields.required("after", in: section, example: "3h").flatMap {
      context.duration($0, "\(section).after")
    }
    let before = fields.required("before", in: section, example: "5h").flatMap {
      context.duration($0, "\(section).before")
    }
    guard let length, let paid, let after, let before else { return nil }
    guard after <= before else {
      context.report(
        node.mark,
        "\(section): after (\(after)) is later than before (\(before)); expected "
          + "a window with after ≤ before, measured from the shift start")
      return nil
    }
    return BreakRule(name: name, length: length, paid: paid, earliest: after, latest: before)
  }

  func decodeRules(_ node: YAMLNode?) -> LabourRules {
    var rules = ScenarioDefaults.rules
    let section = "rules"
    guard let node,
      let fields = context.fields(
        node, section,
        allowed: [
          "min_rest_between_shifts", "min_weekly_rest", "max_consecutive_days",
          "max_hours_per_week", "max_average_hours_per_week", "consecutive_days_off",
          "weekend_off_every_weeks", "max_nights_in_a_row", "forward_rotation",
        ])
    else { return rules }
    func span(_ key: String, _ path: WritableKeyPath<LabourRules, TimeSpan>) {
      if let value = fields.duration(key, section) { rules[keyPath: path] = value }
    }
    func count(_ key: String, _ path: WritableKeyPath<LabourRules, Int>, minimum: Int) {
      if let value = fields.integer(key, section, minimum: minimum) {
        rules[keyPath: path] = value
      }
    }
    span("min_rest_between_shifts", \.minRestBetweenShifts)
    span("min_weekly_rest", \.minWeeklyRest)
    count("max_consecutive_days", \.maxConsecutiveDays, minimum: 1)
    span("max_hours_per_week", \.maxHoursPerWeek)
    span("max_average_hours_per_week", \.maxAverageHoursPerWeek)
    count("consecutive_days_off", \.consecutiveDaysOff, minimum: 0)
    count("weekend_off_every_weeks", \.weekendOffEveryWeeks, minimum: 1)
    count("max_nights_in_a_row", \.maxNightsInARow, minimum: 0)
    if let value = fields.boolean("forward_rotation", section) { rules.forwardRotation = value }
    if rules.maxAverageHoursPerWeek > rules.maxHoursPerWeek {
      context.report(
        node.mark,
        "rules.max_average_hours_per_week (\(rules.maxAverageHoursPerWeek)) is above "
          + "max_hours_per_week (\(rules.maxHoursPerWeek)); expected average ≤ weekly maximum")
    }
    return rules
  }

  func decodeRotation(_ node: YAMLNode) -> RotationChoice? {
    guard let name = context.text(node, "rotation") else { return nil }
    if name == "generated" { return .generated }
    if RotationChoice.catalogue.contains(name) { return .catalogue(name) }
    context.reportUnknown(
      name, at: node.mark, kind: "rotation", in: "rotation",
      accepted: ["generated"] + RotationChoice.catalogue)
    return nil
  }

  /// A list of agents, or the path of an agents CSV.
  func decodeAgents(_ node: YAMLNode, regions: [String]) -> [Agent] {
    if let path = node.scalarText {
      return agentsTable(path, at: node.mark, regions: regions)
    }
    guard let items = node.items else {
      context.report(
        node.mark,
        "agents must be a list or a CSV path, found \(node.kindDescription); expected e.g. "
          + "'agents: agents.csv'")
      return []
    }
    var agents: [Agent] = []
    var first: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      guard let agent = agent(item, "agents[\(index + 1)]", regions: regions) else { continue }
      if let earlier = first[agent.name] {
        context.report(
          item.mark,
          "agents[\(index + 1)].name '\(agent.name)' is already agents[\(earlier)]; expected "
            + "one entry per agent")
        continue
      }
      first[agent.name] = index + 1
      agents.append(agent)
    }
    return agents
  }

  private func agent(_ node: YAMLNode, _ section: String, regions: [String]) -> Agent? {
    guard
      let fields = context.fields(
        node, section,
        allowed: ["name", "role", "region", "contract_hours", "skills", "unavailable"])
    else { return nil }
    let name = fields.required("name", in: section, example: "Ada Byrne").flatMap {
      context.text($0, "\(section).name")
    }
    let role =
      fields["role"].map { context.choice($0, "\(section).role", as: RoleKind.self) }
      ?? .agent
    var region = regions.count == 1 ? regions.first : nil
    if let node = fields["region"], let text = context.text(node, "\(section).region") {
      if regions.contains(text) {
        region = text
      } else {
        context.reportUnknown(
          text, at: node.mark, kind: "region", in: "\(section).region", accepted: regions)
      }
    } else if region == nil {
      context.report(
        node.mark,
        "missing required key 'region' in \(section); add one of: "
          + regions.joined(separator: ", "))
    }
    if let name, let problem = agentNameProblem(name) {
      context.report(fields["name"]?.mark ?? node.mark, "\(section).name: " + problem)
    }
    let hours = fields.duration("contract_hours", section) ?? ScenarioDefaults.paidHours
    if let problem = contractHoursProblem(hours, written: fields["contract_hours"]?.scalarText) {
      context.report(fields["contract_hours"]?.mark ?? node.mark, "\(section).\(problem)")
    }
    for key in ["skills", "unavailable"] {
      if let node = fields[key], node.items == nil {
        context.report(
          node.mark,
          "\(section).\(key) has the wrong type: found \(node.kindDescription); expected a "
            + "list such as " + (key == "skills" ? "[chat, email]" : "[2026-12-24, 2026-12-25]"))
      }
    }
    let skills = (fields["skills"]?.items ?? []).compactMap {
      context.choice($0, "\(section).skills", as: Channel.self)
    }
    var dates: [String] = []
    for item in fields["unavailable"]?.items ?? [] {
      guard let text = context.text(item, "\(section).unavailable") else { continue }
      if isISODate(text) {
        dates.append(text)
      } else {
        context.report(item.mark, "\(section).unavailable: " + unavailableDateProblem(text))
      }
    }
    guard let name, let role, let region else { return nil }
    return Agent(
      name: name, role: role, region: region, contractHours: hours, skills: skills,
      unavailable: dates)
  }
}
