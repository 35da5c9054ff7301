import Queueing

extension ScenarioDecoder {
  /// `sla_credits: { tier, monthly_fee, steps: [{ below, credit }, …] }`; nil when invalid
  /// (every problem reported). `customers` are the decoded segments (the tier must be one).
  func decodeSLACredits(_ node: YAMLNode, customers: [Tier: CustomerSegment]) -> SLACredits? {
    let section = "sla_credits"
    guard
      let fields = context.fields(node, section, allowed: ["tier", "monthly_fee", "steps"])
    else { return nil }
    var tier = fields.required("tier", in: section, example: "enterprise").flatMap {
      context.choice($0, "\(section).tier", as: Tier.self)
    }
    if let known = tier, !customers.isEmpty, customers[known] == nil,
      let tierNode = fields["tier"]
    {
      let written = Tier.allCases.filter { customers[$0] != nil }.map(\.rawValue)
      context.report(
        tierNode.mark,
        "\(section).tier: '\(known.rawValue)' has no customers in this scenario; expected a "
          + "tier written under customers: " + written.joined(separator: ", "))
      tier = nil
    }
    let fee = fields.required("monthly_fee", in: section, example: "2500").flatMap {
      context.decimal($0, "\(section).monthly_fee")
    }
    let steps = fields.required(
      "steps", in: section, example: "[{ below: 99.9%, credit: 10% }]"
    ).flatMap { creditSteps($0, "\(section).steps") }
    guard let tier, let fee, let steps else { return nil }
    return SLACredits(tier: tier, monthlyFee: fee, steps: steps)
  }

  /// A non-empty list of `{ below, credit }`, strictly decreasing in `below`.
  private func creditSteps(_ node: YAMLNode, _ section: String) -> [SLACredits.Step]? {
    let example = "[{ below: 99.9%, credit: 10% }, { below: 99.5%, credit: 20% }]"
    guard let items = node.items, !items.isEmpty else {
      let found = node.items == nil ? node.kindDescription : "an empty list"
      context.report(
        node.mark,
        "\(section) must be a list of thresholds, found \(found); expected e.g. \(example)")
      return nil
    }
    var steps: [SLACredits.Step] = []
    for (index, item) in items.enumerated() {
      let place = "\(section)[\(index + 1)]"
      guard let fields = context.fields(item, place, allowed: ["below", "credit"]) else {
        continue
      }
      let below = fields.required("below", in: place, example: "99.9%").flatMap {
        context.percentage($0, "\(place).below")
      }
      let credit = fields.required("credit", in: place, example: "10%").flatMap {
        context.percentage($0, "\(place).credit")
      }
      guard let below, let credit else { continue }
      if let previous = steps.last, below >= previous.below {
        context.report(
          fields["below"]?.mark ?? item.mark,
          "\(place).below: \(below) is not below the step before (\(previous.below)); "
            + "expected the steps from the highest threshold down, each strictly lower")
        continue
      }
      steps.append(SLACredits.Step(below: below, credit: credit))
    }
    return steps.count == items.count ? steps : nil
  }
}
