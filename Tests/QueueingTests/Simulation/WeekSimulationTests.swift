import Foundation
import Testing
@testable import Queueing

/// The simulation against exact stationary values: each expected number comes from a closed
/// form (50-digit, erlang-public.json, or mpmath as named), never from the simulation code.
@Suite struct WeekSimulationTests {
  /// Constant load for a day of half-hours after one warm-up half-hour (10 handle times;
  /// the slowest relaxation rate (√(Nμ) − √λ)² ≈ 0.0019/s leaves e^{−3.4} of the empty
  /// start, and only in the warm-up interval, which is excluded).
  static func constant(
    agents: Int, patience: Double? = nil, classes: ContactClasses? = nil
  ) throws -> WeekSimulation {
    try WeekSimulation(
      arrivals: Array(repeating: 100, count: 49), agents: Array(repeating: agents, count: 49),
      intervalSeconds: 1800, targetSeconds: 20, handleTime: .exponential(meanSeconds: 180),
      patienceSeconds: patience, classes: classes)
  }

  /// Erlang C case G14 (erlang-public.json, closed form, 50-digit): 100 contacts per
  /// 1800 s, AHT 180 s, N = 14, target 20 s → P(wait) 0.17413193359504983,
  /// SL 0.8883500191794669, ASA 7.835937011777243 s; occupancy A/N = 10/14.
  @Test func constantLoadAgreesWithErlangC() throws {
    let result = try Self.constant(agents: 14).run(replications: 40, seed: 14)
    let steady = result.performance(over: 1..<49)
    let wait = try #require(steady.waitProbability)
    let level = try #require(steady.serviceLevel)
    let speed = try #require(steady.averageSpeedOfAnswer)
    let occupancy = try #require(steady.occupancy)
    #expect(wait.contains(0.17413193359504983), "\(wait)")
    #expect(level.contains(0.8883500191794669), "\(level)")
    #expect(speed.contains(7.835937011777243), "\(speed)")
    #expect(occupancy.contains(10.0 / 14), "\(occupancy)")
    #expect((wait.halfWidth ?? 1) < 0.01)
    #expect(steady.abandonShare?.mean == 0)
  }

  /// Erlang A case A10 (erlang-public.json): A = 10, N = 10, patience = AHT = 180 s, so the
  /// number in system is Poisson(10): P(wait) = P(Pois(10) ≥ 10) = 0.5420702855281478,
  /// P(abandon) = θ·E[Q]/λ = 0.1251100357211333; occupancy = A·(1 − P(abandon))/N =
  /// 0.8748899642788667 (Little's law on the agents).
  @Test func constantLoadAgreesWithErlangA() throws {
    let result = try Self.constant(agents: 10, patience: 180).run(replications: 20, seed: 10)
    let steady = result.performance(over: 1..<49)
    let wait = try #require(steady.waitProbability)
    let abandon = try #require(steady.abandonShare)
    let occupancy = try #require(steady.occupancy)
    #expect(wait.contains(0.5420702855281478), "\(wait)")
    #expect(abandon.contains(0.1251100357211333), "\(abandon)")
    #expect(occupancy.contains(0.8748899642788667), "\(occupancy)")
  }

