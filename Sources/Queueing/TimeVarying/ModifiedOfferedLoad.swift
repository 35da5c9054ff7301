import Foundation

/// The modified offered load of a time-varying arrival rate with exponential handle times.
///
/// m(t) = E[λ(t − S_e)]·E[S] = ∫₀^∞ λ(t − u)·e^{−u/S} du, with S = E[S] the mean handle time:
/// the mean number of busy servers of the M(t)/M/∞ queue, which lags and smooths λ(t)·S.
/// It solves m′ = λ(t) − m/S, so for λ constant at λ_i on an interval starting at t_i,
///   m(t) = λ_i·S + (m(t_i) − λ_i·S)·e^{−(t − t_i)/S}                    (exact)
///   average over a piece of length L = λ_i·S + (m(t_i) − λ_i·S)·(S/L)·(1 − e^{−L/S}).
/// Staffing each interval by the stationary formula at the load m instead of λ_i·S is the
/// MOL method for long work. Units: rates per second, times in seconds, loads in Erlangs.
/// Sources: Jennings, Mandelbaum, Massey & Whitt, "Server staffing to meet time-varying
/// demand", Management Science 42(10), 1996; Green, Kolesar & Whitt (2007), §4.
public struct ModifiedOfferedLoad: Sendable, Equatable {
  /// λ per interval, per second.
  public let arrivalsPerSecond: [Double]
  /// Length of each interval, seconds.
  public let intervalSeconds: Double
  /// Mean handle time S, seconds.
  public let handleSeconds: Double
  /// m at the start of each interval, Erlangs.
  public let atStart: [Double]
  /// Time average of m over each interval, Erlangs.
  public let average: [Double]
  /// m at the end of the horizon, Erlangs.
  public let atEnd: Double

  /// Computes m from `initialLoad` (busy servers at time 0; 0 for an empty start).
  /// - Complexity: O(intervals).
  public init(
    arrivalsPerSecond: [Double], intervalSeconds: Double, handleSeconds: Double,
    initialLoad: Double = 0
  ) throws(TimeVaryingQueueError) {
    for (i, rate) in arrivalsPerSecond.enumerated() where !(rate >= 0 && rate.isFinite) {
      throw .invalidArrivals(interval: i, value: rate)
    }
    guard intervalSeconds > 0 && intervalSeconds.isFinite else {
      throw .invalidDuration(name: "interval", seconds: intervalSeconds)
    }
    guard handleSeconds > 0 && handleSeconds.isFinite else {
      throw .invalidDuration(name: "handle time", seconds: handleSeconds)
    }
    self.arrivalsPerSecond = arrivalsPerSecond
    self.intervalSeconds = intervalSeconds
    self.handleSeconds = handleSeconds
    let decay = exp(-intervalSeconds / handleSeconds)
    let meanFactor = -expm1(-intervalSeconds / handleSeconds) * handleSeconds / intervalSeconds
    var starts: [Double] = []
    var averages: [Double] = []
    starts.reserveCapacity(arrivalsPerSecond.count)
    averages.reserveCapacity(arrivalsPerSecond.count)
    var m = initialLoad
    for rate in arrivalsPerSecond {
      let level = rate * handleSeconds
      starts.append(m)
      averages.append(level + (m - level) * meanFactor)
      m = level + (m - level) * decay
    }
    atStart = starts
    average = averages
    atEnd = m
  }

  /// m(t) at `seconds` from the start (clamped to the horizon), Erlangs.
  public func load(atSeconds seconds: Double) -> Double {
    guard !arrivalsPerSecond.isEmpty else { return atEnd }
    let last = arrivalsPerSecond.count - 1
    let index = min(last, max(0, Int((seconds / intervalSeconds).rounded(.down))))
    let elapsed = min(intervalSeconds, max(0, seconds - Double(index) * intervalSeconds))
    let level = arrivalsPerSecond[index] * handleSeconds
    return level + (atStart[index] - level) * exp(-elapsed / handleSeconds)
  }
}
