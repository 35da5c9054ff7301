/// What one replication counted, per class and interval (flat arrays indexed
/// `class · intervals + interval`) and per interval for time-based figures.
struct ReplicationTally: Sendable, Equatable {
  let intervals: Int
  /// Contacts that arrived.
  var arrived: [Double]
  /// Arrivals that found no idle agent.
  var waited: [Double]
  /// Contacts answered (by an agent), at any time.
  var answered: [Double]
  /// Contacts answered within the target.
  var answeredWithin: [Double]
  /// Sum of the waits of answered contacts, seconds.
  var answeredWait: [Double]
  /// Contacts whose patience ended before an answer.
  var abandoned: [Double]
  /// Agent-seconds spent handling contacts, per interval.
  var busySeconds: [Double]
  /// Agent-seconds present (idle or busy, including agents finishing past their shift).
  var onDutySeconds: [Double]
  /// Contacts waiting (patience not ended) at the end of each interval.
  var waitingAtEnd: [Double]

  init(intervals: Int) {
    self.intervals = intervals
    let perClass = [Double](repeating: 0, count: intervals * ContactClass.allCases.count)
    let perInterval = [Double](repeating: 0, count: intervals)
    arrived = perClass
    waited = perClass
    answered = perClass
    answeredWithin = perClass
    answeredWait = perClass
    abandoned = perClass
    busySeconds = perInterval
    onDutySeconds = perInterval
    waitingAtEnd = perInterval
  }

  /// Σ of a per-class field over `range`, for one class or both.
  /// - Complexity: O(range.count).
  func sum(_ field: KeyPath<ReplicationTally, [Double]>, _ range: Range<Int>,
    _ contactClass: ContactClass?) -> Double
  {
    let values = self[keyPath: field]
    var total = 0.0
    for candidate in ContactClass.allCases where contactClass == nil || contactClass == candidate {
      let offset = candidate.rawValue * intervals
      for interval in range { total += values[offset + interval] }
    }
    return total
  }

  /// Σ of a per-interval field over `range`.
  func sum(perInterval field: KeyPath<ReplicationTally, [Double]>, _ range: Range<Int>)
    -> Double
  {
    let values = self[keyPath: field]
    var total = 0.0
    for interval in range { total += values[interval] }
    return total
  }
}
