import Queueing

/// Prints a resolved scenario as YAML with every default filled in (`staffplan scenario show`).
///
/// Deterministic (fixed key order, tiers and channels in their declared order) and loadable
/// again: loading the printed text gives an equal `Scenario` (CSV inputs are printed as their
/// paths, so those must still resolve from where the printed file is loaded).
public enum ScenarioPrinter {
  /// The YAML text, ending with a newline.
  /// - Complexity: O(size of the scenario).
  public static func yaml(_ scenario: Scenario) -> String {
    var out = YAMLWriter()
    out.comment("Resolved scenario: every default filled in (see scenarios/README.md).")
    out.line("name", quoted(scenario.name))
    out.line("description", quoted(scenario.description))
    out.line("interval", "\(scenario.intervalMinutes)m")
    out.section("regions") { out in
      for region in scenario.regions {
        out.section(region.name) { out in
          out.line("time_zone", region.timeZone)
          out.line("share", region.share.description)
        }
      }
    }
    writeCustomers(scenario, &out)
    writeChannels(scenario, &out)
    out.section("coverage") { out in
      for tier in Tier.allCases {
        guard let window = scenario.coverage[tier] else { continue }
        out.line(tier.rawValue, coverage(window))
      }
    }
    out.section("arrivals") { out in
      out.line("intraday", scenario.arrivals.intradaySource)
      out.comment(
        "weights: "
          + scenario.arrivals.intraday.map { "\($0.start) \($0.weight)" }
          .joined(separator: ", "))
      out.line(
        "weekday",
        flow(
          Weekday.allCases.map {
            ($0.rawValue, (scenario.arrivals.weekday[$0] ?? ExactDecimal(0)).description)
          }))
    }
    let deflection = scenario.deflection
    out.section("deflection") { out in
      out.line("knowledge_base", deflection.knowledgeBase.description)
      out.line("chatbot", deflection.chatbot.description)
      out.line("automated_triage", deflection.automatedTriage.description)
    }
    out.section("staffing") { out in
      out.line("shrinkage", scenario.staffing.shrinkage.description)
      out.line("max_occupancy", scenario.staffing.maxOccupancy.description)
      out.line("priority", scenario.staffing.priority.rawValue)
    }
    let escalations = scenario.escalations
    out.section("escalations") { out in
      out.line("share", escalations.share.description)
      out.line("handle_time", duration(escalations.handleTime))
      out.line("respond_within", duration(escalations.target.within))
      out.line("service_level", escalations.target.serviceLevel.description)
    }
    let incidents = scenario.incidents
    out.section("incidents") { out in
      out.line("per_month", incidents.perMonth.description)
      out.line("duration", duration(incidents.duration))
      out.line("responders", "\(incidents.responders)")
      out.line("acknowledge_within", duration(incidents.acknowledgeWithin))
    }
    if let credits = scenario.slaCredits { writeCredits(credits, &out) }
    writeWorkforce(scenario, &out)
    return out.text
  }

  private static func writeCredits(_ credits: SLACredits, _ out: inout YAMLWriter) {
    out.section("sla_credits") { out in
      out.line("tier", credits.tier.rawValue)
      out.line("monthly_fee", credits.monthlyFee.description)
      out.line(
        "steps",
        "["
          + credits.steps.map {
            flow([("below", $0.below.description), ("credit", $0.credit.description)])
          }.joined(separator: ", ") + "]")
    }
  }

  private static func writeCustomers(_ scenario: Scenario, _ out: inout YAMLWriter) {
    out.section("customers") { out in
      for tier in Tier.allCases {
        guard let segment = scenario.customers[tier] else { continue }
        out.section(tier.rawValue) { out in
          out.line("count", "\(segment.count)")
          switch segment.volume {
          case .perCustomer(let rate): out.line("tickets_per_customer", rate.description)
          case .monthly(let tickets): out.line("monthly_tickets", "\(tickets)")
          }
          out.comment("\(formatted(segment.monthlyTickets)) tickets a month before deflection")
          out.line(
            "channels",
            flow(
              Channel.ticketChannels.compactMap { channel in
                segment.channelMix[channel].map { (channel.rawValue, $0.description) }
              }))
        }
      }
    }
  }

