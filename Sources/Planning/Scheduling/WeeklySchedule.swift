import Foundation

/// The schedule stage: from the week's requirements to shifts, a rotation, a named roster and
/// its rule check.
///
/// First-line agents are one blended team (the guide: "skills-based routing model and blended
/// teams"): the shift design covers the sum of the chat, phone and email agents of each
/// interval (on the floor; absence shrinkage is carried by headcount, breaks are placed
/// explicitly). Escalation engineers and the on-call rota are headcount roles, not
/// rostered here. Each designed shift goes to the region whose local clock is closest to
/// 09:00 at its start (follow-the-sun); rotations are built per region in UTC and shown in
/// local time.
public struct WeeklySchedule: Sendable {
  public let requirement: WeeklyRequirement
  public let shiftPlan: WeeklyShiftPlan
  public let mix: [ShiftMixEntry]
  public let rotation: Rotation
  /// Rules the generated rotation could not satisfy (empty for catalogue patterns).
  public let rotationUnmet: [RuleViolation]
  public let rotationNotes: [String]
  public let roster: RosterPlan
  /// Every labour-rule violation of the roster (should be empty).
  public let violations: [RuleViolation]
  /// Scheduled agents per channel and interval: the blended team serves live channels
  /// first (phone, then chat), email gets the rest.
  public let coverageByChannel: [(channel: RequirementChannel, required: [Int], scheduled: [Int])]
  public let timeLimitSeconds: Double

  /// Options of the schedule stage.
  public struct Options: Sendable {
    public var timeLimitSeconds: Double
    public var weeks: Int
    public var start: LocalDate
    /// Hears the shift design's progress (phases, incumbent, bound), for a progress bar.
    public var shiftDesignProgress: ShiftDesignObserver?
    /// Live CBC incumbents for that bar (`ShiftDesignOptions.followSolverLog`: interactive
    /// use only, it redirects standard output while CBC runs).
    public var followSolverLog: Bool

    public init(
      timeLimitSeconds: Double = 20, weeks: Int = 4, start: LocalDate? = nil,
      shiftDesignProgress: ShiftDesignObserver? = nil, followSolverLog: Bool = false
    ) {
      self.timeLimitSeconds = timeLimitSeconds
      self.weeks = weeks
      self.start = start ?? RosterBuilder.defaultStartDate
      self.shiftDesignProgress = shiftDesignProgress
      self.followSolverLog = followSolverLog
    }
  }

  /// Runs the stage. - Complexity: dominated by the shift-design MIP (bounded by the time limit).
  public init(requirements: WeeklyRequirements, options: Options = Options())
    throws(ShiftDesignError)
  {
    let scenario = requirements.scenario
    var notes: [String] = []
    let count = requirements.demand.intervalCount
    var total = Array(repeating: 0.0, count: count)
    let perChannel = ChannelCoverage.teamRequirements(requirements)
    for (_, agents) in perChannel {
      for index in agents.indices where index < count { total[index] += Double(agents[index]) }
    }
    requirement = WeeklyRequirement(intervalMinutes: requirements.intervalMinutes, required: total)
    timeLimitSeconds = options.timeLimitSeconds
    let templates = ShiftTemplate.templates(from: scenario.shifts)
    shiftPlan = try designWeeklyShifts(
      requirement: requirement, templates: templates,
      options: ShiftDesignOptions(
        timeLimit: options.timeLimitSeconds, followSolverLog: options.followSolverLog),
      progress: options.shiftDesignProgress)

    mix = Self.mix(of: shiftPlan, regions: scenario.regions, breaks: scenario.shifts.breaks)
    switch scenario.rotation {
    case .catalogue(let name):
      let pattern = RotationCatalogue.pattern(named: name)
      rotation = pattern ?? Rotation(name: name, clock: .utc, cycleDays: 7, crews: [])
      rotationUnmet = []
      notes = pattern == nil ? ["unknown catalogue pattern \(name)"] : [
        "catalogue pattern \(name): each crew is one line; the designed shift mix is not used"
      ]
    case .generated:
      // Each region's lines are built on its own local days (a Singapore day starts at
      // 16:00 UTC the day before): the generator sees the mix in local time on a UTC-clock
      // region, and the rotation is then read on the local clock of the region's real zone,
      // so rest and days off are judged as the agent lives them.
      let localMix = Self.localMix(mix, regions: scenario.regions)
      let localRegions = scenario.regions.map {
        Region(name: $0.name, timeZone: "UTC", share: $0.share)
      }
      let generated = RotationGenerator.generate(
        mix: localMix, regions: localRegions, rules: scenario.rules,
        averagingWeeks: options.weeks)
      var local = generated.rotation
      local.clock = .local
      rotation = local
      rotationUnmet = generated.unmet
      notes = generated.notes
    }
    let agents = Self.agents(for: rotation, scenario: scenario)
    let otherRoles = scenario.agents.filter { $0.role != .agent }
    if !otherRoles.isEmpty {
      let roles = Set(otherRoles.map(\.role)).sorted().map(\.rawValue).joined(separator: ", ")
      notes.append(
        "\(otherRoles.count) named people of other roles (\(roles)) are not rostered: this "
          + "schedule covers the first-line team; their numbers come from `staffplan headcount`")
    }
    let served = Set(perChannel.map(\.0.rawValue))
    let narrow = agents.filter { agent in
      !agent.skills.isEmpty && !served.isSubset(of: Set(agent.skills.map(\.rawValue)))
    }
    if !narrow.isEmpty {
      let channels = served.sorted().joined(separator: ", ")
      let names = narrow.prefix(5).map(\.name).joined(separator: ", ")
      notes.append(
        "skills are not used: the first-line team is blended (\(channels)), so "
          + "\(narrow.count) named agents are rostered for channels outside their skills: "
          + names + (narrow.count > 5 ? ", …" : ""))
    }
    roster = RosterBuilder.build(
      rotation: rotation, agents: agents, regions: scenario.regions, rules: scenario.rules,
      start: options.start, weeks: options.weeks)
    violations = LabourRuleChecker(scenario: scenario).check(roster.assignments)
    rotationNotes = notes

    // Blended team: live channels first, email takes what is left.
    coverageByChannel = ChannelCoverage.split(
      team: shiftPlan.coverage.map(\.scheduled), required: perChannel
    ).map { (channel: $0.channel, required: $0.required, scheduled: $0.scheduled) }
  }

