import Planning

/// What `staffplan plan --validate` found: the closed loop of evaluation and re-planning.
public struct PlanValidationFigures: Sendable, Equatable {
  /// One live channel's loop.
  public struct Channel: Sendable, Equatable {
    public var channel: String
    public var rounds: Int
    public var converged: Bool
    /// Intervals missing the goal under the time-varying evaluation, before and after.
    public var missingBefore: Int
    public var missingAfter: Int

    public init(
      channel: String, rounds: Int, converged: Bool, missingBefore: Int, missingAfter: Int
    ) {
      self.channel = channel
      self.rounds = rounds
      self.converged = converged
      self.missingBefore = missingBefore
      self.missingAfter = missingAfter
    }
  }

  public var channels: [Channel]
  public var roundLimit: Int
  /// Paid hours a week of the first-line shifts before and after re-planning.
  public var paidHoursBefore: Double
  public var paidHoursAfter: Double
  /// Added money a month: added paid hours a week × 52/12 × hourly cost, where the hourly
  /// cost is the agent role's monthly cost / (paid hours per week × 52/12).
  public var addedMonthlyCost: Double

  public init(
    channels: [Channel], roundLimit: Int, paidHoursBefore: Double, paidHoursAfter: Double,
    addedMonthlyCost: Double
  ) {
    self.channels = channels
    self.roundLimit = roundLimit
    self.paidHoursBefore = paidHoursBefore
    self.paidHoursAfter = paidHoursAfter
    self.addedMonthlyCost = addedMonthlyCost
  }

  public var addedPaidHours: Double { paidHoursAfter - paidHoursBefore }
}

/// Renders the summary of `staffplan plan`: text (stdout and summary.txt), Markdown
/// (summary.md) and the figures as JSON (plan.json).
public enum PlanSummary {
  static func money(_ value: Double) -> String { HTMLText.grouped(value, decimals: 0) }

  /// The headline figures as label/value lines, in the order the summary shows them.
  public static func lines(_ figures: PlanFigures) -> [(String, String)] {
    var rows: [(String, String)] = [
      ("Customers", String(figures.customers)),
      (
        "Tickets a month after deflection",
        NumberText.fixed(figures.monthlyTicketsAfterDeflection, decimals: 0)
      ),
    ]
    for role in figures.roles {
      rows.append(
        (
          "FTE / headcount, \(role.role.pluralName)",
          NumberText.fixed(role.fte, decimals: 2) + " / \(role.headcount)"
        ))
    }
    rows.append(("Headcount, all roles", String(figures.totalHeadcount)))
    rows.append(
      (
        "Paid hours a week (first-line shifts)",
        NumberText.fixed(figures.paidHoursPerWeek, decimals: 1)
      ))
    rows.append(("Monthly cost", money(figures.monthlyCost)))
    rows.append(("Cost per ticket", NumberText.fixed(figures.costPerTicket, decimals: 2)))
    for level in figures.serviceLevels {
      rows.append(
        (
          "Service level as planned, \(level.label)",
          NumberText.percent(level.achieved, decimals: 1) + " (goal "
            + NumberText.percent(level.goal, decimals: 1) + " in "
            + NumberText.seconds(level.targetSeconds) + ")"
        ))
    }
    if let occupancy = figures.occupancy {
      rows.append(("Occupancy, live channels", NumberText.percent(occupancy, decimals: 1)))
    }
    rows.append(
      (
        "Under-coverage (agent-hours a week)",
        NumberText.fixed(figures.underCoverageHours, decimals: 1)
      ))
    rows.append(
      (
        "Over-coverage (agent-hours a week)",
        NumberText.fixed(figures.overCoverageHours, decimals: 1)
      ))
    if let credit = figures.slaCredit {
      rows.append(("SLA-credit exposure", credit.summary))
    }
    if let hires = figures.hires {
      rows.append(("Hires over \(figures.capacityMonths ?? 0) months", String(hires)))
    }
    if let violations = figures.violations {
      rows.append(("Labour-rule violations", String(violations)))
    }
    return rows
  }

  public static func text(_ figures: PlanFigures, validation: PlanValidationFigures? = nil)
    -> String
  {
    var out =
      "Plan: \(figures.scenarioName) (\(figures.intervalMinutes)-minute intervals, UTC)\n\n"
    var table = TextTable(header: ["figure", "value"])
    for (label, value) in lines(figures) { table.append([label, value]) }
    out += table.rendered()
    out += figures.guideBand + "\n"
    if figures.slaCredit != nil {
      out += "SLA credits:\n  " + SLACreditExposure.basis.joined(separator: "\n  ") + "\n"
    }
    if let validation { out += "\n" + validationText(validation) }
    return out
  }

