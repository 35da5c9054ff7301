import Queueing

/// The values a scenario gets for every key it does not write.
///
/// Numbers from the Travis operations guide cite its line (`../shared/domain/
/// support-operations-guide.txt`); the others are stated assumptions, also listed in
/// `scenarios/README.md`.
enum ScenarioDefaults {
  static func percent(_ digits: Int64, scale: Int = 0) -> Percentage {
    Percentage(fraction: ExactDecimal(digits: digits, scale: scale).dividedByHundred)
  }

  static func span(_ seconds: Int) -> TimeSpan { TimeSpan(seconds: seconds) }

  static let intervalMinutes = 15

  /// Channel mix per tier when a tier gives no `channels:`. Community has email only (guide
  /// line 23: rate-limited ticketing); Standard email + chat (line 23); Enterprise adds phone
  /// (line 19). The splits are assumptions.
  static let channelMix: [Tier: [Channel: Percentage]] = [
    .community: [.email: percent(100)],
    .standard: [.email: percent(70), .chat: percent(30)],
    .enterprise: [.email: percent(50), .chat: percent(30), .phone: percent(20)],
  ]

  /// Handle times per channel and tier (assumptions; the guide gives none). Chat 15 min is the
  /// DESIGN.md §4 concurrency example.
  static let handleTime: [Channel: [Tier: TimeSpan]] = [
    .email: [.community: span(600), .standard: span(720), .enterprise: span(1200)],
    .chat: [.community: span(900), .standard: span(900), .enterprise: span(900)],
    .phone: [.community: span(600), .standard: span(600), .enterprise: span(600)],
  ]

  /// Service level of chat and phone answer-time targets: the 80% convention (the guide gives
  /// the times, not the share).
  static let answerLevel = percent(80)
  /// Service level of email first-response windows: guide line 32, "SLA compliance ≥99%".
  static let responseLevel = percent(99)

  /// Targets from guide lines 17–19 and 23 (Community 48–72 h: the 48 h end).
  static let targets: [Channel: [Tier: ServiceTarget]] = [
    .email: [
      .community: ServiceTarget(
        within: span(48 * 3600), serviceLevel: responseLevel,
        businessHoursOnly: true),
      .standard: ServiceTarget(
        within: span(3600), serviceLevel: responseLevel,
        businessHoursOnly: true),
      .enterprise: ServiceTarget(
        within: span(900), serviceLevel: responseLevel,
        businessHoursOnly: true),
    ],
    .chat: [
      .standard: ServiceTarget(within: span(600), serviceLevel: answerLevel),
      .enterprise: ServiceTarget(within: span(120), serviceLevel: answerLevel),
    ],
    .phone: [.enterprise: ServiceTarget(within: span(60), serviceLevel: answerLevel)],
  ]

  /// Chats per agent at once (assumption: 2 for technical support; DESIGN.md's example is 3).
  static let chatConcurrency = 2

  /// Guide line 17 and 23: 09:00–18:00 local on weekdays; across the regions that gives the
  /// Standard 24×5 coverage. Enterprise 24×7 (line 23).
  static let businessHours = CoverageWindow(
    days: [.mon, .tue, .wed, .thu, .fri], start: TimeOfDay(minutes: 540),
    end: TimeOfDay(minutes: 1080))
  static let coverage: [Tier: CoverageWindow] = [
    .community: businessHours, .standard: businessHours, .enterprise: .aroundTheClock,
  ]

  /// Name of the built-in intraday shape.
  static let intradayName = "support-business-day"

  /// Built-in intraday shape of B2B SaaS support in local time, percent of a day's tickets per
  /// hour (sums to 100): quiet nights, a ramp from 07:00, a morning peak at 10:00, a lunch dip
  /// at 12:00, a second peak at 14:00 and a tail into the evening. An assumption shaped like
  /// the public support-centre curves (e.g. the 24×5 reference curve's daytime peak).
  static let intradayPercentPerHour: [ExactDecimal] = [
    "1.0", "0.6", "0.5", "0.5", "0.6", "0.9", "1.9", "3.4", "6.2", "8.0", "9.0", "8.6",
    "7.0", "8.0", "8.7", "8.4", "7.4", "5.6", "3.8", "2.9", "2.3", "2.0", "1.5", "1.2",
  ].map { ExactDecimal(parsing: $0) ?? ExactDecimal(0) }

