internal import CLapacke

/// A square tridiagonal linear system T·x = b, solved by LAPACK's `dgtsv`.
///
/// Row i reads `subdiagonal[i−1]·x[i−1] + diagonal[i]·x[i] + superdiagonal[i]·x[i+1] = b[i]`.
/// `dgtsv` is Gaussian elimination with partial pivoting, O(n) work; it is stable for the
/// diagonally dominant matrices of birth–death chains. Source: Anderson et al., *LAPACK
/// Users' Guide*, 3rd ed., SIAM 1999 (`DGTSV`).
public struct TridiagonalSystem: Sendable, Equatable {
  /// Entries below the diagonal, n − 1 of them: T[i+1][i].
  public let subdiagonal: [Double]
  /// The diagonal, n entries: T[i][i].
  public let diagonal: [Double]
  /// Entries above the diagonal, n − 1 of them: T[i][i+1].
  public let superdiagonal: [Double]

  /// A system of order n = `diagonal.count`. Requires n ≥ 1 and both off-diagonals of
  /// length n − 1.
  public init(subdiagonal: [Double], diagonal: [Double], superdiagonal: [Double])
    throws(TridiagonalSystemError)
  {
    let n = diagonal.count
    guard n >= 1 else { throw .empty }
    guard subdiagonal.count == n - 1 else {
      throw .lengthMismatch(part: "subdiagonal", expected: n - 1, actual: subdiagonal.count)
    }
    guard superdiagonal.count == n - 1 else {
      throw .lengthMismatch(part: "superdiagonal", expected: n - 1, actual: superdiagonal.count)
    }
    self.subdiagonal = subdiagonal
    self.diagonal = diagonal
    self.superdiagonal = superdiagonal
  }

  /// The order n of the matrix.
  public var order: Int { diagonal.count }

  /// The solution x of T·x = `rhs`, through `LAPACKE_dgtsv` (column-major, one right-hand
  /// side). The stored diagonals are copied first, since `dgtsv` overwrites its inputs.
  /// - Throws: `.lengthMismatch` when `rhs` is not of length n; `.singular(pivot:)` when
  ///   LAPACK meets an exactly zero pivot (info > 0); `.invalidArgument` when LAPACK rejects
  ///   an argument, which includes a NaN in the inputs (info < 0).
  /// - Complexity: O(n).
  public func solve(rhs: [Double]) throws(TridiagonalSystemError) -> [Double] {
    guard rhs.count == order else {
      throw .lengthMismatch(part: "right-hand side", expected: order, actual: rhs.count)
    }
    var lower = subdiagonal
    var main = diagonal
    var upper = superdiagonal
    var solution = rhs
    let info = Self.solveInPlace(
      lower: &lower, main: &main, upper: &upper, rhs: &solution, count: order, checkNaN: true)
    try Self.check(info)
    return solution
  }

  /// Solves the leading system of order `count` in place on caller-owned buffers (for inner
  /// loops that must not allocate; buffers may be longer than `count`). On return `rhs`
  /// holds the solution and the diagonals hold LAPACK's factors.
  /// `checkNaN: true` calls `LAPACKE_dgtsv` (scans the inputs for NaN first);
  /// `false` calls `LAPACKE_dgtsv_work`, the same routine without the scan.
  /// Returns LAPACK's info: 0 on success.
  static func solveInPlace(
    lower: inout [Double], main: inout [Double], upper: inout [Double], rhs: inout [Double],
    count: Int, checkNaN: Bool = false
  ) -> Int {
    precondition(count >= 1 && count <= main.count && count <= rhs.count)
    precondition(lower.count >= count - 1 && upper.count >= count - 1)
    let n = clapack_int(count)
    return lower.withUnsafeMutableBufferPointer { dl in
      main.withUnsafeMutableBufferPointer { d in
        upper.withUnsafeMutableBufferPointer { du in
          rhs.withUnsafeMutableBufferPointer { b in
            let info: clapack_int
            if checkNaN {
              info = LAPACKE_dgtsv(
                LAPACK_COL_MAJOR, n, 1, dl.baseAddress, d.baseAddress, du.baseAddress,
                b.baseAddress, n)
            } else {
              info = LAPACKE_dgtsv_work(
                LAPACK_COL_MAJOR, n, 1, dl.baseAddress, d.baseAddress, du.baseAddress,
                b.baseAddress, n)
            }
            return Int(info)
          }
        }
      }
    }
  }

  /// Turns LAPACK's info into a Swift error at once.
  static func check(_ info: Int) throws(TridiagonalSystemError) {
    if info > 0 { throw .singular(pivot: info) }
    if info < 0 { throw .invalidArgument(position: -info) }
  }
}

/// Why a tridiagonal solve failed.
public enum TridiagonalSystemError: Error, Equatable, CustomStringConvertible {
  /// The matrix has no rows.
  case empty
  /// A diagonal or the right-hand side has the wrong length.
  case lengthMismatch(part: String, expected: Int, actual: Int)
  /// LAPACK found U(pivot, pivot) exactly zero (1-based): the matrix is singular.
  case singular(pivot: Int)
  /// LAPACK rejected argument number `position` of `LAPACKE_dgtsv` (for example a NaN).
  case invalidArgument(position: Int)

  public var description: String {
    switch self {
    case .empty:
      return "tridiagonal system has no rows; give at least one diagonal entry"
    case .lengthMismatch(let part, let expected, let actual):
      return "tridiagonal system: \(part) has \(actual) entries; expected \(expected)"
    case .singular(let pivot):
      return "tridiagonal system is singular: pivot \(pivot) is exactly zero"
    case .invalidArgument(let position):
      return "LAPACKE_dgtsv rejected argument \(position) (a NaN or infinite entry?)"
    }
  }
}
