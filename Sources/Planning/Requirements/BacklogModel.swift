public import Queueing

/// One tier's deferrable work (email, tickets) over the week.
public struct BacklogClass: Sendable, Equatable {
  public var tier: Tier
  /// Tickets arriving in each interval of the week.
  public var arrivals: [Double]
  /// Handle time of one ticket, seconds.
  public var handleSeconds: Double
  /// First-response window and the share that must meet it; nil: the 7-day backlog limit.
  public var target: ServiceTarget?
  /// Whether the tier's desk is open in each interval (all false: treated as always open).
  public var open: [Bool]

  public init(
    tier: Tier, arrivals: [Double], handleSeconds: Double, target: ServiceTarget?, open: [Bool]
  ) {
    self.tier = tier
    self.arrivals = arrivals
    self.handleSeconds = handleSeconds
    self.target = target
    self.open = open
  }
}

/// The backlog balance and the agents of a pooled email desk over one (periodic) week.
/// Work is in agent-seconds.
public struct BacklogPlan: Sendable, Equatable {
  public var agents: [Int]
  /// Work arriving in each interval (tickets × AHT).
  public var arrivedWork: [Double]
  /// Work whose deadline is the end of each interval (before any of it was done early).
  public var dueWork: [Double]
  /// Work done in each interval (≤ agents × interval seconds × max occupancy).
  public var doneWork: [Double]
  /// Outstanding work at the start of each interval (backlog_t).
  public var backlogAtStart: [Double]
  /// Work one agent does in an interval: interval seconds × max occupancy.
  public var workPerAgent: Double
  /// Weeks simulated from an empty backlog; the last is reported.
  public var weeksSimulated: Int
  /// Whether the last two weeks needed the same agents (the cyclic regime was reached).
  public var periodic: Bool
}

/// The email and ticket requirement: work answered inside its window, in business hours
/// (DESIGN.md §4, "Email and tickets"), not per-interval Erlang.
///
/// Balance: backlog_{t+1} = backlog_t + arrivals_t·AHT − done_t, done_t ≤ N_t·I·occ_max.
/// Deadlines: work arriving evenly in interval i with window W = k·I (k = q + r, q whole,
/// 0 ≤ r < 1, counted in open intervals of the tier when `business_hours`, on the wall clock
/// otherwise) is due, in proportion 1 − r and r, by the ends of the q-th and (q+1)-th interval
/// after i (the exact fluid due curve D(t) = A(t − W) at interval ends). Work arriving while the
/// tier is closed starts its clock at the next opening and is due ⌈k⌉ − 1 intervals after it;
/// a deadline in closed time moves to the end of the next open interval. The service level is
/// the share of work that must meet the window; the rest (e.g. 1%) must be done within 7 days
/// (guide line 32: "ticket backlog < 7 days"), as must work of a tier without a target.
///
/// Minimal capacity: every feasible plan satisfies C(t) ≥ D(t) at every interval end (work
/// done by t covers work due by t), so the fluid minimum is C(t) = D(t), capacity "just in
/// time". With whole agents the plan is lazy earliest-deadline-first: N_t = ⌈(work still due
/// by the end of t) / (I·occ_max)⌉, and the agents' spare time works the earliest-deadline
/// work already arrived, so no agent-interval idles while work waits and no deadline is
/// missed. Deadlines are checked at interval ends; inside an interval the fluid due curve
/// may run ahead of the even capacity by less than one interval's arrivals.
/// The week is cyclic: the plan is run from an empty backlog for three weeks and the third is
/// reported (work arriving late on Sunday is due on Monday of the next week).
public enum BacklogModel {
  /// Days a ticket may wait at most (guide line 32).
  public static let backlogLimitDays = 7