  static var intraday: [ArrivalProfile.Point] {
    intradayPercentPerHour.enumerated().map {
      ArrivalProfile.Point(start: TimeOfDay(minutes: $0.offset * 60), weight: $0.element)
    }
  }

  /// Built-in weekday shape, percent of a week's tickets (sums to 100): B2B volume falls
  /// through the week and is low at weekends. An assumption.
  static let weekday: [Weekday: ExactDecimal] = [
    .mon: ExactDecimal(19), .tue: ExactDecimal(18), .wed: ExactDecimal(digits: 175, scale: 1),
    .thu: ExactDecimal(17), .fri: ExactDecimal(digits: 155, scale: 1), .sat: ExactDecimal(7),
    .sun: ExactDecimal(6),
  ]

  static let staffing = StaffingPolicy(
    shrinkage: percent(30), maxOccupancy: percent(85), priority: .fifo)

  /// 10% of tickets escalated, 2 h of engineer work each (assumptions); the 4 h response is the
  /// guide's high-priority response (line 23).
  static let escalations = Escalations(
    share: percent(10), handleTime: span(7200),
    target: ServiceTarget(within: span(4 * 3600), serviceLevel: answerLevel))

  /// 2 P1 a month (assumption); 90 min is the MTTR target (line 32); 3 responders are the
  /// initial responder, incident commander and communications lead (line 25); acknowledged in
  /// 15 min (line 20).
  static let incidents = Incidents(
    perMonth: ExactDecimal(2), duration: span(5400), responders: 3, acknowledgeWithin: span(900))

  /// Fully loaded monthly costs per FTE (assumptions; the guide prices plans, not staff).
  static let monthlyCost: [RoleKind: ExactDecimal] = [
    .agent: ExactDecimal(6000), .escalationEngineer: ExactDecimal(9500),
    .tam: ExactDecimal(11000), .onCall: ExactDecimal(1500),
  ]
  static let paidHours = span(40 * 3600)

  /// Guide line 28: 1 agent per 250–500 active customers, 1:80 for high-touch Enterprise.
  static let customersPerAgent: [Tier: CustomerRatio] = [
    .standard: CustomerRatio(minimum: 250, maximum: 500),
    .enterprise: CustomerRatio(minimum: 80, maximum: 80),
  ]
  /// Guide line 28: 2 TAMs for the Enterprise accounts; 25 weighted accounts per TAM is an
  /// assumption chosen so the baseline's 50 accounts need 2.
  static let ratios = StaffingRatios(
    customersPerAgent: customersPerAgent, tamAccountWeight: ExactDecimal(1),
    tamCapacity: ExactDecimal(25))

  /// Guide line 29: 30-day onboarding, certification at 60 days. Attrition 2% a month,
  /// 2 months' hiring lead time and classes of 5 are assumptions.
  static let capacity = CapacityInputs(
    months: 12, volume: .growth(.zero), startingHeadcount: [:],
    attritionPerMonth: percent(2), hiringLeadMonths: 2, onboarding: span(30 * 86_400),
    certifiedAfter: span(60 * 86_400), classSize: 5)

  /// Issue 5 / DESIGN.md §4: 8 h and 10 h shifts every 30 min; 2 × 15 min paid rests and a
  /// 30 min unpaid meal in +3…+5 h. The rest windows (+1…+3 h, +5…+7 h) are assumptions.
  static let shifts = ShiftPolicy(
    lengths: [span(8 * 3600), span(10 * 3600)], startEvery: span(1800), days: Weekday.allCases,
    breaks: [
      BreakRule(
        name: "rest", length: span(900), paid: true, earliest: span(3600),
        latest: span(3 * 3600)),
      BreakRule(
        name: "meal", length: span(1800), paid: false, earliest: span(3 * 3600),
        latest: span(5 * 3600)),
      BreakRule(
        name: "rest", length: span(900), paid: true, earliest: span(5 * 3600),
        latest: span(7 * 3600)),
    ])

  /// DESIGN.md §4 labour-rule defaults.
  static let rules = LabourRules(
    minRestBetweenShifts: span(11 * 3600), minWeeklyRest: span(35 * 3600),
    maxConsecutiveDays: 6, maxHoursPerWeek: span(48 * 3600),
    maxAverageHoursPerWeek: span(40 * 3600), consecutiveDaysOff: 2, weekendOffEveryWeeks: 3,
    maxNightsInARow: 4, forwardRotation: true)
}