  /// Non-preemptive priority, equal exponential handle times (Kella & Yechiali, "Waiting
  /// times in the non-preemptive priority M/M/c queue", Stochastic Models 1(2), 1985;
  /// DESIGN.md §4): a premium arrival waits with probability C(N, A) and then like an M/M/1
  /// of rate Nμ − λ₁: SL₁ = 1 − C·e^{−(Nμ−λ₁)t} = 0.9540993206497871, ASA₁ = C/(Nμ − λ₁) =
  /// 2.6119790039257476 s; standard ASA by Cobham, C/(Nμ)/((1 − σ₁)(1 − ρ)) =
  /// 9.141926513740117 s (mpmath, 50 digits; N = 14, A = 10, premium share 20%, t = 20 s).
  /// FIFO with the same classes: both classes see the Erlang C figures above.
  @Test func premiumFirstMatchesThePriorityQueue() throws {
    let shares = Array(repeating: 0.2, count: 49)
    let priority = try Self.constant(
      agents: 14, classes: ContactClasses(premiumShare: shares, policy: .premiumFirst)
    ).run(replications: 20, seed: 141)
    let premium = priority.performance(over: 1..<49, of: .premium)
    let standard = priority.performance(over: 1..<49, of: .standard)
    #expect(try #require(premium.serviceLevel).contains(0.9540993206497871))
    #expect(try #require(premium.waitProbability).contains(0.17413193359504983))
    #expect(try #require(premium.averageSpeedOfAnswer).contains(2.6119790039257476))
    #expect(try #require(standard.averageSpeedOfAnswer).contains(9.141926513740117))
    let premiumShare = try #require(premium.arrivals).mean
      / (try #require(priority.performance(over: 1..<49).arrivals).mean)
    #expect(abs(premiumShare - 0.2) < 0.01)

    let fifo = try Self.constant(
      agents: 14, classes: ContactClasses(premiumShare: shares, policy: .fifo)
    ).run(replications: 20, seed: 142)
    let fifoPremium = fifo.performance(over: 1..<49, of: .premium)
    #expect(try #require(fifoPremium.serviceLevel).contains(0.8883500191794669))
  }

  /// Same seed, same numbers to the bit; another seed, other numbers; replication r does
  /// not depend on how many replications run (stream r of the seed).
  @Test func seededRunsRepeatExactly() throws {
    let simulation = try WeekSimulation(
      arrivals: [40, 80, 120, 60], agents: [5, 9, 12, 0], intervalSeconds: 1800,
      targetSeconds: 20, handleTime: .lognormal(meanSeconds: 180, cv: 1.5),
      patienceSeconds: 120, arrivalVariability: .gammaMixed(cv: 0.2),
      shrinkage: .randomAbsence(0.25),
      classes: ContactClasses(premiumShare: [0.3, 0.3, 0.3, 0.3], policy: .premiumFirst))
    let first = try simulation.run(replications: 4, seed: 99)
    let again = try simulation.run(replications: 4, seed: 99)
    let other = try simulation.run(replications: 4, seed: 100)
    let fewer = try simulation.run(replications: 2, seed: 99)
    #expect(first == again)
    #expect(first.week.serviceLevel?.mean.bitPattern == again.week.serviceLevel?.mean.bitPattern)
    #expect(first != other)
    #expect(first.week.serviceLevel != other.week.serviceLevel)
    #expect(Array(first.tallies.prefix(2)) == fewer.tallies)
  }

  /// The generator itself: xoshiro256** seeded by SplitMix64 from 0. The first SplitMix64
  /// outputs for seed 0 are the published test vector 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4,
  /// 0x06C45D188009454F, 0xF88BB8A8724C81EC (Vigna's splitmix64.c); the first xoshiro256**
  /// output from that state is rotl(s1·5, 7)·9, computed here by hand from s1.
  @Test func generatorFollowsThePublishedAlgorithms() {
    var random = SeededRandom(seed: 0)
    let s1: UInt64 = 0x6E78_9E6A_A1B9_65F4
    let product = s1 &* 5
    let expected = ((product << 7) | (product >> 57)) &* 9
    #expect(random.next() == expected)
    // Uniforms have mean 1/2 and variance 1/12; 100,000 draws: SE 0.0009 for the mean.
    var sum = 0.0
    for _ in 0..<100_000 { sum += random.unit() }
    #expect(abs(sum / 100_000 - 0.5) < 0.004)
  }

  /// Lognormal handle times with CV 1 against exponential: P(wait) of M/G/N depends on the
  /// handle-time distribution mainly through its first two moments (Whitt, "Approximations
  /// for the GI/G/m queue", POMS 2(2), 1993), so with equal mean and CV the two are close,
  /// but not equal: checked only roughly.
  @Test func lognormalWithCVOneIsCloseToExponential() throws {
    let lognormal = try WeekSimulation(
      arrivals: Array(repeating: 100, count: 25), agents: Array(repeating: 14, count: 25),
      intervalSeconds: 1800, targetSeconds: 20, handleTime: .lognormal(meanSeconds: 180, cv: 1))
    let result = try lognormal.run(replications: 10, seed: 3)
    let wait = try #require(result.performance(over: 1..<25).waitProbability)
    // Erlang C P(wait) 0.17413193359504983 (closed form).
    #expect(abs(wait.mean - 0.17413193359504983) < 0.04, "\(wait)")
    // Lognormal draws have the mean and CV asked for: occupancy = λ·E[S]/N = 10/14.
    #expect(try #require(result.performance(over: 1..<25).occupancy).contains(10.0 / 14))
  }

  /// Gamma-mixed arrivals: counts per interval are negative binomial with variance
  /// m + cv²·m² (closed form: Poisson mixed over a Gamma rate); m = 100, cv = 0.5 → 2,600.
  /// 2,000 intervals in one replication: the sample variance's relative SE is about
  /// √((2 + 6/shape)/2000) ≈ 0.12 at shape 4, so a 30% band is 2.5 SE.
  @Test func gammaMixedArrivalsAreOverDispersed() throws {
    let count = 2000
    let simulation = try WeekSimulation(
      arrivals: Array(repeating: 100, count: count), agents: Array(repeating: 0, count: count),
      intervalSeconds: 1800, targetSeconds: 20, handleTime: .exponential(meanSeconds: 180),
      patienceSeconds: 1, arrivalVariability: .gammaMixed(cv: 0.5))
    let tally = try #require(try simulation.run(replications: 1, seed: 5).tallies.first)
    let counts = (0..<count).map { tally.sum(\.arrived, $0..<($0 + 1), nil) }
    let mean = counts.reduce(0, +) / Double(count)
    let variance = counts.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count - 1)
    #expect(abs(mean - 100) < 3)
    #expect(abs(variance - 2600) < 0.3 * 2600, "variance \(variance)")
  }

