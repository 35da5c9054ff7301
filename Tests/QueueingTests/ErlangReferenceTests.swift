import Testing
@testable import Queueing

/// The public Erlang cases of `shared/reference/erlang-public.json` (50-digit values computed
/// with mpmath by the reference's authors), copied here as literals; each names its source.
struct ErlangCCase: Sendable, CustomTestStringConvertible {
  let id: String
  let volume: Double
  let intervalSeconds: Double
  let ahtSeconds: Double
  let agents: Int
  let targetSeconds: Double
  let waitProbability: Double
  let serviceLevel: Double
  let asa: Double
  let occupancy: Double
  let source: String
  var testDescription: String { id }
}

let erlangCCases: [ErlangCCase] = [
  ErlangCCase(
    id: "E1", volume: 360, intervalSeconds: 1800, ahtSeconds: 240, agents: 55, targetSeconds: 15,
    waitProbability: 0.2387009363780092, serviceLevel: 0.8458830921705803,
    asa: 8.184032104388887, occupancy: 0.8727272727272727,
    source: "Erlang-C step-by-step tutorial (P(wait) 0.2387, ASA 8.184 s, SL15 0.8459)"),
  ErlangCCase(
    id: "E2", volume: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 14, targetSeconds: 20,
    waitProbability: 0.17413193359504983, serviceLevel: 0.8883500191794669,
    asa: 7.835937011777243, occupancy: 0.7142857142857143,
    source: "pyworkforce documentation example (SL 0.88835)"),
  ErlangCCase(
    id: "G11", volume: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 11, targetSeconds: 20,
    waitProbability: 0.6821182046893324, serviceLevel: 0.3896138117291534,
    asa: 122.78127684407983, occupancy: 0.9090909090909091, source: "closed form, 50-digit"),
  ErlangCCase(
    id: "G12", volume: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 12, targetSeconds: 20,
    waitProbability: 0.44938822429827086, serviceLevel: 0.6401580403740066,
    asa: 40.44494018684438, occupancy: 0.8333333333333334, source: "closed form, 50-digit"),
  ErlangCCase(
    id: "G13", volume: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 13, targetSeconds: 20,
    waitProbability: 0.28527045303649295, serviceLevel: 0.7955947884177831,
    asa: 17.116227182189576, occupancy: 0.7692307692307693, source: "closed form, 50-digit"),
  ErlangCCase(
    id: "G15", volume: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 15, targetSeconds: 20,
    waitProbability: 0.10204236700798801, serviceLevel: 0.9414528428690223,
    asa: 3.673525212287568, occupancy: 0.6666666666666666, source: "closed form, 50-digit"),
]

/// Sizing cases: the smallest N meeting the service-level goal, and its metrics.
struct ErlangCSizingCase: Sendable, CustomTestStringConvertible {
  let id: String
  let volume: Double
  let intervalSeconds: Double
  let ahtSeconds: Double
  let targetSeconds: Int
  let goalPercent: Int
  let expectedAgents: Int
  let serviceLevel: Double
  let asa: Double
  let source: String
  var testDescription: String { id }
}

let erlangCSizingCases: [ErlangCSizingCase] = [
  ErlangCSizingCase(
    id: "E1b", volume: 360, intervalSeconds: 1800, ahtSeconds: 240, targetSeconds: 20,
    goalPercent: 80, expectedAgents: 54, serviceLevel: 0.8172475210146836,
    asa: 12.052315975050774, source: "Erlang-C step-by-step tutorial: 80/20 needs 54"),
  ErlangCSizingCase(
    id: "E3", volume: 250, intervalSeconds: 3600, ahtSeconds: 330, targetSeconds: 30,
    goalPercent: 80, expectedAgents: 28, serviceLevel: 0.8568503026203447,
    asa: 14.752053460360122, source: "'Erlang uplift' article: 28 agents"),
  ErlangCSizingCase(
    id: "E6", volume: 25, intervalSeconds: 900, ahtSeconds: 752, targetSeconds: 20,
    goalPercent: 90, expectedAgents: 28, serviceLevel: 0.9194963616597318,
    asa: 10.285655088188948, source: "open-source test: 28 servers"),
]

/// Relative closeness for values computed in double precision.
func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
  abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
}

@Suite("Erlang B and C against the public reference cases")
struct ErlangReferenceTests {
  @Test("Erlang B: A = 5 Erlangs on 10 lines blocks 1.84% (classic Erlang B table, case B1)")
  func erlangBTable() {
    #expect(close(ErlangB.blocking(lines: 10, offeredLoad: 5), 0.018384570336648132))
  }

  @Test("Erlang C metrics at a given N", arguments: erlangCCases)
  func erlangCMetrics(_ reference: ErlangCCase) {
    let traffic = Traffic(
      volume: reference.volume, intervalSeconds: reference.intervalSeconds,
      handleSeconds: reference.ahtSeconds)
    let metrics = ErlangC.metrics(
      agents: reference.agents, traffic: traffic, targetSeconds: reference.targetSeconds)
    #expect(close(metrics.waitProbability, reference.waitProbability))
    #expect(close(metrics.serviceLevel, reference.serviceLevel))
    #expect(close(metrics.asa ?? -1, reference.asa))
    #expect(close(metrics.occupancy, reference.occupancy))
  }

  @Test("Erlang C staffing finds the published N", arguments: erlangCSizingCases)
  func erlangCSizing(_ reference: ErlangCSizingCase) throws {
    let traffic = Traffic(
      volume: reference.volume, intervalSeconds: reference.intervalSeconds,
      handleSeconds: reference.ahtSeconds)
    let targets = StaffingTargets(
      serviceLevel: (
        Percentage(fraction: ExactDecimal(digits: Int64(reference.goalPercent), scale: 2)),
        TimeSpan(seconds: reference.targetSeconds)
      ))
    let result = try StaffingSearch.erlangC(traffic: traffic, targets: targets)
    #expect(result.agents == reference.expectedAgents)
    #expect(close(result.metrics.serviceLevel, reference.serviceLevel))
    #expect(close(result.metrics.asa ?? -1, reference.asa))
  }

  @Test("Chat: 120 chats/h, AHT 15 min, 3 at once (f = 2.5) → EAHT 360 s, A = 12, 15 agents")
  func chatConcurrency() throws {
    // Reference case C1: EAHT = 900/2.5 = 360 s, A = 12; 80% in 60 s needs 15 (naive A/3: 10).
    let request = IntervalSizingRequest(
      volume: 120, interval: TimeSpan(seconds: 3600), handleTime: TimeSpan(seconds: 900),
      targets: StaffingTargets(
        serviceLevel: (Percentage(fraction: ExactDecimal(digits: 8, scale: 1)),
          TimeSpan(seconds: 60))),
      concurrency: 3)
    let sizing = try IntervalSizing(request)
    #expect(sizing.effectiveHandleSeconds == 360)
    #expect(close(sizing.offeredLoad, 12))
    #expect(sizing.agents == 15)
  }
}
