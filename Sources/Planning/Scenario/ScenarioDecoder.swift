import Foundation
import Queueing

/// Turns a merged YAML tree into a `Scenario`, filling defaults and reporting every problem.
struct ScenarioDecoder {
  typealias CSVReader = (String, SourceMark) -> Result<
    (path: String, text: String), ScenarioLoadError
  >

  let context: DecodingContext
  let readCSV: CSVReader

  static let topLevelKeys = [
    "name", "description", "interval", "regions", "customers", "channels", "coverage",
    "arrivals", "deflection", "staffing", "escalations", "incidents", "roles", "ratios",
    "monthly_budget", "sla_credits", "capacity", "shifts", "rules", "rotation", "agents",
  ]

  /// The scenario, or nil when a required part is missing (the problems are in `context`).
  func decode(_ root: YAMLNode) -> Scenario? {
    guard let top = context.fields(root, "the scenario", allowed: Self.topLevelKeys + ["base"])
    else { return nil }
    let nameNode = top.required("name", in: "the scenario", example: "Travis baseline")
    let name = nameNode.flatMap { context.text($0, "name") }
    let description = top.text("description", "the scenario") ?? ""
    let interval = top["interval"].flatMap(intervalMinutes) ?? ScenarioDefaults.intervalMinutes
    let regions =
      top.required("regions", in: "the scenario", example: "{ emea: ... }")
      .flatMap(decodeRegions) ?? []
    let customers =
      top.required("customers", in: "the scenario", example: "{ standard: ... }")
      .flatMap(decodeCustomers) ?? [:]
    let staffing = top["staffing"].flatMap(decodeStaffing) ?? ScenarioDefaults.staffing
    let roles = decodeRoles(top["roles"], staffing: staffing)
    let regionNames = regions.map(\.name)
    let scenario = Scenario(
      name: name ?? "",
      description: description,
      intervalMinutes: interval,
      regions: regions,
      customers: customers,
      channels: decodeChannels(top["channels"], intervalMinutes: interval),
      coverage: decodeCoverage(top["coverage"]),
      arrivals: decodeArrivals(top["arrivals"]),
      deflection: decodeDeflection(top["deflection"]),
      staffing: staffing,
      escalations: decodeEscalations(top["escalations"]),
      incidents: decodeIncidents(top["incidents"]),
      roles: roles,
      ratios: decodeRatios(top["ratios"]),
      monthlyBudget: top.decimal("monthly_budget", "the scenario"),
      capacity: decodeCapacity(top["capacity"]),
      shifts: decodeShifts(top["shifts"]),
      rules: decodeRules(top["rules"]),
      rotation: top["rotation"].flatMap(decodeRotation) ?? .generated,
      agents: top["agents"].map { decodeAgents($0, regions: regionNames) } ?? [],
      slaCredits: top["sla_credits"].flatMap { decodeSLACredits($0, customers: customers) })
    return name == nil || regions.isEmpty || customers.isEmpty ? nil : scenario
  }

  private func intervalMinutes(_ node: YAMLNode) -> Int? {
    guard let span = context.duration(node, "interval") else { return nil }
    let minutes = span.exactSeconds.doubleValue / 60
    guard [15.0, 30.0, 60.0].contains(minutes) else {
      context.report(
        node.mark, "interval: '\(span)' is not a planning grid; expected 15m, 30m or 60m")
      return nil
    }
    return Int(minutes)
  }

  // MARK: Regions

  private func decodeRegions(_ node: YAMLNode) -> [Region]? {
    guard let fields = context.fields(node, "regions", allowed: node.entries?.map(\.key) ?? [])
    else { return nil }
    if fields.entries.isEmpty {
      context.report(node.mark, "regions is empty; expected at least one region with a time_zone")
      return nil
    }
    var regions: [Region] = []
    var shares: [ExactDecimal] = []
    for entry in fields.entries {
      let section = "regions.\(entry.key)"
      guard let region = context.fields(entry.value, section, allowed: ["time_zone", "share"])
      else { continue }
      let zone = region.required("time_zone", in: section, example: "Europe/Dublin")
        .flatMap { timeZone($0, section) }
      var share = region.percentage("share", section)
      if region["share"] == nil {
        if fields.entries.count == 1 {
          share = Percentage(fraction: ExactDecimal(1))
        } else {
          context.report(
            entry.value.mark,
            "missing required key 'share' in \(section); with several regions each gives its "
              + "share of tickets, e.g. 'share: 40%'")
        }
      }
      if let share { shares.append(share.fraction) }
      guard let zone, let share else { continue }
      regions.append(Region(name: entry.key, timeZone: zone, share: share))
    }
    if shares.count == fields.entries.count {
      checkSum(shares, at: node.mark, what: "region shares")
    }
    return regions
  }

