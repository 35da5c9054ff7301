/// The headcount of one role and why.
public struct RoleHeadcount: Sendable, Equatable {
  public var role: RoleKind
  /// The largest floor, in FTE (or people for ratios): what the role needs before rounding.
  public var fteNeeded: Double
  /// People: the integer headcount of the optimum (or of the plan under relaxed caps).
  public var headcount: Int
  /// headcount × monthly cost.
  public var monthlyCost: Double
  /// The lower bound that determined the headcount; nil when the role needs nobody.
  public var binding: HeadcountFloor?
  /// Every lower bound of the role, in model order (for `--explain`).
  public var floors: [HeadcountFloor]
  /// Caps with no room left at the optimum: `max_headcount` equal to the headcount, or a
  /// budget that cannot pay one more person of this role.
  public var tightLimits: [HeadcountConstraintKind]
  /// Σ customers / min customers per agent: above this the ratio band is exceeded (guidance,
  /// not a constraint); nil for roles without ratios.
  public var ratioGuidanceCeiling: Double?
  /// People above `max_headcount` in a plan under relaxed caps (0 when within the cap).
  public var overCap: Int

  public init(
    role: RoleKind, fteNeeded: Double, headcount: Int, monthlyCost: Double,
    binding: HeadcountFloor?, floors: [HeadcountFloor], tightLimits: [HeadcountConstraintKind],
    ratioGuidanceCeiling: Double?, overCap: Int
  ) {
    self.role = role
    self.fteNeeded = fteNeeded
    self.headcount = headcount
    self.monthlyCost = monthlyCost
    self.binding = binding
    self.floors = floors
    self.tightLimits = tightLimits
    self.ratioGuidanceCeiling = ratioGuidanceCeiling
    self.overCap = overCap
  }

  /// True when the headcount is above the customer ratio band's ceiling.
  public var isAboveRatioGuidance: Bool {
    guard let ceiling = ratioGuidanceCeiling else { return false }
    return Double(headcount) > ceiling + 1e-9
  }
}

/// A cap that conflicts with the floors, found by the infeasibility diagnosis.
public struct CapConflict: Sendable, Equatable {
  /// `.maxHeadcount` or `.budget`.
  public var kind: HeadcountConstraintKind
  /// The capped row, e.g. `max_headcount_on_call` or `monthly_budget`.
  public var row: String
  /// The role of a `max_headcount` conflict; nil for the budget.
  public var role: RoleKind?
  /// The cap (people, or currency a month).
  public var limit: Double
  /// What the least-violating plan needs.
  public var needed: Double
  /// needed − limit.
  public var excess: Double
  /// The floor that forces the need (for a `max_headcount` conflict).
  public var cause: HeadcountFloor?

  /// In the user's terms, e.g. "P1 hotline 24×7 coverage needs 5 on-call engineers;
  /// max_headcount allows 3 (2 short)".
  public var message: String {
    switch kind {
    case .budget:
      return "the floors need a monthly cost of \(plain(needed)); monthly_budget allows"
        + " \(plain(limit)) (\(plain(excess)) over)"
    default:
      let who = role?.pluralName ?? "people"
      let reason = cause?.label ?? "the plan"
      let key = role.map { "roles.\($0.rawValue).max_headcount" } ?? "max_headcount"
      return "\(reason) needs \(plain(needed)) \(who); \(key) allows \(plain(limit))"
        + " (\(plain(excess)) short)"
    }
  }
}

/// The answer of the headcount stage.
public struct HeadcountPlan: Sendable, Equatable {
  /// One entry per planned role, in input order.
  public var roles: [RoleHeadcount]
  /// Σ headcount × monthly cost.
  public var totalMonthlyCost: Double
  /// Empty when every cap holds; otherwise the caps the floors break, and `roles` is the
  /// cheapest plan among those that exceed the caps the least (the best plan under relaxed
  /// caps), with `overCap` the shortfall of each role's cap.
  public var conflicts: [CapConflict]
  /// The MIP's relative gap (0 when proven optimal).
  public var relativeGap: Double

  public init(
    roles: [RoleHeadcount], totalMonthlyCost: Double, conflicts: [CapConflict],
    relativeGap: Double
  ) {
    self.roles = roles
    self.totalMonthlyCost = totalMonthlyCost
    self.conflicts = conflicts
    self.relativeGap = relativeGap
  }

  /// True when the plan keeps every cap.
  public var isFeasible: Bool { conflicts.isEmpty }

  /// The entry of one role.
  public func role(_ kind: RoleKind) -> RoleHeadcount? {
    roles.first { $0.role == kind }
  }

  /// Headcount of a role (0 when not planned).
  public func headcount(_ kind: RoleKind) -> Int { role(kind)?.headcount ?? 0 }
}
