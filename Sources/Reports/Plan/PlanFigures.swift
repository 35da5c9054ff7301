public import Planning

/// The headline figures of one plan, the rows `staffplan compare` puts side by side and the
/// summary of `staffplan plan` leads with. Every figure is read from a stage's result; none
/// is recomputed here except sums and weighted means, whose formulas are stated.
public struct PlanFigures: Sendable, Equatable {
  /// One role's people and cost (headcount stage).
  public struct RoleFigures: Sendable, Equatable {
    public var role: RoleKind
    public var fte: Double
    public var headcount: Int
    public var monthlyCost: Double
  }

  /// The planned service level of one live channel and tier at the tier's own target:
  /// Σ SLᵢ·λᵢ / Σ λᵢ over the intervals the tier is open (arrival-weighted, per-interval
  /// Erlang as planned; in a pooled FIFO queue every tier sees the same wait, measured
  /// against its own answer time).
  public struct ServiceLevel: Sendable, Equatable {
    public var label: String
    public var achieved: Double
    public var goal: Double
    public var targetSeconds: Double
  }

  public var scenarioName: String
  public var intervalMinutes: Int
  /// Σ customers over the tiers.
  public var customers: Int
  /// Tickets a month over every tier and channel × (1 − total deflection).
  public var monthlyTicketsAfterDeflection: Double
  public var roles: [RoleFigures]
  /// Σ headcount over roles.
  public var totalHeadcount: Int { roles.reduce(0) { $0 + $1.headcount } }
  /// Σ monthly cost over roles (headcount stage), in the scenario's currency.
  public var monthlyCost: Double
  /// monthlyCost / monthlyTicketsAfterDeflection (0 without tickets).
  public var costPerTicket: Double {
    monthlyTicketsAfterDeflection > 0 ? monthlyCost / monthlyTicketsAfterDeflection : 0
  }
  /// Paid hours a week of the designed first-line shifts (shift design, breaks included).
  public var paidHoursPerWeek: Double
  public var serviceLevels: [ServiceLevel]
  /// Occupancy of the live channels as planned: Σ offered load / Σ agents over every live
  /// interval with agents (erlangs over agents).
  public var occupancy: Double?
  /// Agent-hours a week the shifts leave under / over the first-line requirement.
  public var underCoverageHours: Double
  public var overCoverageHours: Double
  /// Hires decided over the capacity horizon, all roles; nil when the capacity stage was not run.
  public var hires: Int?
  public var capacityMonths: Int?
  /// Labour-rule violations of the roster; nil when no roster was built.
  public var violations: Int?
  /// SLA credits owed a month as planned (`SLACreditExposure` on the first-line shift design);
  /// nil when the scenario has no `sla_credits:`.
  public var slaCredit: SLACreditExposure?
  /// The guide band sentence of the headcount stage.
  public var guideBand: String
  public var insideGuideBand: Bool

