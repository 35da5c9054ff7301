import Queueing

extension ScenarioDecoder {
  static let channelKeys = [
    "handle_time", "targets", "concurrency", "concurrency_factors", "patience",
    "requirements_csv",
  ]

  func decodeChannels(_ node: YAMLNode?, intervalMinutes: Int) -> [Channel: ChannelSpec] {
    var fieldsByChannel: [Channel: Fields] = [:]
    if let node,
      let fields = context.fields(
        node, "channels", allowed: Channel.ticketChannels.map(\.rawValue))
    {
      for channel in Channel.ticketChannels {
        guard let value = fields[channel.rawValue] else { continue }
        let section = "channels.\(channel.rawValue)"
        let allowed =
          channel == .chat
          ? Self.channelKeys
          : Self.channelKeys.filter { !$0.hasPrefix("concurrency") }
        fieldsByChannel[channel] = context.fields(value, section, allowed: allowed)
      }
    }
    var channels: [Channel: ChannelSpec] = [:]
    for channel in Channel.ticketChannels {
      channels[channel] = channelSpec(
        channel, fieldsByChannel[channel], intervalMinutes: intervalMinutes)
    }
    return channels
  }

  private func channelSpec(
    _ channel: Channel, _ fields: Fields?, intervalMinutes: Int
  ) -> ChannelSpec {
    let section = "channels.\(channel.rawValue)"
    var spec = ChannelSpec(
      handleTime: ScenarioDefaults.handleTime[channel] ?? [:],
      targets: ScenarioDefaults.targets[channel] ?? [:],
      concurrency: channel == .chat ? ScenarioDefaults.chatConcurrency : 1)
    guard let fields else { return spec }
    if let node = fields["handle_time"] {
      perTier(node, "\(section).handle_time", into: &spec.handleTime) { node, what in
        guard let span = context.duration(node, what) else { return nil }
        guard !span.exactSeconds.isZero else {
          context.report(node.mark, "\(what) is 0; expected a handle time above 0, e.g. 12m")
          return nil
        }
        return span
      }
    }
    if let node = fields["targets"],
      let targets = context.fields(
        node, "\(section).targets", allowed: Tier.allCases.map(\.rawValue))
    {
      for tier in Tier.allCases {
        guard let value = targets[tier.rawValue] else { continue }
        let fallback = spec.targets[tier]
        if let target = serviceTarget(
          value, "\(section).targets.\(tier.rawValue)", fallback: fallback,
          businessHours: channel == .email)
        {
          spec.targets[tier] = target
        }
      }
    }
    if let concurrency = fields.integer("concurrency", section, minimum: 1) {
      spec.concurrency = concurrency
    }
    if let node = fields["concurrency_factors"] {
      spec.concurrencyFactors = concurrencyFactors(node, "\(section).concurrency_factors")
    }
    let factors = spec.concurrencyFactors.map { Set($0.keys) }
      ?? Set(ChatConcurrency.defaultFactors.keys)
    if channel == .chat, !factors.contains(spec.concurrency) {
      context.report(
        fields["concurrency"]?.mark ?? fields.mark,
        "\(section).concurrency \(spec.concurrency) has no throughput factor; expected 1…5, or "
          + "give concurrency_factors with an entry for \(spec.concurrency)")
    }
    spec.patience = fields.duration("patience", section)
    if let node = fields["requirements_csv"], let path = context.text(node, "requirements_csv") {
      spec.requirementCurve = requirementCurve(
        path, at: node.mark, intervalMinutes: intervalMinutes)
    }
    return spec
  }

  /// One value for every tier, or a mapping `{ standard: …, enterprise: … }` overriding some.
  func perTier<Value>(
    _ node: YAMLNode, _ what: String, into table: inout [Tier: Value],
    read: (YAMLNode, String) -> Value?
  ) {
    if node.entries == nil {
      guard let value = read(node, what) else { return }
      for tier in Tier.allCases { table[tier] = value }
      return
    }
    guard let fields = context.fields(node, what, allowed: Tier.allCases.map(\.rawValue)) else {
      return
    }
    for tier in Tier.allCases {
      if let value = fields[tier.rawValue].flatMap({ read($0, "\(what).\(tier.rawValue)") }) {
        table[tier] = value
      }
    }
  }