  /// - Complexity: O(weeks · intervals · (classes + buckets worked)), buckets worked being the
  ///   distinct deadlines the spare capacity reaches; no allocation per interval.
  public static func plan(
    classes: [BacklogClass], intervalMinutes: Int, maxOccupancy: Percentage, weeks: Int = 3
  ) -> BacklogPlan {
    let n = ReferenceWeek.minutesPerWeek / intervalMinutes
    let intervalSeconds = Double(intervalMinutes * 60)
    let perAgent = intervalSeconds * (maxOccupancy.value > 0 ? maxOccupancy.value : 1)
    let horizon = (weeks + 3) * n
    var buckets = [Double](repeating: 0, count: horizon)
    var dueOriginal = [Double](repeating: 0, count: horizon)
    var agents = [Int](repeating: 0, count: weeks * n)
    var arrived = [Double](repeating: 0, count: n)
    var done = [Double](repeating: 0, count: n)
    var backlogStart = [Double](repeating: 0, count: n)
    let calendars = classes.map { DeadlineCalendar(open: $0.open, intervalMinutes: intervalMinutes) }
    let lateLimit = backlogLimitDays * 1440 / intervalMinutes
    var outstanding = 0.0
    var highest = 0
    var lowest = 0
    for a in 0..<(weeks * n) {
      let i = a % n
      let reported = a >= (weeks - 1) * n
      if reported { backlogStart[i] = outstanding }
      for (c, work) in classes.enumerated() {
        let tickets = work.arrivals[i]
        guard tickets > 0 else { continue }
        let amount = tickets * work.handleSeconds
        outstanding += amount
        if reported { arrived[i] += amount }
        let parts = calendars[c].deadlines(
          absolute: a, target: work.target, lateLimit: lateLimit)
        for part in [parts.0, parts.1, parts.2] where part.share > 0 {
          let d = min(horizon - 1, part.interval)
          buckets[d] += amount * part.share
          dueOriginal[d] += amount * part.share
          highest = max(highest, d)
        }
      }
      lowest = max(lowest, a)
      let need = buckets[a]
      let count = need > 1e-9 ? Int((need / perAgent - 1e-9).rounded(.up)) : 0
      agents[a] = max(0, count)
      var capacity = Double(agents[a]) * perAgent
      var worked = 0.0
      var b = lowest
      while capacity > 0 && b <= highest {
        let take = min(capacity, buckets[b])
        buckets[b] -= take
        capacity -= take
        worked += take
        if buckets[b] <= 1e-12 { buckets[b] = 0 }
        if buckets[b] == 0 && b == lowest { lowest += 1 }
        b += 1
      }
      outstanding = max(0, outstanding - worked)
      if reported { done[i] = worked }
    }
    let last = Array(agents[((weeks - 1) * n)...])
    let previous = weeks > 1 ? Array(agents[((weeks - 2) * n)..<((weeks - 1) * n)]) : last
    let base = (weeks - 1) * n
    return BacklogPlan(
      agents: last, arrivedWork: arrived, dueWork: Array(dueOriginal[base..<(base + n)]),
      doneWork: done, backlogAtStart: backlogStart, workPerAgent: perAgent,
      weeksSimulated: weeks, periodic: last == previous)
  }
}

/// Deadlines of one tier on the unrolled timeline (absolute interval indices).
struct DeadlineCalendar {
  typealias Deadline = (interval: Int, share: Double)
  let n: Int
  let intervalMinutes: Int
  /// Indices of open intervals in the week.
  let openIndices: [Int]
  /// For each interval, the rank (within the week) of the first open interval at or after it;
  /// openIndices.count when none is left in the week.
  let nextOpenRank: [Int]

  init(open: [Bool], intervalMinutes: Int) {
    n = open.count
    self.intervalMinutes = intervalMinutes
    let anyOpen = open.contains(true)
    let indices = (0..<open.count).filter { !anyOpen || open[$0] }
    openIndices = indices
    var ranks = [Int](repeating: indices.count, count: open.count)
    var next = indices.count
    for i in stride(from: open.count - 1, through: 0, by: -1) {
      if !anyOpen || open[i] { next -= 1 }
      ranks[i] = next
    }
    nextOpenRank = ranks
  }

  /// Absolute rank of the first open interval at or after absolute interval `a`.
  func rank(atOrAfter a: Int) -> Int {
    (a / n) * openIndices.count + nextOpenRank[a % n]
  }

  /// Absolute interval of absolute rank `r`.
  func index(ofRank r: Int) -> Int {
    let m = openIndices.count
    return (r / m) * n + openIndices[r % m]
  }

  func isOpen(_ a: Int) -> Bool {
    let rank = nextOpenRank[a % n]
    return rank < openIndices.count && openIndices[rank] == a % n
  }

  /// Three (deadline, share of the interval's work) pairs for work arriving in `a`; shares
  /// sum to 1 (a pair may have share 0). A tuple, so no allocation per interval.
  func deadlines(absolute a: Int, target: ServiceTarget?, lateLimit: Int)
    -> (Deadline, Deadline, Deadline)
  {
    let late = index(ofRank: rank(atOrAfter: a + lateLimit - 1))
    guard let target else { return ((late, 1), (late, 0), (late, 0)) }
    let level = target.serviceLevel.value
    let k = target.within.seconds / Double(intervalMinutes * 60)
    let q = Int(k.rounded(.down))
    let r = k - Double(q)
    let open = isOpen(a)
    var first: Int
    var second: Int
    if target.businessHoursOnly {
      if open {
        let start = rank(atOrAfter: a)
        first = index(ofRank: start + q)
        second = index(ofRank: start + q + 1)
      } else {
        let start = rank(atOrAfter: a)
        let offset = max(0, Int(k.rounded(.up)) - 1)
        first = index(ofRank: start + offset)
        second = first
      }
    } else {
      first = index(ofRank: rank(atOrAfter: a + q))
      second = index(ofRank: rank(atOrAfter: a + q + 1))
    }
    if !open && target.businessHoursOnly { return ((first, level), (late, 1 - level), (late, 0)) }
    return ((first, level * (1 - r)), (second, level * r), (late, 1 - level))
  }
}