  public static func markdown(_ figures: PlanFigures, validation: PlanValidationFigures? = nil)
    -> String
  {
    var out = "# Plan: \(figures.scenarioName)\n\n"
    out += "\(figures.intervalMinutes)-minute intervals, times in UTC.\n\n"
    out += "| Figure | Value |\n|---|---|\n"
    for (label, value) in lines(figures) {
      out += "| \(label.replacingOccurrences(of: "|", with: "\\|")) | \(value) |\n"
    }
    out += "\n" + figures.guideBand + "\n"
    if figures.slaCredit != nil {
      out += "\nSLA credits: " + SLACreditExposure.basis.joined(separator: " ") + "\n"
    }
    if let validation { out += "\n## Validation\n\n" + validationText(validation) }
    return out
  }

  public static func validationText(_ validation: PlanValidationFigures) -> String {
    var out =
      "Validation (time-varying evaluation, raise and re-plan; round limit "
      + "\(validation.roundLimit)):\n"
    for channel in validation.channels {
      out +=
        "  \(channel.channel): \(channel.rounds) rounds, "
        + (channel.converged ? "every interval meets the goal" : "still short")
        + "; intervals missing the goal \(channel.missingBefore) → \(channel.missingAfter)\n"
    }
    out +=
      "  Added paid hours a week: " + NumberText.fixed(validation.addedPaidHours, decimals: 1)
      + " (" + NumberText.fixed(validation.paidHoursBefore, decimals: 1) + " → "
      + NumberText.fixed(validation.paidHoursAfter, decimals: 1) + "); added cost a month: "
      + money(validation.addedMonthlyCost) + "\n"
    return out
  }

  /// The SLA-credit figures: tier, accounts, fee, attainment, credit and monthly exposure.
  static func slaCreditJSON(_ credit: SLACreditExposure) -> JSONValue {
    .object([
      ("tier", .string(credit.tier.rawValue)), ("accounts", .integer(credit.accounts)),
      ("monthlyFee", .finite(credit.monthlyFee)), ("contacts", .finite(credit.contacts)),
      ("contactsMet", .finite(credit.contactsMet)), ("attainment", .finite(credit.attainment)),
      ("credit", .finite(credit.credit.value)),
      ("shortIntervals", .integer(credit.shortIntervals)),
      ("monthlyExposure", .finite(credit.monthlyExposure)),
    ])
  }

  /// The figures as one JSON object (plan.json, `compare --format json`).
  public static func json(_ figures: PlanFigures, validation: PlanValidationFigures? = nil)
    -> JSONValue
  {
    var object: [(String, JSONValue)] = [
      ("scenario", .string(figures.scenarioName)),
      ("intervalMinutes", .integer(figures.intervalMinutes)),
      ("customers", .integer(figures.customers)),
      ("monthlyTicketsAfterDeflection", .finite(figures.monthlyTicketsAfterDeflection)),
      (
        "roles",
        .array(
          figures.roles.map { role in
            .object([
              ("role", .string(role.role.rawValue)), ("fte", .finite(role.fte)),
              ("headcount", .integer(role.headcount)), ("monthlyCost", .finite(role.monthlyCost)),
            ])
          })
      ),
      ("totalHeadcount", .integer(figures.totalHeadcount)),
      ("paidHoursPerWeek", .finite(figures.paidHoursPerWeek)),
      ("monthlyCost", .finite(figures.monthlyCost)),
      ("costPerTicket", .finite(figures.costPerTicket)),
      (
        "serviceLevels",
        .array(
          figures.serviceLevels.map { level in
            .object([
              ("channel", .string(level.label)), ("achieved", .finite(level.achieved)),
              ("goal", .finite(level.goal)), ("targetSeconds", .finite(level.targetSeconds)),
            ])
          })
      ),
      ("occupancy", .finite(figures.occupancy)),
      ("underCoverageHours", .finite(figures.underCoverageHours)),
      ("overCoverageHours", .finite(figures.overCoverageHours)),
      ("slaCredit", figures.slaCredit.map(slaCreditJSON) ?? .null),
      ("hires", figures.hires.map { .integer($0) } ?? .null),
      ("capacityMonths", figures.capacityMonths.map { .integer($0) } ?? .null),
      ("violations", figures.violations.map { .integer($0) } ?? .null),
      ("insideGuideBand", .bool(figures.insideGuideBand)),
      ("guideBand", .string(figures.guideBand)),
    ]
    if let validation {
      object.append(
        (
          "validation",
          .object([
            ("roundLimit", .integer(validation.roundLimit)),
            ("paidHoursBefore", .finite(validation.paidHoursBefore)),
            ("paidHoursAfter", .finite(validation.paidHoursAfter)),
            ("addedPaidHours", .finite(validation.addedPaidHours)),
            ("addedMonthlyCost", .finite(validation.addedMonthlyCost)),
            (
              "channels",
              .array(
                validation.channels.map { channel in
                  .object([
                    ("channel", .string(channel.channel)), ("rounds", .integer(channel.rounds)),
                    ("converged", .bool(channel.converged)),
                    ("missingBefore", .integer(channel.missingBefore)),
                    ("missingAfter", .integer(channel.missingAfter)),
                  ])
                })
            ),
          ])
        ))
    }
    return .object(object)
  }
}