  func serviceTarget(
    _ node: YAMLNode, _ section: String, fallback: ServiceTarget?, businessHours: Bool
  ) -> ServiceTarget? {
    guard
      let fields = context.fields(
        node, section, allowed: ["within", "service_level", "business_hours"])
    else { return nil }
    let within =
      fallback == nil
      ? fields.required("within", in: section, example: "120s").flatMap {
        context.duration($0, "\(section).within")
      }
      : fields.duration("within", section) ?? fallback?.within
    let level =
      fields.percentage("service_level", section) ?? fallback?.serviceLevel
      ?? ScenarioDefaults.answerLevel
    let hoursOnly =
      fields.boolean("business_hours", section) ?? fallback?.businessHoursOnly ?? businessHours
    guard let within else { return nil }
    return ServiceTarget(within: within, serviceLevel: level, businessHoursOnly: hoursOnly)
  }

  private func concurrencyFactors(_ node: YAMLNode, _ section: String) -> [Int: ExactDecimal]? {
    guard let fields = context.fields(node, section, allowed: node.entries?.map(\.key) ?? [])
    else { return nil }
    var factors: [Int: ExactDecimal] = [:]
    for entry in fields.entries {
      guard let count = Int(entry.key), count >= 1 else {
        context.report(
          entry.keyMark,
          "\(section): '\(entry.key)' is not a concurrency; expected whole numbers ≥ 1 as keys, "
            + "e.g. '3: 2.5'")
        continue
      }
      if let factor = context.decimal(entry.value, "\(section).\(count)") {
        factors[count] = factor
      }
    }
    return factors
  }

  // MARK: Arrivals

  func decodeArrivals(_ node: YAMLNode?) -> ArrivalProfile {
    var profile = ArrivalProfile(
      intradaySource: ScenarioDefaults.intradayName, intraday: ScenarioDefaults.intraday,
      weekday: ScenarioDefaults.weekday)
    guard let node,
      let fields = context.fields(node, "arrivals", allowed: ["intraday", "weekday"])
    else { return profile }
    if let intraday = fields["intraday"], let text = context.text(intraday, "arrivals.intraday"),
      text != ScenarioDefaults.intradayName
    {
      if text.hasSuffix(".csv") {
        if let points = intradayProfile(text, at: intraday.mark) {
          profile.intraday = points
          profile.intradaySource = text
        }
      } else {
        context.reportUnknown(
          text, at: intraday.mark, kind: "profile", in: "arrivals.intraday",
          accepted: [ScenarioDefaults.intradayName, "a CSV file (start,weight)"])
      }
    }
    if let weekday = fields["weekday"],
      let days = context.fields(
        weekday, "arrivals.weekday", allowed: Weekday.allCases.map(\.rawValue))
    {
      var weights: [Weekday: ExactDecimal] = [:]
      for day in Weekday.allCases {
        weights[day] = days.decimal(day.rawValue, "arrivals.weekday") ?? ExactDecimal(0)
      }
      if ExactDecimal.sum(Array(weights.values)).map(\.isZero) ?? false {
        context.report(
          weekday.mark, "arrivals.weekday weights are all zero; expected a positive weight per day"
        )
      } else {
        profile.weekday = weights
      }
    }
    return profile
  }

  // MARK: Escalations and incidents

  func decodeEscalations(_ node: YAMLNode?) -> Escalations {
    var escalations = ScenarioDefaults.escalations
    let section = "escalations"
    guard let node,
      let fields = context.fields(
        node, section, allowed: ["share", "handle_time", "respond_within", "service_level"])
    else { return escalations }
    if let value = fields.percentage("share", section) { escalations.share = value }
    if let value = fields.duration("handle_time", section) { escalations.handleTime = value }
    if let value = fields.duration("respond_within", section) { escalations.target.within = value }
    if let value = fields.percentage("service_level", section) {
      escalations.target.serviceLevel = value
    }
    return escalations
  }

  func decodeIncidents(_ node: YAMLNode?) -> Incidents {
    var incidents = ScenarioDefaults.incidents
    let section = "incidents"
    guard let node,
      let fields = context.fields(
        node, section, allowed: ["per_month", "duration", "responders", "acknowledge_within"])
    else { return incidents }
    if let value = fields.decimal("per_month", section) { incidents.perMonth = value }
    if let value = fields.duration("duration", section) { incidents.duration = value }
    if let value = fields.integer("responders", section, minimum: 1) {
      incidents.responders = value
    }
    if let value = fields.duration("acknowledge_within", section) {
      incidents.acknowledgeWithin = value
    }
    return incidents
  }
}