  private static func writeChannels(_ scenario: Scenario, _ out: inout YAMLWriter) {
    out.section("channels") { out in
      for channel in Channel.ticketChannels {
        guard let spec = scenario.channels[channel] else { continue }
        out.section(channel.rawValue) { out in
          out.line(
            "handle_time",
            flow(
              Tier.allCases.compactMap { tier in
                spec.handleTime[tier].map { (tier.rawValue, duration($0)) }
              }))
          out.section("targets") { out in
            for tier in Tier.allCases {
              guard let target = spec.targets[tier] else { continue }
              out.line(
                tier.rawValue,
                flow([
                  ("within", duration(target.within)),
                  ("service_level", target.serviceLevel.description),
                  ("business_hours", target.businessHoursOnly ? "true" : "false"),
                ]))
            }
          }
          if channel == .chat {
            out.line("concurrency", "\(spec.concurrency)")
            if let factors = spec.concurrencyFactors {
              out.line(
                "concurrency_factors",
                flow(
                  factors.keys.sorted().map {
                    ("\($0)", (factors[$0] ?? ExactDecimal(0)).description)
                  }))
            }
          }
          if let patience = spec.patience { out.line("patience", duration(patience)) }
          if let curve = spec.requirementCurve {
            out.line("requirements_csv", quoted(curve.path))
            out.comment(
              "\(curve.points.count) intervals, peak \(curve.points.map(\.required).max() ?? 0)")
          }
        }
      }
    }
  }

  static func coverage(_ window: CoverageWindow) -> String {
    if window.isAroundTheClock { return "24x7" }
    return flow([
      ("days", "[" + window.days.map(\.rawValue).joined(separator: ", ") + "]"),
      ("hours", "\(window.start)-\(window.end)"),
    ])
  }

  /// A duration in the unit a planner reads most easily: seconds below 5 minutes (`120s`),
  /// hours up to 99 h (`48h`, `90m` when not whole), days beyond (`30d`).
  static func duration(_ span: TimeSpan) -> String {
    let exact = span.exactSeconds
    guard exact.scale == 0 else { return span.description }
    let seconds = exact.digits
    if seconds > 0 && seconds < 300 { return "\(seconds)s" }
    if seconds % 3600 == 0 && seconds < 100 * 3600 { return "\(seconds / 3600)h" }
    if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
    return span.description
  }

  /// `{ a: 1, b: 2 }`.
  static func flow(_ pairs: [(String, String)]) -> String {
    "{ " + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + " }"
  }

  /// A double-quoted YAML string.
  static func quoted(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\t": escaped += "\\t"
      default: escaped.append(character)
      }
    }
    return "\"" + escaped + "\""
  }

  /// A count with at most two decimals, without trailing zeros.
  static func formatted(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    if hundredths.magnitude >= 9e15 { return "\(value)" }
    let cents = Int64(hundredths)
    return ExactDecimal(digits: cents.magnitude > 0 ? Int64(cents.magnitude) : 0, scale: 2)
      .description
  }
}

/// Indented YAML output.
struct YAMLWriter {
  private(set) var text = ""
  private var indent = 0

  mutating func line(_ key: String, _ value: String) {
    text += String(repeating: "  ", count: indent) + key + ": " + value + "\n"
  }

  mutating func comment(_ comment: String) {
    text += String(repeating: "  ", count: indent) + "# " + comment + "\n"
  }

  mutating func section(_ key: String, _ body: (inout YAMLWriter) -> Void) {
    text += String(repeating: "  ", count: indent) + key + ":\n"
    indent += 1
    body(&self)
    indent -= 1
  }
}
