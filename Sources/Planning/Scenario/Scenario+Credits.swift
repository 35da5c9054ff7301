public import Queueing

/// `sla_credits:` — the service credits a contract owes one tier when service falls short.
///
/// The guide (line 23): "SLA credits are typically defined as percentage refunds: e.g., 99.9%
/// availability = 10% monthly credit if missed; 99.5% = 20% credit". The guide states them
/// against availability; StaffPlan applies them to support-SLA attainment
/// (`SLACreditExposure`).
public struct SLACredits: Sendable, Equatable {
  /// One threshold: below `below` attainment, `credit` of the monthly fee is refunded.
  public struct Step: Sendable, Equatable {
    /// `below:` — the attainment under which the credit is owed, 0…100%.
    public var below: Percentage
    /// `credit:` — the share of the monthly fee refunded per account, 0…100%.
    public var credit: Percentage

    public init(below: Percentage, credit: Percentage) {
      self.below = below
      self.credit = credit
    }
  }

  /// `tier:` — the credited tier (one of `customers:`); its accounts are its customer count.
  public var tier: Tier
  /// `monthly_fee:` — per account per month, in the scenario's currency (as `monthly_cost`).
  public var monthlyFee: ExactDecimal
  /// `steps:` — strictly decreasing in `below` (the loader refuses any other order).
  public var steps: [Step]

  public init(tier: Tier, monthlyFee: ExactDecimal, steps: [Step]) {
    self.tier = tier
    self.monthlyFee = monthlyFee
    self.steps = steps
  }

  /// The credit owed at `attainment` (a share, 0…1): the credit of the step with the lowest
  /// `below` that attainment is under, or 0% when it reaches every `below`.
  /// - Complexity: O(steps).
  public func credit(atAttainment attainment: Double) -> Percentage {
    steps.last { attainment < $0.below.value }?.credit ?? .zero
  }
}
