public import Queueing

/// A support organisation described once: customers, channels, targets, staff and rules.
///
/// Every field holds its resolved value: defaults are filled in by `ScenarioLoader`, so later
/// stages never guess. Keys, units and defaults are documented in `scenarios/README.md`.
public struct Scenario: Sendable, Equatable {
  /// `name:` — required.
  public var name: String
  /// `description:` — free text, default empty.
  public var description: String
  /// `interval:` — the planning grid in minutes: 15, 30 or 60 (default 15).
  public var intervalMinutes: Int
  /// `regions:` — where customers and agents are, each with an IANA time zone. Required.
  public var regions: [Region]
  /// `customers:` — one segment per tier (a tier not written has no customers). Required.
  public var customers: [Tier: CustomerSegment]
  /// `channels:` — email, chat and phone (handle times, targets, concurrency, patience).
  public var channels: [Channel: ChannelSpec]
  /// `coverage:` — when each tier is served, in each region's local time.
  public var coverage: [Tier: CoverageWindow]
  /// `arrivals:` — the intraday and weekday shapes of inbound volume.
  public var arrivals: ArrivalProfile
  /// `deflection:` — self-service levers, as shares of inbound volume.
  public var deflection: Deflection
  /// `staffing:` — shrinkage, occupancy cap and queue priority shared by all channels.
  public var staffing: StaffingPolicy
  /// `escalations:` — work handed to escalation engineers.
  public var escalations: Escalations
  /// `incidents:` — P1 incidents answered by the on-call hotline.
  public var incidents: Incidents
  /// `roles:` — paid hours, shrinkage, cost and caps of each role.
  public var roles: [RoleKind: Role]
  /// `ratios:` — customer ratios for agents and the weighted TAM coverage.
  public var ratios: StaffingRatios
  /// `monthly_budget:` — optional cap on the monthly staff cost, in the cost currency.
  public var monthlyBudget: ExactDecimal?
  /// `capacity:` — inputs of the monthly hiring plan.
  public var capacity: CapacityInputs
  /// `shifts:` — shift templates and breaks.
  public var shifts: ShiftPolicy
  /// `rules:` — labour rules (DESIGN.md §4 defaults).
  public var rules: LabourRules
  /// `rotation:` — a catalogue pattern by name, or `generated`.
  public var rotation: RotationChoice
  /// `agents:` — named agents (a list or a CSV file); empty means numbered placeholders.
  public var agents: [Agent]
  /// `sla_credits:` — optional service credits of one tier; nil when the section is absent.
  public var slaCredits: SLACredits? = nil

  /// The segment of a tier; a tier absent from the file has zero customers and tickets.
  public func customers(_ tier: Tier) -> CustomerSegment {
    customers[tier] ?? CustomerSegment(count: 0, volume: .monthly(0), channelMix: [:])
  }

  /// Tickets per month of a tier on a channel, before deflection: tier volume × channel share.
  public func monthlyTickets(tier: Tier, channel: Channel) -> Double {
    let segment = customers(tier)
    return segment.monthlyTickets * (segment.channelMix[channel]?.value ?? 0)
  }

  /// All tickets per month, before deflection, over every tier.
  public var totalMonthlyTickets: Double {
    Tier.allCases.reduce(0) { $0 + customers($1).monthlyTickets }
  }
}

/// The three support plans of the guide (line 22).
public enum Tier: String, Sendable, Hashable, CaseIterable, Comparable {
  case community, standard, enterprise

  /// The tier as a planner writes it in a sentence: `Enterprise`.
  public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  public static func < (lhs: Tier, rhs: Tier) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// The four canonical channels of the guide (line 16). `incident` is the P1 hotline, described
/// by `Scenario.incidents`; the other three carry customer tickets.
public enum Channel: String, Sendable, Hashable, CaseIterable, Comparable {
  case email, chat, phone, incident

  /// The channels that carry a share of each tier's tickets.
  public static let ticketChannels: [Channel] = [.email, .chat, .phone]

  public static func < (lhs: Channel, rhs: Channel) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// A day of the week, written `Mon` … `Sun`.
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
  case mon = "Mon"
  case tue = "Tue"
  case wed = "Wed"
  case thu = "Thu"
  case fri = "Fri"
  case sat = "Sat"
  case sun = "Sun"

  /// 0 for Monday … 6 for Sunday.
  public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}

/// A region: a name, its IANA time zone and its share of the customers' tickets.
public struct Region: Sendable, Equatable {
  public var name: String
  /// An identifier Foundation's `TimeZone(identifier:)` knows, e.g. `Europe/Dublin`.
  public var timeZone: String
  /// Share of every tier's tickets raised from this region; the regions sum to 100%.
  public var share: Percentage

  public init(name: String, timeZone: String, share: Percentage) {
    self.name = name
    self.timeZone = timeZone
    self.share = share
  }
}

/// A time of day on a minute grid, `00:00` … `24:00` (24:00 only as the end of a window).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Minutes after midnight, 0…1440.
  public var minutes: Int

  public init(minutes: Int) { self.minutes = minutes }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

  /// `HH:MM`.
  public var description: String {
    let hours = minutes / 60
    let rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  /// Parses `HH:MM` with 00 ≤ HH ≤ 24, 00 ≤ MM ≤ 59, and nothing after 24:00.
  public static func parse(_ text: String) -> TimeOfDay? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let hours = Int(parts[0]), let minutes = Int(parts[1]),
      parts[0].allSatisfy(\.isASCII), (0...24).contains(hours), (0...59).contains(minutes),
      hours < 24 || minutes == 0
    else { return nil }
    return TimeOfDay(minutes: hours * 60 + minutes)
  }
}
