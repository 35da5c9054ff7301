import Queueing

extension ScenarioPrinter {
  static func writeWorkforce(_ scenario: Scenario, _ out: inout YAMLWriter) {
    out.section("roles") { out in
      for kind in RoleKind.allCases {
        guard let role = scenario.roles[kind] else { continue }
        out.section(kind.rawValue) { out in
          out.line("paid_hours", duration(role.paidHoursPerWeek))
          out.line("shrinkage", role.shrinkage.description)
          out.line("monthly_cost", role.monthlyCost.description)
          if let cap = role.maxHeadcount { out.line("max_headcount", "\(cap)") }
        }
      }
    }
    let ratios = scenario.ratios
    out.section("ratios") { out in
      out.line(
        "customers_per_agent",
        flow(
          Tier.allCases.compactMap { tier in
            ratios.customersPerAgent[tier].map {
              (
                tier.rawValue,
                $0.minimum == $0.maximum ? "\($0.minimum)" : "\($0.minimum)-\($0.maximum)"
              )
            }
          }))
      out.line("tam_account_weight", ratios.tamAccountWeight.description)
      out.line("tam_capacity", ratios.tamCapacity.description)
    }
    if let budget = scenario.monthlyBudget { out.line("monthly_budget", budget.description) }
    writeCapacity(scenario.capacity, &out)
    let shifts = scenario.shifts
    out.section("shifts") { out in
      out.line("lengths", "[" + shifts.lengths.map(duration).joined(separator: ", ") + "]")
      out.line("start_every", duration(shifts.startEvery))
      out.line("days", "[" + shifts.days.map(\.rawValue).joined(separator: ", ") + "]")
      out.section("breaks") { out in
        for rule in shifts.breaks {
          out.line("- name", rule.name)
          out.line("  length", duration(rule.length))
          out.line("  paid", rule.paid ? "true" : "false")
          out.line("  after", duration(rule.earliest))
          out.line("  before", duration(rule.latest))
        }
      }
    }
    let rules = scenario.rules
    out.section("rules") { out in
      out.line("min_rest_between_shifts", duration(rules.minRestBetweenShifts))
      out.line("min_weekly_rest", duration(rules.minWeeklyRest))
      out.line("max_consecutive_days", "\(rules.maxConsecutiveDays)")
      out.line("max_hours_per_week", duration(rules.maxHoursPerWeek))
      out.line("max_average_hours_per_week", duration(rules.maxAverageHoursPerWeek))
      out.line("consecutive_days_off", "\(rules.consecutiveDaysOff)")
      out.line("weekend_off_every_weeks", "\(rules.weekendOffEveryWeeks)")
      out.line("max_nights_in_a_row", "\(rules.maxNightsInARow)")
      out.line("forward_rotation", rules.forwardRotation ? "true" : "false")
    }
    out.line("rotation", scenario.rotation.name)
    writeAgents(scenario.agents, &out)
  }

  private static func writeCapacity(_ capacity: CapacityInputs, _ out: inout YAMLWriter) {
    out.section("capacity") { out in
      out.line("months", "\(capacity.months)")
      switch capacity.volume {
      case .growth(let rate): out.line("monthly_growth", rate.description)
      case .explicit(let volumes):
        out.line("monthly_volumes", "[" + volumes.map(String.init).joined(separator: ", ") + "]")
      }
      if !capacity.startingHeadcount.isEmpty {
        out.line(
          "starting_headcount",
          flow(
            RoleKind.allCases.compactMap { kind in
              capacity.startingHeadcount[kind].map { (kind.rawValue, "\($0)") }
            }))
      }
      out.line("attrition", capacity.attritionPerMonth.description)
      out.line("hiring_lead_months", "\(capacity.hiringLeadMonths)")
      out.line("onboarding", duration(capacity.onboarding))
      out.line("certified_after", duration(capacity.certifiedAfter))
      out.line("class_size", "\(capacity.classSize)")
    }
  }

  private static func writeAgents(_ agents: [Agent], _ out: inout YAMLWriter) {
    guard !agents.isEmpty else {
      out.comment("agents: none named; the roster uses numbered placeholders")
      return
    }
    out.section("agents") { out in
      for agent in agents {
        out.line("- name", quoted(agent.name))
        out.line("  role", agent.role.rawValue)
        out.line("  region", agent.region)
        out.line("  contract_hours", duration(agent.contractHours))
        out.line("  skills", "[" + agent.skills.map(\.rawValue).joined(separator: ", ") + "]")
        out.line("  unavailable", "[" + agent.unavailable.joined(separator: ", ") + "]")
      }
    }
  }
}
