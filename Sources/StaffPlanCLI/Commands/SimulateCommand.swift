import Planning
import Queueing
import Reports

/// `staffplan simulate`: a seeded discrete-event simulation of a plan's week.
enum SimulateCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "simulate",
    summary: "Simulate a plan's week contact by contact, with 95% confidence intervals.",
    discussion: """
      Discrete-event simulation of each live channel: Poisson arrivals per interval
      (optionally over-dispersed), exponential or lognormal handle times, exponential
      patience when the scenario gives one, agents joining and leaving as scheduled (a
      contact in progress finishes), FIFO or premium-first, unplanned absence as random
      absence. Seeded and reproducible: the same seed gives the same numbers. PATH is a plan
      folder or a scenario file, as for `staffplan evaluate`.
      """,
    arguments: [ArgumentSpec("PATH", help: "plan folder or scenario file")],
    options: [
      OptionSpec("coverage", value: "FILE.csv", help: "Scheduled agents (day,time,channel,required,scheduled)."),
      OptionSpec("channel", value: "NAME", help: "Only this live channel (chat or phone)."),
      OptionSpec("replications", value: "N", help: "Independent weeks simulated (default 10)."),
      OptionSpec("seed", value: "N", help: "Random seed, a whole number (default 1)."),
      OptionSpec("handle-time-cv", value: "X", help: "Lognormal handle times with this CV (default: exponential)."),
      OptionSpec("overdispersion", value: "X", help: "CV of a gamma-mixed arrival rate per interval (default: Poisson)."),
      OptionSpec("absence", value: "PCT", help: "Chance a scheduled agent is absent in an interval (default 0%)."),
      OptionSpec("priority", value: "POLICY", help: "fifo or premium-first (default: the scenario's)."),
      OptionSpec("format", value: "FORMAT", help: "text (default) or json."),
      OptionSpec("quiet", help: "No progress on standard error."),
    ],
    examples: [
      "staffplan simulate plan/ --replications 20 --seed 7",
      "staffplan simulate scenarios/travis-baseline.yaml --channel chat --handle-time-cv 1.2",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else {
      throw UsageError("expected one PATH: a plan folder or a scenario file")
    }
    let format = try OutputFormat.parse(arguments.value("format"), accepted: [.text, .json])
    let replications = try wholeNumber(arguments, "replications", default: 10, minimum: 1)
    let seed = try wholeNumber(arguments, "seed", default: 1, minimum: 0)
    let handleCV = try positiveNumber(arguments, "handle-time-cv")
    let overdispersion = try positiveNumber(arguments, "overdispersion")
    var absence = 0.0
    if let text = arguments.value("absence") {
      switch Percentage.parse(text) {
      case .success(let value): absence = value.value
      case .failure(let error): throw UsageError("--absence: \(error)")
      }
    }
    let source = try PlanSource.load(
      path: arguments.positionals[0], coveragePath: arguments.value("coverage"),
      channel: arguments.value("channel"))
    var policy: Queueing.PriorityPolicy =
      source.scenario.staffing.priority == .premiumFirst ? .premiumFirst : .fifo
    if let text = arguments.value("priority") {
      guard let chosen = Queueing.PriorityPolicy(rawValue: text) else {
        throw UsageError("--priority \(text): accepted: fifo, premium-first")
      }
      policy = chosen
    }
    var results: [ChannelSimulation] = []
    for (workload, agents) in source.channels {
      let handle: HandleTimeDistribution =
        handleCV.map { .lognormal(meanSeconds: workload.handleSeconds, cv: $0) }
        ?? .exponential(meanSeconds: workload.handleSeconds)
      let classes = premiumClasses(source, workload: workload, policy: policy)
      do {
        let simulation = try WeekSimulation(
          arrivals: workload.arrivals, agents: agents, intervalSeconds: workload.intervalSeconds,
          targetSeconds: workload.targetSeconds, handleTime: handle,
          patienceSeconds: workload.patienceSeconds,
          arrivalVariability: overdispersion.map { .gammaMixed(cv: $0) } ?? .poisson,
          shrinkage: absence > 0 ? .randomAbsence(absence) : .none, classes: classes)
        let progress = ProgressLine(
          console: console, enabled: !arguments.has("quiet"),
          label: "simulate \(workload.channel.rawValue)")
        let result = try simulation.run(replications: replications, seed: UInt64(seed)) {
          done, total in progress.update(done, of: total)
        }
        progress.finish()
        results.append(ChannelSimulation(
          workload: workload, result: result, policy: classes == nil ? "fifo" : policy.rawValue))
      } catch {
        throw DataError("\(workload.channel.rawValue): \(error)")
      }
    }
    let settings = SimulationSettings(
      replications: replications, seed: seed, handleTimeCV: handleCV,
      overdispersion: overdispersion, absence: absence, agentsSource: source.agentsSource)
    switch format {
    case .json: console.writeOutput(SimulationReport.json(results, settings).rendered(pretty: true) + "\n")
    default: console.writeOutput(SimulationReport.text(results, settings))
    }
  }

  /// The Enterprise share of each interval's contacts on the channel (premium class), when
  /// the policy is premium-first and more than one tier uses the channel.
  static func premiumClasses(
    _ source: PlanSource, workload: LiveChannelWorkload, policy: Queueing.PriorityPolicy
  ) -> ContactClasses? {
    guard policy == .premiumFirst else { return nil }
    let channel: Channel = workload.channel == .chat ? .chat : .phone
    let demand = source.requirements.demand
    let premium = demand.arrivals(tier: .enterprise, channel: channel)
    let all = Tier.allCases.map { demand.arrivals(tier: $0, channel: channel) }
    let shares = premium.indices.map { index -> Double in
      let total = all.reduce(0) { $0 + $1[index] }
      return total > 0 ? min(1, premium[index] / total) : 0
    }
    return ContactClasses(premiumShare: shares, policy: .premiumFirst)
  }

  static func wholeNumber(
    _ arguments: ParsedArguments, _ name: String, default value: Int, minimum: Int
  ) throws -> Int {
    guard let text = arguments.value(name) else { return value }
    guard let number = Int(text), number >= minimum else {
      throw UsageError("--\(name) \(text): expected a whole number ≥ \(minimum)")
    }
    return number
  }

  static func positiveNumber(_ arguments: ParsedArguments, _ name: String) throws -> Double? {
    guard let text = arguments.value(name) else { return nil }
    guard let number = Double(text), number > 0, number.isFinite else {
      throw UsageError("--\(name) \(text): expected a number above 0")
    }
    return number
  }
}
