import Testing
import Optimization

@Suite("Reference problems")
struct ReferenceProblemTests {
  // Hillier & Lieberman §3.4: optimum $30,610 with (48, 31, 39, 43, 15); the LP optimum is
  // already integral, so LP and MIP agree.
  @Test(arguments: [false, true])
  func unionAirways(integer: Bool) throws {
    let model = try ReferenceModels.unionAirways(integer: integer)
    let result = try solve(model)
    #expect(result.status == .optimal)
    #expect(abs((result.objective ?? 0) - 30_610) < 1e-6)
    let expected: [Double] = [48, 31, 39, 43, 15]
    for (shift, count) in zip(ReferenceModels.unionShifts, expected) {
      #expect(abs((result.value(named: shift.name) ?? -1) - count) < 1e-6, "\(shift.name)")
    }
    #expect(abs((result.bestBound ?? 0) - 30_610) < 1e-6)
    #expect((result.relativeGap ?? 1) < 1e-9)
  }

  // Hillier & Lieberman §3.4: in the optimum (48, 31, 39, 43, 15) the 12–14 period is covered
  // by 48 + 31 + 39 = 118 agents (need 87) and 06–08 exactly by 48.
  @Test func unionAirwaysRowActivities() throws {
    let model = try ReferenceModels.unionAirways(integer: false)
    let result = try solve(model)
    let noon = try #require(model.row(named: "cover_p12_14"))
    let morning = try #require(model.row(named: "cover_p06_08"))
    #expect(abs(result.rowActivities[noon.index] - 118) < 1e-6)
    #expect(abs(result.rowActivities[morning.index] - 48) < 1e-6)
  }

  // Winston ch. 3: integer optimum 23 employees.
  @Test func postOfficeInteger() throws {
    let result = try solve(ReferenceModels.postOffice(integer: true))
    #expect(result.status == .optimal)
    #expect(abs((result.objective ?? 0) - 23) < 1e-6)
  }

  // Winston ch. 3: LP relaxation 22⅓ = 67/3.
  @Test func postOfficeRelaxation() throws {
    let result = try solve(ReferenceModels.postOffice(integer: false))
    #expect(result.status == .optimal)
    #expect(abs((result.objective ?? 0) - 67.0 / 3.0) < 1e-6)
  }

  // A maximisation model: same optimum as the minimisation of the negated costs (Union
  // Airways, H&L §3.4: −30,610). Checks that the objective keeps the model's own sign.
  @Test func maximiseNegatedUnionAirways() throws {
    let model = try ReferenceModels.unionAirwaysNegated()
    let result = try solve(model)
    #expect(result.status == .optimal)
    #expect(abs((result.objective ?? 0) + 30_610) < 1e-6)
    #expect(abs((result.bestBound ?? 0) + 30_610) < 1e-6)
  }
}
