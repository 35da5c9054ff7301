import Foundation

/// Arrivals per UTC interval of one week, per tier and ticket channel, after deflection.
///
/// The chain, from `Scenario`:
/// 1. monthly tickets per tier: count × tickets per customer, or the explicit volume;
/// 2. per channel by the tier's channel mix;
/// 3. after deflection: every lever (knowledge base, chatbot, automated triage) is a share of
///    all inbound tickets (scenarios/README.md, `deflection`), so each channel of each tier keeps
///    1 − (kb + chatbot + triage) of its tickets; the P1 hotline is not deflected;
/// 4. per week: × 7 / (365.25 / 12), a month being 365.25/12 = 30.4375 days;
/// 5. per interval: each region's share of the week arrives following the weekday and intraday
///    profile in the region's local time (`ReferenceWeek`), summed over regions in UTC. Day d's
///    share is W_d / ΣW; an intraday point's share W_j / Σw is spread evenly over its minutes
///    (until the next point or 24:00).
///
/// Coverage: `open[tier][i]` is true when the tier's coverage window, read in the local time of
/// at least one region, covers some part of UTC interval i: the regions' desks together serve
/// the tier (scenarios/README.md: three 09:00–18:00 desks make Standard's 24×5).
public struct WeeklyDemand: Sendable, Equatable {
  /// Days in a month: 365.25 / 12 = 30.4375.
  public static let daysPerMonth = 365.25 / 12

  public let intervalMinutes: Int
  /// Share of the week's tickets arriving in each UTC interval (Σ = 1).
  public let arrivalShape: [Double]
  /// Weekly tickets of each tier on each ticket channel, after deflection.
  public let weeklyTickets: [Tier: [Channel: Double]]
  /// The deflected share of inbound, 0…1.
  public let deflectedShare: Double
  /// Per tier, whether its coverage window is open in each UTC interval.
  public let open: [Tier: [Bool]]
  /// The week the local profiles were placed on.
  public let referenceWeek: ReferenceWeek

  /// Intervals in the week, 10080 / interval minutes.
  public var intervalCount: Int { arrivalShape.count }

  /// Expected arrivals of `tier` on `channel` in each UTC interval.
  /// - Complexity: O(intervals).
  public func arrivals(tier: Tier, channel: Channel) -> [Double] {
    let weekly = weeklyTickets[tier]?[channel] ?? 0
    return arrivalShape.map { $0 * weekly }
  }

  /// Whether `tier` is served in interval `index` (a tier without a window is never open).
  public func isOpen(tier: Tier, interval index: Int) -> Bool {
    open[tier]?[index] ?? false
  }

  /// Places `scenario`'s demand on `week`.
  /// - Complexity: O(regions · 10080 + tiers · regions · 10080).
  public init(scenario: Scenario, week: ReferenceWeek = .standard) throws(RequirementError) {
    let grid = scenario.intervalMinutes
    guard grid > 0, 1440 % grid == 0 else { throw .invalidInterval(minutes: grid) }
    intervalMinutes = grid
    referenceWeek = week
    let deflected = scenario.deflection.total.doubleValue
    deflectedShare = min(1, deflected)
    var weekly: [Tier: [Channel: Double]] = [:]
    for tier in Tier.allCases {
      var perChannel: [Channel: Double] = [:]
      for channel in Channel.ticketChannels {
        let monthly = scenario.monthlyTickets(tier: tier, channel: channel)
        perChannel[channel] = monthly * (1 - deflectedShare) * 7 / Self.daysPerMonth
      }
      weekly[tier] = perChannel
    }
    weeklyTickets = weekly

    let density = try Self.localDensity(scenario.arrivals)
    let count = ReferenceWeek.minutesPerWeek / grid
    var shape = [Double](repeating: 0, count: count)
    var openMasks: [Tier: [Bool]] = [:]
    let windows = Tier.allCases.map { tier in
      (tier, scenario.coverage[tier].map(Self.localCoverage))
    }
    for (tier, window) in windows where window != nil {
      openMasks[tier] = [Bool](repeating: false, count: count)
    }
    for region in scenario.regions {
      guard let zone = TimeZone(identifier: region.timeZone) else {
        throw .unknownTimeZone(region: region.name, identifier: region.timeZone)
      }
      let local = week.localMinutes(timeZone: zone)
      var mass = [Double](repeating: 0, count: count)
      var total = 0.0
      for u in 0..<ReferenceWeek.minutesPerWeek {
        let value = density[Int(local[u])]
        mass[u / grid] += value
        total += value
      }
      // Renormalise: a daylight-saving change inside the week skips or repeats local minutes.
      let share = region.share.value
      if total > 0 { for i in 0..<count { shape[i] += share * mass[i] / total } }
      for (tier, window) in windows {
        guard let window, var mask = openMasks[tier] else { continue }
        // A local array, not the dictionary's: 10080 subscripts through a dictionary
        // cost a hash and a uniqueness check each.
        for u in 0..<ReferenceWeek.minutesPerWeek where window[Int(local[u])] {
          mask[u / grid] = true
        }
        openMasks[tier] = mask
      }
    }
    arrivalShape = shape
    open = openMasks
  }

  /// Share of the week per local minute (Σ = 1): day share × point share / point minutes.
  static func localDensity(_ profile: ArrivalProfile) throws(RequirementError) -> [Double] {
    let dayWeights = Weekday.allCases.map { profile.weekday[$0]?.doubleValue ?? 0 }
    let daySum = dayWeights.reduce(0, +)
    guard daySum > 0 else { throw .emptyProfile("weekday weights sum to 0") }
    let points = profile.intraday.sorted { $0.start < $1.start }
    let pointSum = points.reduce(0.0) { $0 + $1.weight.doubleValue }
    guard pointSum > 0 else { throw .emptyProfile("intraday weights sum to 0") }
    var day = [Double](repeating: 0, count: 1440)
    for (j, point) in points.enumerated() {
      let start = point.start.minutes
      let end = j + 1 < points.count ? points[j + 1].start.minutes : 1440
      guard end > start else { continue }
      let perMinute = point.weight.doubleValue / pointSum / Double(end - start)
      for m in start..<min(end, 1440) { day[m] = perMinute }
    }
    var week = [Double](repeating: 0, count: ReferenceWeek.minutesPerWeek)
    for d in 0..<7 {
      let share = dayWeights[d] / daySum
      for m in 0..<1440 { week[d * 1440 + m] = share * day[m] }
    }
    return week
  }

  /// Minutes of the local week inside `window`.
  static func localCoverage(_ window: CoverageWindow) -> [Bool] {
    var covered = [Bool](repeating: false, count: ReferenceWeek.minutesPerWeek)
    for day in window.days where window.end > window.start {
      let base = day.index * 1440
      for m in window.start.minutes..<min(1440, window.end.minutes) { covered[base + m] = true }
    }
    return covered
  }
}