  private func timeZone(_ node: YAMLNode, _ section: String) -> String? {
    guard let name = context.text(node, "\(section).time_zone") else { return nil }
    if TimeZone(identifier: name) != nil { return name }
    var message = "\(section).time_zone: unknown time zone '\(name)'"
    if let suggestion = closestMatch(to: name, among: TimeZone.knownTimeZoneIdentifiers) {
      message += "; did you mean '\(suggestion)'?"
    }
    let separator = message.hasSuffix("?") ? " " : "; "
    context.report(
      node.mark, message + separator + "expected an IANA name such as Europe/Dublin or UTC")
    return nil
  }

  /// Reports shares that do not sum to exactly 100%, saying the sum.
  func checkSum(_ shares: [ExactDecimal], at mark: SourceMark, what: String) {
    guard let sum = ExactDecimal.sum(shares), sum == ExactDecimal(1) else {
      let total = ExactDecimal.sum(shares).map { Percentage.describe($0) } ?? "too much"
      context.report(mark, "\(what) sum to \(total); they must sum to 100%")
      return
    }
  }

  // MARK: Customers

  private func decodeCustomers(_ node: YAMLNode) -> [Tier: CustomerSegment]? {
    guard let fields = context.fields(node, "customers", allowed: Tier.allCases.map(\.rawValue))
    else { return nil }
    var segments: [Tier: CustomerSegment] = [:]
    for tier in Tier.allCases {
      guard let value = fields[tier.rawValue] else { continue }
      let section = "customers.\(tier.rawValue)"
      guard
        let segment = context.fields(
          value, section,
          allowed: ["count", "tickets_per_customer", "monthly_tickets", "channels"])
      else { continue }
      let count = segment.required("count", in: section, example: "3000")
        .flatMap { context.integer($0, "\(section).count") }
      let volume: CustomerSegment.Volume?
      switch (segment["tickets_per_customer"], segment["monthly_tickets"]) {
      case (let rate?, nil):
        volume = context.decimal(rate, "\(section).tickets_per_customer").map { .perCustomer($0) }
      case (nil, let tickets?):
        volume = context.integer(tickets, "\(section).monthly_tickets").map { .monthly($0) }
      case (_?, let tickets?):
        context.report(
          tickets.mark,
          "\(section) gives both tickets_per_customer and monthly_tickets; give one of them")
        volume = nil
      case (nil, nil):
        context.report(
          value.mark,
          "missing required key 'tickets_per_customer' or 'monthly_tickets' in \(section); "
            + "add e.g. 'tickets_per_customer: 2' (per customer per month)")
        volume = nil
      }
      let mix =
        segment["channels"].map { channelMix($0, section) }
        ?? ScenarioDefaults.channelMix[tier] ?? [:]
      guard let count, let volume else { continue }
      segments[tier] = CustomerSegment(count: count, volume: volume, channelMix: mix)
    }
    if fields.entries.isEmpty {
      context.report(node.mark, "customers is empty; expected community, standard or enterprise")
      return nil
    }
    return segments
  }

  private func channelMix(_ node: YAMLNode, _ section: String) -> [Channel: Percentage] {
    let names = Channel.ticketChannels.map(\.rawValue)
    guard let fields = context.fields(node, "\(section).channels", allowed: names) else {
      return [:]
    }
    var mix: [Channel: Percentage] = [:]
    for channel in Channel.ticketChannels {
      if let share = fields.percentage(channel.rawValue, "\(section).channels") {
        mix[channel] = share
      }
    }
    if mix.count == fields.entries.count {
      checkSum(mix.values.map(\.fraction), at: node.mark, what: "\(section).channels shares")
    }
    return mix
  }

  // MARK: Coverage, staffing, deflection

