import Foundation
public import Optimization

/// The multi-period hiring MIP of `CapacityPlanInputs` (issue 4, DESIGN.md §4).
///
/// Notation per role: S starting staff, a attrition, L lead, p(k) the ramp, c the monthly
/// cost, P the shortfall penalty, r(m) the required FTE. Decision `hires_<role>_mDD`
/// (integer, 0…class size) for d = 1…N − L starts in t = d + L; in month m ≥ t the cohort
/// has x·(1 − a)^(m − t) people producing p(m − t + 1) FTE each.
/// - `required_<role>_mMM`: Σ cohort FTE + `shortfall_<role>_mMM` ≥ r(m) − S·(1 − a)^(m − 1);
/// - `max_headcount_<role>_mMM`: Σ cohort people ≤ cap − S·(1 − a)^(m − 1);
/// - `monthly_budget_mMM`: Σ_roles c · cohort people ≤ budget − Σ_roles c·S·(1 − a)^(m − 1).
///
/// Objective: Σ c · people on payroll (trainees included) + Σ P · shortfall; the starting
/// staff's cost is a constant, left out of the model and added back in the plan.
public struct CapacityModel: Sendable, Equatable {
  public let inputs: CapacityPlanInputs
  /// The model; `model.writeMPS(to:)` serves `--write-model FILE.mps`.
  public let model: OptimizationModel
  /// hires[role][d − 1] for decision months d = 1…N − L.
  let hires: [[VariableID]]
  /// shortfall[role][m − 1].
  let shortfalls: [[VariableID]]

  /// Row groups the diagnosis may relax: the caps.
  public static let relaxableGroups: Set<String> = ["max_headcount", "budget"]

  /// Validates `inputs` and builds the model.
  /// - Complexity: O(roles × months²) terms.
  public init(_ inputs: CapacityPlanInputs) throws(PlanInputError) {
    try inputs.validate()
    self.inputs = inputs
    let months = inputs.months
    let lead = inputs.hiringLeadMonths
    let keep = 1 - inputs.attritionPerMonth
    do throws(ModelError) {
      var model = try OptimizationModel(name: "staffplan_capacity")
      var hires: [[VariableID]] = []
      var shortfalls: [[VariableID]] = []
      for role in inputs.roles {
        let name = role.role.rawValue
        var decisions: [VariableID] = []
        for decision in 1...max(1, months - lead) where decision + lead <= months {
          let start = decision + lead
          let paidMonths = (start...months).reduce(0.0) { $0 + pow(keep, Double($1 - start)) }
          decisions.append(
            try model.addVariable(
              "hires_\(name)_m\(Self.label(decision))", upperBound: Double(inputs.classSize),
              isInteger: true, objective: role.monthlyCost * paidMonths))
        }
        var gaps: [VariableID] = []
        for month in 1...months {
          gaps.append(
            try model.addVariable(
              "shortfall_\(name)_m\(Self.label(month))",
              objective: role.shortfallPenaltyPerFTEMonth))
        }
        hires.append(decisions)
        shortfalls.append(gaps)
      }
      for (index, role) in inputs.roles.enumerated() {
        let name = role.role.rawValue
        for month in 1...months {
          let staff = Double(role.startingHeadcount) * pow(keep, Double(month - 1))
          let required = role.requiredFTE(volumeIndex: inputs.volumeIndex[month - 1])
          var productive = Self.cohortTerms(inputs, hires[index], month: month, productive: true)
          productive.append((shortfalls[index][month - 1], 1))
          try model.addRow(
            "required_\(name)_m\(Self.label(month))", productive, .greaterOrEqual,
            required - staff, group: "requirement")
          if let cap = role.maxHeadcount {
            try model.addRow(
              "max_headcount_\(name)_m\(Self.label(month))",
              Self.cohortTerms(inputs, hires[index], month: month, productive: false),
              .lessOrEqual, Double(cap) - staff, group: "max_headcount")
          }
        }
      }
      if let budget = inputs.monthlyBudget {
        for month in 1...months {
          var terms: [(VariableID, Double)] = []
          var fixed = 0.0
          for (index, role) in inputs.roles.enumerated() {
            fixed += role.monthlyCost * Double(role.startingHeadcount)
              * pow(keep, Double(month - 1))
            terms += Self.cohortTerms(inputs, hires[index], month: month, productive: false)
              .map { ($0.0, $0.1 * role.monthlyCost) }
          }
          try model.addRow(
            "monthly_budget_m\(Self.label(month))", terms, .lessOrEqual, budget - fixed,
            group: "budget")
        }
      }
      self.model = model
      self.hires = hires
      self.shortfalls = shortfalls
    } catch {
      throw .model(error)
    }
  }

  /// Two-digit month labels keep the MPS names sorted: m01 … m24.
  static func label(_ month: Int) -> String { month < 10 ? "0\(month)" : "\(month)" }

  /// (hires of decision d, people or FTE per hire in `month`) for cohorts started by then.
  /// - Complexity: O(months).
  static func cohortTerms(
    _ inputs: CapacityPlanInputs, _ decisions: [VariableID], month: Int, productive: Bool
  ) -> [(VariableID, Double)] {
    let keep = 1 - inputs.attritionPerMonth
    return decisions.enumerated().compactMap { offset, variable in
      let start = offset + 1 + inputs.hiringLeadMonths
      guard start <= month else { return nil }
      let people = pow(keep, Double(month - start))
      let share = productive ? inputs.ramp.productivity(tenureMonth: month - start + 1) : 1
      let coefficient = people * share
      return coefficient > 0 ? (variable, coefficient) : nil
    }
  }
}
