import Foundation

/// A figure estimated from independent replications: their mean and a 95% confidence
/// interval, mean ± t_{0.975, n−1}·s/√n (Student's t across replications, s the sample
/// standard deviation of the per-replication values).
public struct SimulationEstimate: Sendable, Equatable {
  /// Mean over the replications that had a value (e.g. had arrivals).
  public var mean: Double
  /// Half-width of the 95% confidence interval; nil with fewer than 2 values.
  public var halfWidth: Double?
  /// Replications that had a value.
  public var samples: Int

  public init(mean: Double, halfWidth: Double?, samples: Int) {
    self.mean = mean
    self.halfWidth = halfWidth
    self.samples = samples
  }

  /// The estimate of `values`, one per replication; nil when there are none.
  /// - Complexity: O(values).
  public init?(replications values: [Double]) {
    guard !values.isEmpty else { return nil }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    self.mean = mean
    self.samples = values.count
    if values.count >= 2 {
      var squares = 0.0
      for value in values { squares += (value - mean) * (value - mean) }
      let deviation = (squares / (n - 1)).squareRoot()
      halfWidth = Self.studentQuantile975(degreesOfFreedom: values.count - 1)
        * deviation / n.squareRoot()
    } else {
      halfWidth = nil
    }
  }

  /// The lower end of the 95% interval (the mean when there is none).
  public var lower: Double { mean - (halfWidth ?? 0) }
  /// The upper end of the 95% interval (the mean when there is none).
  public var upper: Double { mean + (halfWidth ?? 0) }

  /// Whether `value` lies in the 95% interval.
  public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

  /// t_{0.975}(ν): the table for ν ≤ 30 (scipy.stats.t.ppf, 6 decimals), above it the
  /// Cornish–Fisher expansion z + (z³+z)/4ν + (5z⁵+16z³+3z)/96ν² + (3z⁷+19z⁵+17z³−15z)/384ν³
  /// with z = Φ⁻¹(0.975) (Abramowitz & Stegun 26.7.5; error < 2e-6 at ν = 31).
  static func studentQuantile975(degreesOfFreedom nu: Int) -> Double {
    let table: [Double] = [
      12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004,
      2.262157, 2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905,
      2.109816, 2.100922, 2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899,
      2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
    ]
    if nu >= 1 && nu <= table.count { return table[nu - 1] }
    let z = 1.959963984540054
    let v = Double(max(nu, 1))
    let z3 = z * z * z
    let z5 = z3 * z * z
    let z7 = z5 * z * z
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
      + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
  }
}