  public init(
    scenario: Scenario, requirements: WeeklyRequirements, headcount: HeadcountPlan,
    band: GuideBandComparison, shiftPlan: WeeklyShiftPlan, capacity: CapacityPlan?,
    violations: Int?
  ) {
    scenarioName = scenario.name
    intervalMinutes = scenario.intervalMinutes
    customers = Tier.allCases.reduce(0) { $0 + scenario.customers($1).count }
    monthlyTicketsAfterDeflection =
      scenario.totalMonthlyTickets * (1 - scenario.deflection.total.doubleValue)
    roles = headcount.roles.map {
      RoleFigures(
        role: $0.role, fte: $0.fteNeeded, headcount: $0.headcount, monthlyCost: $0.monthlyCost)
    }
    monthlyCost = headcount.totalMonthlyCost
    paidHoursPerWeek = shiftPlan.paidHours
    var levels: [ServiceLevel] = []
    var load = 0.0
    var agents = 0.0
    // - Complexity: O(series × intervals).
    var strictest: [RequirementChannel: (goal: Double, seconds: Double)] = [:]
    for workload in LiveChannelWorkload.all(from: requirements) {
      strictest[workload.channel] = (workload.serviceLevelGoal, workload.targetSeconds)
    }
    for series in requirements.series where series.channel == .chat || series.channel == .phone {
      for interval in series.intervals where interval.agents > 0 {
        load += interval.load
        agents += Double(interval.agents)
      }
      guard let channel = Channel(rawValue: series.channel.rawValue) else { continue }
      levels += Self.tierLevels(series, channel: channel, scenario: scenario)
      if series.intervals.allSatisfy({ $0.tierServiceLevels.isEmpty }) {
        // A stream without per-tier figures (a given curve): its binding tier's level.
        var weighted = 0.0
        var arrivals = 0.0
        for interval in series.intervals {
          if let level = interval.serviceLevel, interval.arrivals > 0 {
            weighted += level * interval.arrivals
            arrivals += interval.arrivals
          }
        }
        guard arrivals > 0 else { continue }
        let pooled = strictest[series.channel]
        let target = series.tier.flatMap { scenario.channels[channel]?.targets[$0] }
        levels.append(
          ServiceLevel(
            label: series.channel.rawValue + (series.tier.map { " (\($0.rawValue))" } ?? ""),
            achieved: weighted / arrivals,
            goal: target?.serviceLevel.value ?? pooled?.goal ?? 0,
            targetSeconds: target?.within.seconds ?? pooled?.seconds ?? 0))
      }
    }
    serviceLevels = levels
    occupancy = agents > 0 ? load / agents : nil
    slaCredit = SLACreditExposure(requirements: requirements, plan: shiftPlan)
    underCoverageHours = shiftPlan.underCoverageHours
    overCoverageHours = shiftPlan.overCoverageHours
    if let capacity {
      hires = capacity.roles.reduce(0) { sum, role in
        sum + role.months.reduce(0) { $0 + $1.hiresDecided }
      }
      capacityMonths = capacity.roles.first?.months.count
    }
    self.violations = violations
    guideBand = HeadcountReport.bandText(band)
    insideGuideBand = band.isInside
  }
}

extension PlanFigures {
  /// One `ServiceLevel` per tier of a live series, in tier order, from the intervals'
  /// per-tier levels (Σ SLᵢ·λᵢ / Σ λᵢ over the intervals where the tier has arrivals).
  /// - Complexity: O(intervals × tiers).
  static func tierLevels(
    _ series: RequirementSeries, channel: Channel, scenario: Scenario
  ) -> [ServiceLevel] {
    var weighted: [Tier: Double] = [:]
    var arrivals: [Tier: Double] = [:]
    for interval in series.intervals {
      for entry in interval.tierServiceLevels where entry.arrivals > 0 {
        guard let level = entry.serviceLevel else { continue }
        weighted[entry.tier, default: 0] += level * entry.arrivals
        arrivals[entry.tier, default: 0] += entry.arrivals
      }
    }
    return Tier.allCases.compactMap { tier in
      guard let total = arrivals[tier], total > 0,
        let target = scenario.channels[channel]?.targets[tier]
      else { return nil }
      return ServiceLevel(
        label: "\(series.channel.rawValue) (\(tier.rawValue))",
        achieved: (weighted[tier] ?? 0) / total, goal: target.serviceLevel.value,
        targetSeconds: target.within.seconds)
    }
  }
}

extension SLACreditExposure {
  /// `0 / month (Enterprise 99.95% on target)`: short enough for the summary's value column;
  /// the notes under the table (`basis`) say how attainment is measured.
  public var summary: String {
    HTMLText.grouped(monthlyExposure, decimals: 0) + " / month " + compactAttainment
  }

  /// `99.95% of Enterprise contacts in intervals meeting target`.
  public var attainmentText: String {
    guard let attainment else { return "no \(tier.displayName) contacts" }
    return NumberText.percent(attainment, decimals: 2)
      + " of \(tier.displayName) contacts in intervals meeting target"
  }

  /// `(Enterprise 99.95% on target)`: the attainment in a table cell of several scenarios.
  public var compactAttainment: String {
    guard let attainment else { return "(no \(tier.displayName) contacts)" }
    return "(\(tier.displayName) " + NumberText.percent(attainment, decimals: 2) + " on target)"
  }

  /// How attainment and exposure are measured, as lines for the notes under a table.
  public static let basis = [
    "attainment = the share of the credited tier's contacts (email, chat, phone) arriving",
    "in intervals where the stream serving them is staffed to its requirement; coverage",
    "per stream is the blended first-line team's (shift design), given to phone, then chat,",
    "email the rest. Exposure = accounts × monthly fee × the credit of the lowest threshold",
    "attainment falls below, in the scenario's currency.",
  ]
}
