/// The operations guide's staffing band (line 28): "For a support organization handling
/// 10,000 tickets/month a minimum staffing complement is 12–18 agents (including first-line,
/// escalation engineers and shifts) plus 2 TAMs for enterprise accounts."
///
/// Agents here are first-line agents plus escalation engineers; on-call engineers are a
/// stipend rota of engineers already counted, so they are not added. For another volume the
/// agent band is scaled linearly by tickets / 10,000 (an assumption: the guide gives one
/// point); the TAM figure is for Enterprise accounts, not tickets, so it is not scaled.
public struct GuideBand: Sendable, Equatable {
  public var tickets: Double
  public var agents: ClosedRange<Double>
  public var tams: Int

  public init(tickets: Double, agents: ClosedRange<Double>, tams: Int) {
    self.tickets = tickets
    self.agents = agents
    self.tams = tams
  }

  /// Guide line 28.
  public static let guide = GuideBand(tickets: 10_000, agents: 12...18, tams: 2)

  /// The agent band at `monthlyTickets` (the guide's band when 0 or unknown).
  public func agents(atMonthlyTickets monthlyTickets: Double) -> ClosedRange<Double> {
    guard monthlyTickets > 0, tickets > 0 else { return agents }
    let scale = monthlyTickets / tickets
    return (agents.lowerBound * scale)...(agents.upperBound * scale)
  }
}

/// One input changed alone, with the value that brings the agent count inside the band.
public struct AssumptionChange: Sendable, Equatable {
  /// What was changed, e.g. `shrinkage of first-line agents and escalation engineers`.
  public var assumption: String
  public var current: Double
  public var changedTo: Double
  /// First-line agents + escalation engineers with the change.
  public var agents: Int
}

/// A plan's agents and TAMs beside the guide's band, and what would move them into it.
public struct GuideBandComparison: Sendable, Equatable {
  public var monthlyTickets: Double
  public var band: ClosedRange<Double>
  public var bandTAMs: Int
  /// First-line agents + escalation engineers of the plan.
  public var agents: Int
  public var tams: Int
  /// The role with the most agents and the floor that sets it.
  public var largestContributor: RoleKind?
  public var largestContributorFloor: HeadcountFloor?
  /// Empty when inside; otherwise single-input changes (closest first) that bring the
  /// uncapped agent count inside the band.
  public var movers: [AssumptionChange]

  public var isInside: Bool { band.contains(Double(agents)) }
}

extension GuideBand {
  /// Compares `plan` (solved from `inputs`) with the band.
  ///
  /// Sensitivity: each assumption is changed alone, scanning values from the current one
  /// outwards, and the uncapped headcount ⌈max floors⌉ per role (the MIP's optimum without
  /// caps) is recounted; the first value inside the band is reported. Assumptions tried:
  /// shrinkage and paid hours of agents and engineers, the requirement hours of each, and
  /// the upper end of the customer ratio band.
  /// - Complexity: O(candidates × floors), about 800 recounts.
  public func compare(_ plan: HeadcountPlan, inputs: HeadcountInputs) -> GuideBandComparison {
    let band = agents(atMonthlyTickets: inputs.monthlyTickets)
    let counted: [RoleKind] = [.agent, .escalationEngineer]
    let count = counted.reduce(0) { $0 + plan.headcount($1) }
    let largest = counted.filter { plan.role($0) != nil }
      .max { plan.headcount($0) < plan.headcount($1) }
    var comparison = GuideBandComparison(
      monthlyTickets: inputs.monthlyTickets, band: band, bandTAMs: tams, agents: count,
      tams: plan.headcount(.tam), largestContributor: largest,
      largestContributorFloor: largest.flatMap { plan.role($0)?.binding }, movers: [])
    guard !comparison.isInside else { return comparison }
    comparison.movers = Self.movers(inputs: inputs, counted: counted, band: band)
    return comparison
  }

  static func uncappedAgents(_ inputs: HeadcountInputs, _ counted: [RoleKind]) -> Int {
    counted.reduce(0) { sum, kind in
      sum + Int((inputs.role(kind)?.bindingFloor?.value ?? 0).rounded(.up))
    }
  }

  static func movers(
    inputs: HeadcountInputs, counted: [RoleKind], band: ClosedRange<Double>
  ) -> [AssumptionChange] {
    var changes: [AssumptionChange] = []
    func tryValues(
      _ name: String, current: Double, _ values: [Double],
      _ apply: (inout RoleHeadcountInputs, Double) -> Void, roles: [RoleKind]
    ) {
      let ordered = values.sorted { abs($0 - current) < abs($1 - current) }
      for value in ordered {
        var changed = inputs
        for index in changed.roles.indices where roles.contains(changed.roles[index].role) {
          apply(&changed.roles[index], value)
        }
        let agents = uncappedAgents(changed, counted)
        if band.contains(Double(agents)) {
          changes.append(
            AssumptionChange(
              assumption: name, current: current, changedTo: value, agents: agents))
          return
        }
      }
    }
    let both = "first-line agents and escalation engineers"
    if let agent = inputs.role(.agent) ?? inputs.role(.escalationEngineer) {
      tryValues(
        "shrinkage of \(both)", current: agent.shrinkage,
        (0...60).map { Double($0) / 100 }, { $0.shrinkage = $1 }, roles: counted)
      tryValues(
        "paid hours per FTE of \(both)", current: agent.paidHoursPerWeek,
        (20...60).map(Double.init), { $0.paidHoursPerWeek = $1 }, roles: counted)
    }
    for kind in counted {
      guard let role = inputs.role(kind), role.requirementHoursPerWeek > 0 else { continue }
      let hours = role.requirementHoursPerWeek
      tryValues(
        "weekly requirement hours of \(kind.pluralName)", current: hours,
        (1...300).map { hours * Double($0) / 100 }, { $0.requirementHoursPerWeek = $1 },
        roles: [kind])
    }
    if let agent = inputs.role(.agent), let first = agent.customerRatios.first {
      tryValues(
        "most customers per agent (\(first.tier.rawValue))",
        current: Double(first.ratio.maximum),
        (1...400).map { Double(first.ratio.maximum) * Double($0) / 100 },
        { role, value in
          for index in role.customerRatios.indices where index == 0 {
            let maximum = max(role.customerRatios[index].ratio.minimum, Int(value.rounded()))
            role.customerRatios[index].ratio.maximum = maximum
          }
        }, roles: [.agent])
    }
    return changes.sorted {
      abs($0.changedTo - $0.current) / max(abs($0.current), 1e-9)
        < abs($1.changedTo - $1.current) / max(abs($1.current), 1e-9)
    }
  }
}