  /// Shrinkage: random absence leaves Binomial(20, 0.7) agents, mean 14 (SD 2.05; over
  /// 1,000 intervals the mean's SE is 0.065); a reduction of 30% leaves ⌊20·0.7⌋ = 14
  /// exactly. With no arrivals, agent-seconds on duty are present agents × interval.
  @Test(arguments: [ShrinkageModel.randomAbsence(0.3), .reduction(0.3)])
  func shrinkageRemovesAgents(model: ShrinkageModel) throws {
    let simulation = try WeekSimulation(
      arrivals: Array(repeating: 0, count: 1000), agents: Array(repeating: 20, count: 1000),
      intervalSeconds: 60, targetSeconds: 20, handleTime: .exponential(meanSeconds: 180),
      shrinkage: model)
    let tally = try #require(try simulation.run(replications: 1, seed: 8).tallies.first)
    let meanPresent = tally.sum(perInterval: \.onDutySeconds, 0..<1000) / (1000 * 60)
    #expect(abs(meanPresent - 14) < 0.25)
    if model == .reduction(0.3) { #expect(tally.onDutySeconds.allSatisfy { $0 == 14 * 60 }) }
  }

  /// An agent whose shift ends while busy finishes the contact: with 0 agents rostered in
  /// the second interval, the agents still on duty there are all busy (occupancy exactly 1)
  /// and their contacts (2-hour work, begun in the first interval) end there.
  @Test func busyAgentsFinishAfterTheirShift() throws {
    let simulation = try WeekSimulation(
      arrivals: [50, 0], agents: [3, 0], intervalSeconds: 1800, targetSeconds: 20,
      handleTime: .exponential(meanSeconds: 7200))
    let tally = try #require(try simulation.run(replications: 1, seed: 1).tallies.first)
    #expect(tally.busySeconds[1] > 0)
    #expect(tally.busySeconds[1] == tally.onDutySeconds[1])
  }

  /// No agents while contacts arrive: nothing is answered, the backlog grows by the
  /// arrivals (Poisson counts of mean 90 per interval: 90 after the first, 180 after the
  /// second), and 40 agents then work it off. Nothing traps.
  @Test func zeroAgentsGrowTheBacklog() throws {
    let simulation = try WeekSimulation(
      arrivals: [90, 90, 0, 0], agents: [0, 0, 40, 40], intervalSeconds: 1800,
      targetSeconds: 20, handleTime: .exponential(meanSeconds: 180))
    let result = try simulation.run(replications: 30, seed: 21)
    let intervals = result.intervals
    #expect(try #require(intervals[0].backlogAtEnd).contains(90))
    #expect(try #require(intervals[1].backlogAtEnd).contains(180))
    #expect(intervals[0].serviceLevel?.mean == 0)
    #expect(intervals[0].waitProbability?.mean == 1)
    #expect(intervals[3].backlogAtEnd?.mean == 0)
    #expect(result.intervalsMissing(serviceLevel: 0.8) == [0, 1])
  }

  @Test func inputErrorsNameWhatIsWrong() {
    #expect(throws: WeekSimulationError.lengthMismatch(arrivals: 3, agents: 2)) {
      try WeekSimulation(
        arrivals: [1, 2, 3], agents: [1, 2], intervalSeconds: 900, targetSeconds: 20,
        handleTime: .exponential(meanSeconds: 180))
    }
    let error = WeekSimulationError.lengthMismatch(arrivals: 3, agents: 2)
    #expect(error.description.contains("3") && error.description.contains("2"))
    #expect(throws: WeekSimulationError.invalidShrinkage(1)) {
      try WeekSimulation(
        arrivals: [1], agents: [1], intervalSeconds: 900, targetSeconds: 20,
        handleTime: .exponential(meanSeconds: 180), shrinkage: .randomAbsence(1))
    }
  }
}
