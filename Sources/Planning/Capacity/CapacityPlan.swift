/// One month of one role in the hiring plan.
public struct CapacityMonth: Sendable, Equatable {
  /// 1…N.
  public var month: Int
  /// Required FTE: max(coverage floor, workload × volume index).
  public var required: Double
  /// Certified people (= FTE): starting staff and cohorts past their ramp, after attrition.
  public var tenured: Double
  /// FTE produced by cohorts still ramping (people × productivity).
  public var ramping: Double
  /// max(0, required − available), 0 below 1e-9.
  public var gap: Double
  /// Hires decided this month (requisitions opened).
  public var hiresDecided: Int
  /// Hires whose first day is this month (decided `hiringLeadMonths` earlier).
  public var hiresStarting: Int
  /// People on payroll in their ramp (productivity < 1); they do not leave while ramping.
  public var inTraining: Double
  /// People on payroll (certified + ramping).
  public var payroll: Double
  /// payroll × monthly cost.
  public var cost: Double

  /// tenured + ramping.
  public var available: Double { tenured + ramping }
}

/// Why a month keeps a gap.
public enum CapacityGapReason: String, Sendable, Equatable {
  /// Before 1 + lead + ramp months no hire can be certified: the lead time and ramp forbid it.
  case leadTime = "lead_time"
  /// Every class that could help was full.
  case classSize = "class_size"
  /// Closing it would break a cap or cost more than the shortfall penalty.
  case capOrCost = "cap_or_cost"
}

/// A month where the plan stays short.
public struct CapacityWarning: Sendable, Equatable {
  public var role: RoleKind
  public var month: Int
  public var gap: Double
  public var reason: CapacityGapReason
  /// The first month a hire decided in month 1 is certified (for `.leadTime`).
  public var firstCertifiedHireMonth: Int

  public var message: String {
    let head = "month \(month): \(role.pluralName) short by \(plain(gap)) FTE"
    switch reason {
    case .leadTime:
      return head + "; cannot be closed: a hire decided in month 1 is certified only from"
        + " month \(firstCertifiedHireMonth) (lead time + ramp)"
    case .classSize:
      return head + "; every class that could help is full (class_size)"
    case .capOrCost:
      return head + "; closing it would break a cap or cost more than the shortfall penalty"
    }
  }
}

/// The plan of one role.
public struct RoleCapacityPlan: Sendable, Equatable {
  public var role: RoleKind
  public var months: [CapacityMonth]
  /// Σ month costs.
  public var totalCost: Double { months.reduce(0) { $0 + $1.cost } }
}

/// A cap broken in one month of a plan under relaxed caps.
public struct CapacityConflict: Sendable, Equatable {
  public var month: Int
  public var conflict: CapConflict

  /// e.g. "month 1: the plan needs 12 first-line agents; roles.agent.max_headcount allows
  /// 10 (2 short)".
  public var message: String { "month \(month): " + conflict.message }
}

/// The answer of the capacity stage.
public struct CapacityPlan: Sendable, Equatable {
  public var roles: [RoleCapacityPlan]
  /// Months with a gap, by role then month.
  public var warnings: [CapacityWarning]
  /// Empty when every cap holds; otherwise the plan is the best one under relaxed caps.
  public var conflicts: [CapacityConflict]
  public var relativeGap: Double

  public var isFeasible: Bool { conflicts.isEmpty }

  /// Payroll cost of each month over all roles.
  public var monthlyCost: [Double] {
    guard let count = roles.first?.months.count else { return [] }
    return (0..<count).map { index in roles.reduce(0) { $0 + $1.months[index].cost } }
  }

  /// Σ payroll cost over the horizon.
  public var totalCost: Double { roles.reduce(0) { $0 + $1.totalCost } }

  public func role(_ kind: RoleKind) -> RoleCapacityPlan? { roles.first { $0.role == kind } }
}