  private func decodeCoverage(_ node: YAMLNode?) -> [Tier: CoverageWindow] {
    var coverage = ScenarioDefaults.coverage
    guard let node,
      let fields = context.fields(node, "coverage", allowed: Tier.allCases.map(\.rawValue))
    else { return coverage }
    for tier in Tier.allCases {
      guard let value = fields[tier.rawValue] else { continue }
      let fallback = coverage[tier] ?? ScenarioDefaults.businessHours
      if let window = coverageWindow(value, "coverage.\(tier.rawValue)", fallback: fallback) {
        coverage[tier] = window
      }
    }
    return coverage
  }

  private func coverageWindow(
    _ node: YAMLNode, _ section: String, fallback: CoverageWindow
  ) -> CoverageWindow? {
    if let text = node.scalarText {
      switch text {
      case "24x7": return .aroundTheClock
      case "24x5":
        return CoverageWindow(
          days: [.mon, .tue, .wed, .thu, .fri], start: TimeOfDay(minutes: 0),
          end: TimeOfDay(minutes: 1440))
      default:
        context.report(
          node.mark,
          "\(section): '\(text)' is not a coverage window; expected 24x7, 24x5 or a mapping "
            + "{ days: Mon-Fri, hours: 09:00-18:00 }")
        return nil
      }
    }
    guard let fields = context.fields(node, section, allowed: ["days", "hours"]) else {
      return nil
    }
    var window = fallback
    if let days = fields["days"].flatMap({ context.weekdays($0, "\(section).days") }) {
      window.days = days
    }
    if let hours = fields["hours"], let text = context.text(hours, "\(section).hours") {
      let ends = text.split(separator: "-").map { TimeOfDay.parse(String($0)) }
      if ends.count == 2, let start = ends[0], let end = ends[1], start < end {
        window.start = start
        window.end = end
      } else {
        context.report(
          hours.mark,
          "\(section).hours: '\(text)' is not a time range; expected HH:MM-HH:MM with the start "
            + "before the end, e.g. 09:00-18:00 or 00:00-24:00")
      }
    }
    return window
  }

  private func decodeStaffing(_ node: YAMLNode) -> StaffingPolicy? {
    let section = "staffing"
    guard
      let fields = context.fields(
        node, section, allowed: ["shrinkage", "max_occupancy", "priority"])
    else { return nil }
    var policy = ScenarioDefaults.staffing
    if let value = fields.percentage("shrinkage", section) { policy.shrinkage = value }
    if let value = fields.percentage("max_occupancy", section) { policy.maxOccupancy = value }
    if let value = fields["priority"].flatMap({
      context.choice($0, "staffing.priority", as: PriorityPolicy.self)
    }) {
      policy.priority = value
    }
    return policy
  }

  private func decodeDeflection(_ node: YAMLNode?) -> Deflection {
    let none = Deflection(knowledgeBase: .zero, chatbot: .zero, automatedTriage: .zero)
    let section = "deflection"
    guard let node,
      let fields = context.fields(
        node, section, allowed: ["knowledge_base", "chatbot", "automated_triage"])
    else { return none }
    let deflection = Deflection(
      knowledgeBase: fields.percentage("knowledge_base", section) ?? .zero,
      chatbot: fields.percentage("chatbot", section) ?? .zero,
      automatedTriage: fields.percentage("automated_triage", section) ?? .zero)
    if deflection.total > ExactDecimal(1) {
      context.report(
        node.mark,
        "deflection levers sum to \(Percentage.describe(deflection.total)); together they can "
          + "deflect at most 100% of inbound")
    }
    return deflection
  }
}

extension Percentage {
  /// A fraction (possibly above 1) written as a percentage, e.g. 1.05 → `105%`.
  static func describe(_ fraction: ExactDecimal) -> String {
    if fraction <= ExactDecimal(1) { return Percentage(fraction: fraction).description }
    let whole = fraction.digits / fraction.denominator
    let rest = ExactDecimal(digits: fraction.digits % fraction.denominator, scale: fraction.scale)
    let restPercent = Percentage(fraction: rest).description.dropLast()
    let restValue = ExactDecimal(parsing: restPercent) ?? ExactDecimal(0)
    let total = ExactDecimal.sum([ExactDecimal(Int(whole) * 100), restValue])
    return (total?.description ?? "over 100") + "%"
  }
}
