import Foundation

/// A small seeded pseudo-random generator, so a simulation repeats bit for bit on every
/// machine: xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4), 2021), its state filled from the seed by SplitMix64
/// (Steele, Lea & Flood, OOPSLA 2014), as its authors recommend.
///
/// Never `SystemRandomNumberGenerator`: its numbers differ between runs and machines.
/// Replication r of a run jumps the generator r·2¹²⁸ steps (the published jump polynomial),
/// so replications draw from non-overlapping streams and do not depend on how many run.
struct SeededRandom: Sendable, Equatable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64
  /// The second normal variate of the last Box–Muller pair, if unused.
  private var spareNormal: Double?

  /// The stream of replication `stream` for `seed`.
  /// - Complexity: O(stream) jumps of 256 steps each.
  init(seed: UInt64, stream: Int = 0) {
    var mixer = seed
    func splitMix() -> UInt64 {
      mixer &+= 0x9E37_79B9_7F4A_7C15
      var z = mixer
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
    spareNormal = nil
    for _ in 0..<max(0, stream) { jump() }
  }

  /// The next 64 random bits.
  @inline(__always)
  mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  @inline(__always)
  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// Advances 2¹²⁸ steps (the jump polynomial of xoshiro256**).
  private mutating func jump() {
    let polynomial: [UInt64] = [
      0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
    ]
    var t0: UInt64 = 0
    var t1: UInt64 = 0
    var t2: UInt64 = 0
    var t3: UInt64 = 0
    for word in polynomial {
      for bit in 0..<64 {
        if word & (1 << UInt64(bit)) != 0 {
          t0 ^= s0
          t1 ^= s1
          t2 ^= s2
          t3 ^= s3
        }
        _ = next()
      }
    }
    s0 = t0
    s1 = t1
    s2 = t2
    s3 = t3
  }

  /// Uniform on [0, 1), 53 random bits.
  @inline(__always)
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// Exponential with the given mean: −mean·ln(1 − U), 1 − U ∈ (0, 1].
  @inline(__always)
  mutating func exponential(mean: Double) -> Double { -mean * log(1 - unit()) }

  /// Standard normal by Box–Muller, both variates of each pair used.
  mutating func normal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    let radius = (-2 * log(1 - unit())).squareRoot()
    let angle = 2 * Double.pi * unit()
    spareNormal = radius * sin(angle)
    return radius * cos(angle)
  }

  /// Gamma with `shape` a > 0 and scale 1 by Marsaglia & Tsang, "A simple method for
  /// generating gamma variables", ACM TOMS 26(3), 2000; for a < 1, Gamma(a + 1)·U^{1/a}.
  mutating func gamma(shape: Double) -> Double {
    if shape < 1 {
      let boosted = gamma(shape: shape + 1)
      return boosted * pow(1 - unit(), 1 / shape)
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      let z = normal()
      let root = 1 + c * z
      guard root > 0 else { continue }
      let v = root * root * root
      let u = 1 - unit()
      if log(u) < 0.5 * z * z + d - d * v + d * log(v) { return d * v }
    }
  }
}
