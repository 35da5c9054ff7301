internal import CLapacke

/// An LU factorisation of a tridiagonal matrix with partial pivoting, kept for many solves.
///
/// Fill the leading `count` entries of `lower`, `main` and `upper` (as in
/// `TridiagonalSystem`), call `factor(count:)` (LAPACKE `dgttrf`), then `solve` any number
/// of right-hand sides (LAPACKE `dgttrs`), each O(n) without the elimination. `dgtsv` is the
/// two in one call; splitting them pays when the matrix stays fixed over many time steps.
/// Buffers are preallocated and may be longer than `count`.
struct TridiagonalFactorization {
  var lower: [Double]
  var main: [Double]
  var upper: [Double]
  private var secondUpper: [Double]
  private var pivots: [clapack_int]
  private(set) var count = 0

  init(capacity: Int) {
    lower = [Double](repeating: 0, count: capacity)
    main = [Double](repeating: 0, count: capacity)
    upper = [Double](repeating: 0, count: capacity)
    secondUpper = [Double](repeating: 0, count: capacity)
    pivots = [clapack_int](repeating: 0, count: capacity)
  }

  var capacity: Int { main.count }

  mutating func reserve(capacity: Int) {
    let extra = capacity - main.count
    guard extra > 0 else { return }
    let zeros = [Double](repeating: 0, count: extra)
    lower += zeros
    main += zeros
    upper += zeros
    secondUpper += zeros
    pivots += [clapack_int](repeating: 0, count: extra)
  }

  /// Factors the leading matrix of order `count` in place (LAPACKE_dgttrf_work). Returns
  /// LAPACK's info: 0, or i > 0 when U(i, i) is exactly zero.
  mutating func factor(count n: Int) -> Int {
    precondition(n >= 1 && n <= capacity)
    count = n
    let order = clapack_int(n)
    return lower.withUnsafeMutableBufferPointer { dl in
      main.withUnsafeMutableBufferPointer { d in
        upper.withUnsafeMutableBufferPointer { du in
          secondUpper.withUnsafeMutableBufferPointer { du2 in
            pivots.withUnsafeMutableBufferPointer { ipiv in
              Int(
                LAPACKE_dgttrf_work(
                  order, dl.baseAddress, d.baseAddress, du.baseAddress, du2.baseAddress,
                  ipiv.baseAddress))
            }
          }
        }
      }
    }
  }

  /// Overwrites the first `count` entries of `rhs` with the solution (LAPACKE_dgttrs_work,
  /// no transpose). Returns LAPACK's info (0 = success).
  func solve(_ rhs: inout [Double]) -> Int {
    precondition(count >= 1 && rhs.count >= count)
    let order = clapack_int(count)
    return lower.withUnsafeBufferPointer { dl in
      main.withUnsafeBufferPointer { d in
        upper.withUnsafeBufferPointer { du in
          secondUpper.withUnsafeBufferPointer { du2 in
            pivots.withUnsafeBufferPointer { ipiv in
              rhs.withUnsafeMutableBufferPointer { b in
                Int(
                  LAPACKE_dgttrs_work(
                    LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), order, 1, dl.baseAddress,
                    d.baseAddress, du.baseAddress, du2.baseAddress, ipiv.baseAddress,
                    b.baseAddress, order))
              }
            }
          }
        }
      }
    }
  }
}