  /// The designed shifts as a mix per day and UTC start, each given to a region.
  static func mix(of plan: WeeklyShiftPlan, regions: [Region], breaks: [BreakRule])
    -> [ShiftMixEntry]
  {
    plan.shifts.filter { $0.count > 0 }.map { shift in
      let region = followTheSun(startMinuteUTC: shift.startMinute, regions: regions)
      let shiftBreaks = shift.breakStarts.first.map { starts in
        zip(starts, breakRules(for: shift.lengthMinutes, breaks)).map { start, rule in
          ShiftBreak(offsetMinutes: start, lengthMinutes: Int(rule.length.seconds / 60), paid: rule.paid)
        }
      } ?? []
      return ShiftMixEntry(
        day: Weekday.allCases[shift.day % 7], startMinuteUTC: shift.startMinute,
        lengthMinutes: shift.lengthMinutes, count: shift.count, region: region,
        breaks: shiftBreaks)
    }
  }

  /// The mix moved to each region's local day and start (offsets of the reference week).
  static func localMix(_ mix: [ShiftMixEntry], regions: [Region]) -> [ShiftMixEntry] {
    let reference = Date(
      timeIntervalSince1970: Double(RosterBuilder.defaultStartDate.dayNumber) * 86_400)
    return mix.map { entry in
      let zone = regions.first { $0.name == entry.region }.flatMap { TimeZone(identifier: $0.timeZone) }
      let offset = (zone?.secondsFromGMT(for: reference) ?? 0) / 60
      let weekMinute = ((entry.day.index * 1440 + entry.startMinuteUTC + offset) % 10_080 + 10_080) % 10_080
      var local = entry
      local.day = Weekday.allCases[weekMinute / 1440]
      local.startMinuteUTC = weekMinute % 1440
      return local
    }
  }

  /// The break rules that fit a shift of `length` minutes, in the order the design uses.
  static func breakRules(for length: Int, _ rules: [BreakRule]) -> [BreakRule] {
    rules.filter { Int($0.latest.seconds / 60) + Int($0.length.seconds / 60) <= length }
  }

  /// The region whose local time at the shift start is closest to 09:00 (on the reference
  /// week's offsets).
  static func followTheSun(startMinuteUTC: Int, regions: [Region]) -> String {
    let reference = Date(timeIntervalSince1970: Double(RosterBuilder.defaultStartDate.dayNumber) * 86_400)
    var best: (name: String, distance: Int)?
    for region in regions {
      let offset = (TimeZone(identifier: region.timeZone)?.secondsFromGMT(for: reference) ?? 0) / 60
      let local = ((startMinuteUTC + offset) % 1440 + 1440) % 1440
      let raw = abs(local - 540)
      let distance = min(raw, 1440 - raw)
      if let current = best, current.distance <= distance { continue }
      best = (region.name, distance)
    }
    return best?.name ?? (regions.first?.name ?? "default")
  }

  /// The scenario's first-line agents, or numbered placeholders per region: one per line.
  static func agents(for rotation: Rotation, scenario: Scenario) -> [Agent] {
    let named = scenario.agents.filter { $0.role == .agent }
    if !named.isEmpty { return named }
    var agents: [Agent] = []
    var byRegion: [String: Int] = [:]
    for crew in rotation.crews { byRegion[crew.region, default: 0] += 1 }
    var offset = 0
    for region in scenario.regions.map(\.name) where (byRegion[region] ?? 0) > 0 {
      let count = byRegion[region] ?? 0
      for (index, agent) in RosterBuilder.placeholders(count: count, region: region).enumerated() {
        var renamed = agent
        let number = offset + index + 1
        renamed.name = "Agent " + (number < 10 ? "0" : "") + "\(number)"
        agents.append(renamed)
      }
      offset += count
    }
    return agents
  }
}
