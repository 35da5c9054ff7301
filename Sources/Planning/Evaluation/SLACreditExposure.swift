public import Queueing

/// What a scenario's SLA credits would cost a month if the week goes as planned.
///
/// Attainment (a share, 0…1) = Σᵢ Σ_c λ_c,i · met_s,i / Σᵢ Σ_c λ_c,i, where λ_c,i are the
/// credited tier's expected contacts on ticket channel c (email, chat, phone) in interval i of
/// the reference week, and met_s,i is 1 when the scheduled agents given to stream s in interval
/// i reach that stream's requirement (agents on the floor sized to the tier targets), else 0.
/// The stream s is c, or email when the tier's live channel is closed in i (its contacts leave
/// an offline message for the email desk). Coverage per stream is known only as the blended
/// team's, so it is split by `ChannelCoverage` (phone, then chat, email the rest). A channel
/// without a requirement series asks for no agents and counts as met.
///
/// This is the guide's "percent SLA met" (line 31) read off the plan; its "SLA credits" (line
/// 23) are stated against availability and applied here to this attainment.
///
/// Exposure = accounts × monthly fee × credit(attainment), in the scenario's currency per
/// month, where accounts are the tier's customer count and credit is
/// `SLACredits.credit(atAttainment:)`; the week's attainment stands for the month's.
public struct SLACreditExposure: Sendable, Equatable {
  public let tier: Tier
  /// The tier's customer count.
  public let accounts: Int
  /// Per account per month, scenario currency.
  public let monthlyFee: Double
  /// Expected contacts of the tier in the week, and those arriving in met intervals.
  public let contacts: Double
  public let contactsMet: Double
  /// contactsMet / contacts; nil when the tier has no contacts (nothing to miss).
  public var attainment: Double? { contacts > 0 ? contactsMet / contacts : nil }
  /// The credit owed at the attainment (0% without contacts).
  public let credit: Percentage
  /// accounts × monthlyFee × credit, scenario currency per month.
  public var monthlyExposure: Double { Double(accounts) * monthlyFee * credit.value }
  /// (stream, interval) pairs with contacts of the tier where coverage is short.
  public let shortIntervals: Int

  /// - Parameters:
  ///   - arrivals: the tier's expected contacts per interval, by the stream that serves them.
  ///   - coverage: required and scheduled agents per stream and interval.
  /// - Complexity: O(streams × intervals).
  public init(
    credits: SLACredits, accounts: Int, arrivals: [RequirementChannel: [Double]],
    coverage: [ChannelCoverage]
  ) {
    tier = credits.tier
    self.accounts = accounts
    monthlyFee = credits.monthlyFee.doubleValue
    var total = 0.0
    var met = 0.0
    var short = 0
    for (stream, values) in arrivals.sorted(by: { $0.key < $1.key }) {
      let served = coverage.first { $0.channel == stream }
      for (index, contacts) in values.enumerated() where contacts > 0 {
        total += contacts
        let required = served.map { index < $0.required.count ? $0.required[index] : 0 } ?? 0
        let scheduled = served.map { index < $0.scheduled.count ? $0.scheduled[index] : 0 } ?? 0
        if scheduled >= required {
          met += contacts
        } else {
          short += 1
        }
      }
    }
    contacts = total
    contactsMet = met
    shortIntervals = short
    credit = total > 0 ? credits.credit(atAttainment: met / total) : .zero
  }

  /// The exposure of `scenario`'s credits (nil without `sla_credits:`) under `plan`, the
  /// first-line shift design of `requirements`.
  /// - Complexity: O(channels × intervals).
  public init?(requirements: WeeklyRequirements, plan: WeeklyShiftPlan) {
    let scenario = requirements.scenario
    guard let credits = scenario.slaCredits else { return nil }
    let demand = requirements.demand
    let count = demand.intervalCount
    var arrivals: [RequirementChannel: [Double]] = [:]
    for channel in Channel.ticketChannels {
      let values = demand.arrivals(tier: credits.tier, channel: channel)
      for index in 0..<min(count, values.count) where values[index] > 0 {
        let open = channel == .email || demand.isOpen(tier: credits.tier, interval: index)
        let stream = RequirementChannel(open ? channel : .email)
        arrivals[stream, default: Array(repeating: 0, count: count)][index] += values[index]
      }
    }
    self.init(
      credits: credits, accounts: scenario.customers(credits.tier).count, arrivals: arrivals,
      coverage: ChannelCoverage.split(plan, requirements: requirements))
  }
}
