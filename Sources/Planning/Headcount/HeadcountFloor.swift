import Optimization

/// The constraint families of the headcount MIP, named as a planner reads them; each is the
/// `group` of its rows in the model.
public enum HeadcountConstraintKind: String, Sendable, Equatable, CaseIterable {
  /// Weekly requirement hours turned into FTE.
  case requirement
  /// Seats over a coverage window.
  case coverageFloor = "coverage_floor"
  /// Customers per agent (the band's floor).
  case customerRatio = "customer_ratio"
  /// Weighted Enterprise accounts per TAM.
  case tamCoverage = "tam_coverage"
  /// `max_headcount` of a role.
  case maxHeadcount = "max_headcount"
  /// `monthly_budget`.
  case budget
  /// headcount ≥ FTE (links the integer people to the continuous FTE).
  case staffing
}

/// One lower bound on a role's people, in FTE (requirement, coverage) or people (ratios).
public struct HeadcountFloor: Sendable, Equatable {
  public var kind: HeadcountConstraintKind
  /// The row name in the model (and in the MPS file).
  public var row: String
  /// What a planner reads, e.g. `Enterprise 24×7 coverage`.
  public var label: String
  /// The bound, snapped to an integer when within 1e-9 of one.
  public var value: Double

  public init(kind: HeadcountConstraintKind, row: String, label: String, value: Double) {
    self.kind = kind
    self.row = row
    self.label = label
    self.value = value
  }
}

extension RoleHeadcountInputs {
  /// Every lower bound of this role, in model order.
  ///
  /// - requirement: hours / (1 − s) / paid hours (e.g. 400 h at 30% and 40 h → 14.2857);
  /// - coverage floor: seats × window hours / (1 − s) / paid hours (a 24×7 seat at 30% and
  ///   40 h → 6);
  /// - customer ratio: Σ customers / max customers per agent;
  /// - TAM coverage: accounts × weight / capacity per TAM.
  ///
  /// Floating-point division can put an integral value a hair above the integer
  /// (168 / 0.7 / 40 = 6.000000000000001), which would add a person; values within 1e-9 of
  /// an integer are snapped to it, so shrinkage is exact where it decides the headcount.
  public var floors: [HeadcountFloor] {
    let name = role.rawValue
    var floors: [HeadcountFloor] = []
    if requirementHoursPerWeek > 0 {
      floors.append(
        HeadcountFloor(
          kind: .requirement, row: "requirement_\(name)",
          label: "weekly requirement of \(plain(requirementHoursPerWeek)) productive hours",
          value: snapped(fte(forProductiveHours: requirementHoursPerWeek))))
    }
    for floor in coverageFloors where floor.seats > 0 && floor.hoursPerWeek > 0 {
      floors.append(
        HeadcountFloor(
          kind: .coverageFloor,
          row: OptimizationModel.sanitizedName("coverage_floor_\(name)_\(floor.name)"),
          label: floor.label,
          value: snapped(fte(forProductiveHours: floor.seats * floor.hoursPerWeek))))
    }
    if !customerRatios.isEmpty, ratioFloor > 0 {
      let tiers = customerRatios.map { "\($0.customers) \($0.tier.rawValue)" }
      floors.append(
        HeadcountFloor(
          kind: .customerRatio, row: "customer_ratio_\(name)",
          label: "customer ratio (" + tiers.joined(separator: ", ") + " customers)",
          value: snapped(ratioFloor)))
    }
    if let coverage = accountCoverage, coverage.tamsNeeded > 0 {
      floors.append(
        HeadcountFloor(
          kind: .tamCoverage, row: "tam_coverage_\(name)",
          label: "TAM coverage of \(coverage.accounts) Enterprise accounts",
          value: snapped(coverage.tamsNeeded)))
    }
    return floors
  }

  /// The largest floor (the first of equal ones), or nil when nothing is needed.
  public var bindingFloor: HeadcountFloor? {
    floors.reduce(nil) { best, floor in
      guard let best else { return floor }
      return floor.value > best.value ? floor : best
    }
  }
}

/// Snaps x to the nearest integer when within 1e-9 of it (see `RoleHeadcountInputs.floors`).
func snapped(_ x: Double) -> Double {
  let nearest = x.rounded()
  return abs(x - nearest) <= 1e-9 * max(1, abs(x)) ? nearest : x
}

/// A number for messages: integers without decimals, others with two.
func plain(_ x: Double) -> String {
  let nearest = x.rounded()
  if abs(x - nearest) < 1e-9, abs(nearest) < 1e15 { return String(Int(nearest)) }
  let hundredths = (x * 100).rounded()
  let whole = Int(hundredths / 100)
  let cents = Int(abs(hundredths).truncatingRemainder(dividingBy: 100))
  let sign = x < 0 && whole == 0 ? "-" : ""
  return sign + String(whole) + "." + (cents < 10 ? "0" : "") + String(cents)
}

extension RoleKind {
  /// The role as a planner says it, plural: `first-line agents`, `on-call engineers`.
  public var pluralName: String {
    switch self {
    case .agent: return "first-line agents"
    case .escalationEngineer: return "escalation engineers"
    case .tam: return "TAMs"
    case .onCall: return "on-call engineers"
    }
  }
}
