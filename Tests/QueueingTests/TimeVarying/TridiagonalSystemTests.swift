import Foundation
import Testing
@testable import Queueing

@Suite struct TridiagonalSystemTests {
  /// The 1-D Poisson matrix tridiag(−1, 2, −1) of order n with b = 1 has the exact solution
  /// x_i = i(n + 1 − i)/2 (i = 1…n): the discrete −u'' = 1, u_0 = u_{n+1} = 0, whose
  /// second difference of a quadratic is exact.
  @Test(arguments: [1, 2, 5, 40])
  func poissonMatrixMatchesClosedForm(order n: Int) throws {
    let system = try TridiagonalSystem(
      subdiagonal: Array(repeating: -1, count: n - 1),
      diagonal: Array(repeating: 2, count: n),
      superdiagonal: Array(repeating: -1, count: n - 1))
    let x = try system.solve(rhs: Array(repeating: 1, count: n))
    for i in 1...n {
      let exact = Double(i * (n + 1 - i)) / 2  // closed form above
      #expect(abs(x[i - 1] - exact) <= 1e-12 * exact)
    }
  }

  /// Hand-worked 3×3: [[4,1,0],[2,5,1],[0,3,6]] times x = (1, 2, 3) is
  /// b = (4+2, 2+10+3, 6+18) = (6, 15, 24), so solving with that b must give x back.
  @Test func handSolvedThreeByThree() throws {
    let system = try TridiagonalSystem(
      subdiagonal: [2, 3], diagonal: [4, 5, 6], superdiagonal: [1, 1])
    let x = try system.solve(rhs: [6, 15, 24])
    #expect(abs(x[0] - 1) < 1e-14)
    #expect(abs(x[1] - 2) < 1e-14)
    #expect(abs(x[2] - 3) < 1e-14)
    // The stored system is untouched (dgtsv overwrote copies only).
    #expect(system.diagonal == [4, 5, 6])
  }

  @Test func singularMatrixIsAnError() throws {
    let system = try TridiagonalSystem(subdiagonal: [0], diagonal: [0, 1], superdiagonal: [0])
    #expect(throws: TridiagonalSystemError.singular(pivot: 1)) {
      try system.solve(rhs: [1, 1])
    }
  }

  @Test func badLengthsAreErrors() {
    #expect(throws: TridiagonalSystemError.empty) {
      try TridiagonalSystem(subdiagonal: [], diagonal: [], superdiagonal: [])
    }
    #expect(
      throws: TridiagonalSystemError.lengthMismatch(
        part: "subdiagonal", expected: 1, actual: 2)
    ) {
      try TridiagonalSystem(subdiagonal: [1, 1], diagonal: [1, 1], superdiagonal: [1])
    }
    #expect(throws: TridiagonalSystemError.self) {
      try TridiagonalSystem(subdiagonal: [], diagonal: [1], superdiagonal: []).solve(rhs: [])
    }
  }

  @Test func nanIsRejectedNotPropagated() throws {
    let system = try TridiagonalSystem(subdiagonal: [1], diagonal: [.nan, 1], superdiagonal: [0])
    #expect(throws: TridiagonalSystemError.self) { try system.solve(rhs: [1, 1]) }
  }
}
