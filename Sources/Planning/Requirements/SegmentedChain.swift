import Queueing

/// The transient M(t)/M/s(t) chain over the week in segments (a day each), every segment
/// started from the previous one's final distribution, so that a staffing round re-solves only
/// the segments its changes reach.
///
/// A segment is solved again when its agents changed or its starting distribution moved by
/// more than `tolerance` in some state; otherwise its previous results stand. With work of
/// mean S the effect of a change decays as e^{−t/S}, so a change on Friday morning reaches
/// about a day of the chain, not the week. The results equal one `TimeVaryingQueue` over the
/// whole week up to `tolerance` per state probability.
struct SegmentedChain {
  /// Largest change of a state probability that counts as no change.
  static let tolerance = 1e-9

  let rates: [Double]
  let handleSeconds: Double
  let intervalSeconds: Double
  let targetSeconds: Double
  let stepSeconds: Double
  let scheme: StepScheme
  /// Intervals per segment.
  let segmentLength: Int
  private var agents: [Int] = []
  private var starts: [[Double]] = []
  private var ends: [[Double]] = []
  private var results: [[IntervalPerformance]] = []
  /// The distribution at the end of the week.
  private(set) var finalDistribution: [Double] = [1]
  /// Segments solved so far (a measure of the work done).
  private(set) var segmentsSolved = 0

  init(
    rates: [Double], handleSeconds: Double, intervalSeconds: Double, targetSeconds: Double,
    stepSeconds: Double, scheme: StepScheme, segmentLength: Int
  ) {
    self.scheme = scheme
    self.rates = rates
    self.handleSeconds = handleSeconds
    self.intervalSeconds = intervalSeconds
    self.targetSeconds = targetSeconds
    self.stepSeconds = stepSeconds
    self.segmentLength = max(1, segmentLength)
  }

  /// Service level and the rest of every interval, in order.
  var intervals: [IntervalPerformance] { results.flatMap { $0 } }

  /// Evaluates `staffing` from `initial` (the distribution at the week's start), re-solving
  /// only the segments that changed.
  /// - Complexity: O(segments solved · segment intervals · steps · states).
  mutating func evaluate(agents staffing: [Int], initial: [Double])
    throws(TimeVaryingQueueError)
  {
    let count = rates.count
    let segments = (count + segmentLength - 1) / segmentLength
    if results.count != segments {
      results = [[IntervalPerformance]](repeating: [], count: segments)
      starts = [[Double]](repeating: [], count: segments)
      ends = starts
    }
    var start = initial
    for s in 0..<segments {
      let range = (s * segmentLength)..<min(count, (s + 1) * segmentLength)
      let unchanged = !results[s].isEmpty && agents.count == count
        && staffing[range] == agents[range] && Self.close(start, starts[s])
      if unchanged {
        start = ends[s]
        continue
      }
      let queue = try TimeVaryingQueue(
        arrivalsPerSecond: Array(rates[range]), agents: Array(staffing[range]),
        handleSeconds: handleSeconds, intervalSeconds: intervalSeconds,
        targetSeconds: targetSeconds, stepSeconds: stepSeconds, scheme: scheme)
      let evaluation = try queue.evaluate(initialDistribution: start)
      segmentsSolved += 1
      starts[s] = start
      results[s] = evaluation.intervals.map { row in
        var row = row
        row.interval += range.lowerBound
        return row
      }
      ends[s] = Self.sanitized(evaluation.finalDistribution)
      start = ends[s]
    }
    finalDistribution = start
    agents = staffing
  }

  private static func maxDiff(_ lhs: [Double], _ rhs: [Double]) -> Double {
    var m = 0.0
    for k in 0..<max(lhs.count, rhs.count) {
      let x = k < lhs.count ? lhs[k] : 0
      let y = k < rhs.count ? rhs[k] : 0
      m = max(m, abs(x - y))
    }
    return m
  }
  /// The distribution with TR-BDF2's tiny negative values (after a jump in the rates) set to
  /// 0 and renormalised, so it can start the next segment.
  /// - Complexity: O(states).
  /// Trailing zero states are dropped: the next segment adds its own headroom, and a
  /// state space that only grows would make every segment's per-interval work longer.
  static func sanitized(_ p: [Double]) -> [Double] {
    var last = p.count - 1
    while last > 0 && p[last] <= 0 { last -= 1 }
    let trimmed = Array(p[0...max(0, last)])
    guard trimmed.contains(where: { $0 < 0 }) else { return trimmed }
    let clipped = trimmed.map { max(0, $0) }
    let total = clipped.reduce(0, +)
    return total > 0 ? clipped.map { $0 / total } : trimmed
  }

  /// Whether two distributions agree within `tolerance` in every state (missing states are 0).
  static func close(_ lhs: [Double], _ rhs: [Double], tolerance: Double = tolerance) -> Bool {
    guard !lhs.isEmpty, !rhs.isEmpty else { return false }
    for k in 0..<max(lhs.count, rhs.count) {
      let x = k < lhs.count ? lhs[k] : 0
      let y = k < rhs.count ? rhs[k] : 0
      if abs(x - y) > tolerance { return false }
    }
    return true
  }
}
