public import Optimization

/// The multi-period hiring MIP of `CapacityPlanInputs` (issue 4, DESIGN.md §4).
///
/// Notation per role: S starting staff, a attrition, L lead, p(k) the ramp of R months,
/// c the monthly cost, P the shortfall penalty, r(m) the required FTE.
/// - `hires_<role>_dDD` (integer, 0…class size): hires decided in month d = 1…N − L; they
///   start in t = d + L, produce p(k) FTE each in tenure month k ≤ R and are certified from
///   month t + R.
/// - `certified_<role>_mMM` (continuous): certified people in month m. Expected leavers are
///   continuous, a share a of last month's certified staff; hires do not leave during their
///   ramp. `certified_m − (1 − a)·certified_(m−1) − hires certified in m = 0` (S in month 1).
/// - `shortfall_<role>_mMM` (continuous, penalty P).
/// - `required_<role>_mMM`: certified + Σ ramping hires × p + shortfall ≥ r(m);
/// - `max_headcount_<role>_mMM`: certified + Σ ramping hires ≤ cap;
/// - `monthly_budget_mMM`: Σ_roles c · (certified + ramping hires) ≤ budget.
///
/// Objective: Σ c · people on payroll (trainees included) + Σ P · shortfall. Keeping the
/// decay on the continuous certified pool (rather than on each cohort) gives the integer
/// hires coefficients 0, p(k) and 1, which CBC solves far faster than cohort-by-cohort decay.
public struct CapacityModel: Sendable, Equatable {
  public let inputs: CapacityPlanInputs
  /// The model; `model.writeMPS(to:)` serves `--write-model FILE.mps`.
  public let model: OptimizationModel
  /// hires[role][d − 1] for decision months d = 1…N − L.
  let hires: [[VariableID]]
  /// certified[role][m − 1].
  let certified: [[VariableID]]

  /// Row groups the diagnosis may relax: the caps.
  public static let relaxableGroups: Set<String> = ["max_headcount", "budget"]

  /// Validates `inputs` and builds the model.
  /// - Complexity: O(roles × months × ramp months) terms.
  public init(_ inputs: CapacityPlanInputs) throws(PlanInputError) {
    try inputs.validate()
    self.inputs = inputs
    let months = inputs.months
    let ramp = inputs.ramp.rampMonths
    do throws(ModelError) {
      var model = try OptimizationModel(name: "staffplan_capacity")
      var hires: [[VariableID]] = []
      var certified: [[VariableID]] = []
      for role in inputs.roles {
        let name = role.role.rawValue
        var decisions: [VariableID] = []
        for decision in 1...(months - inputs.hiringLeadMonths) {
          let start = decision + inputs.hiringLeadMonths
          let rampMonthsPaid = Double(min(ramp, months - start + 1))
          decisions.append(
            try model.addVariable(
              "hires_\(name)_d\(Self.label(decision))", upperBound: Double(inputs.classSize),
              isInteger: true, objective: role.monthlyCost * rampMonthsPaid))
        }
        var pool: [VariableID] = []
        for month in 1...months {
          pool.append(
            try model.addVariable(
              "certified_\(name)_m\(Self.label(month))", objective: role.monthlyCost))
        }
        hires.append(decisions)
        certified.append(pool)
      }
      for (index, role) in inputs.roles.enumerated() {
        try Self.addRows(&model, inputs, role, hires[index], certified[index])
      }
      if let budget = inputs.monthlyBudget {
        for month in 1...months {
          var terms: [(VariableID, Double)] = []
          for (index, role) in inputs.roles.enumerated() {
            terms.append((certified[index][month - 1], role.monthlyCost))
            terms += Self.rampingTerms(inputs, hires[index], month: month, productive: false)
              .map { ($0.0, $0.1 * role.monthlyCost) }
          }
          try model.addRow(
            "monthly_budget_m\(Self.label(month))", terms, .lessOrEqual, budget,
            group: "budget")
        }
      }
      self.model = model
      self.hires = hires
      self.certified = certified
    } catch {
      throw .model(error)
    }
  }

  /// The pool, requirement and cap rows of one role.
  /// - Complexity: O(months × ramp months).
  static func addRows(
    _ model: inout OptimizationModel, _ inputs: CapacityPlanInputs, _ role: CapacityRole,
    _ hires: [VariableID], _ certified: [VariableID]
  ) throws(ModelError) {
    let name = role.role.rawValue
    let keep = 1 - inputs.attritionPerMonth
    for month in 1...inputs.months {
      let tag = "\(name)_m\(label(month))"
      var pool: [(VariableID, Double)] = [(certified[month - 1], 1)]
      if month > 1 { pool.append((certified[month - 2], -keep)) }
      let joining = month - inputs.ramp.rampMonths - inputs.hiringLeadMonths
      if joining >= 1, joining <= hires.count { pool.append((hires[joining - 1], -1)) }
      try model.addRow(
        "pool_\(tag)", pool, .equal, month == 1 ? Double(role.startingHeadcount) : 0,
        group: "pool")
      let shortfall = try model.addVariable(
        "shortfall_\(tag)", objective: role.shortfallPenaltyPerFTEMonth)
      var covered = [(certified[month - 1], 1.0), (shortfall, 1.0)]
      covered += rampingTerms(inputs, hires, month: month, productive: true)
      try model.addRow(
        "required_\(tag)", covered, .greaterOrEqual,
        role.requiredFTE(volumeIndex: inputs.volumeIndex[month - 1]), group: "requirement")
      if let cap = role.maxHeadcount {
        let people = rampingTerms(inputs, hires, month: month, productive: false)
        try model.addRow(
          "max_headcount_\(tag)", [(certified[month - 1], 1)] + people, .lessOrEqual,
          Double(cap), group: "max_headcount")
      }
    }
  }

  /// Two-digit month labels keep the MPS names sorted: m01 … m24.
  static func label(_ month: Int) -> String { month < 10 ? "0\(month)" : "\(month)" }

  /// (hires of decision d, FTE or people per hire) for cohorts ramping in `month`.
  /// - Complexity: O(ramp months).
  static func rampingTerms(
    _ inputs: CapacityPlanInputs, _ decisions: [VariableID], month: Int, productive: Bool
  ) -> [(VariableID, Double)] {
    (1...max(1, inputs.ramp.rampMonths)).compactMap { tenure in
      guard tenure <= inputs.ramp.rampMonths else { return nil }
      let decision = month - tenure + 1 - inputs.hiringLeadMonths
      guard decision >= 1, decision <= decisions.count else { return nil }
      let share = productive ? inputs.ramp.productivity(tenureMonth: tenure) : 1
      return share > 0 ? (decisions[decision - 1], share) : nil
    }
  }
}
