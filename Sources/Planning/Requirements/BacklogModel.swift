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
/// Capacity: every feasible plan satisfies C(t) ≥ D(t) at every interval end (work done by t
/// covers work due by t) and C(t) ≤ A(t) (only arrived work can be done). "Just in time",
/// C = D, has the least work in every prefix but piles a weekend's tickets onto the interval
/// where they fall due. The plan instead runs each open interval at the Optimal Available
/// rate of Yao, Demers & Shenker (1995): the smallest constant rate that would meet every
/// deadline ahead with the work already arrived, ρ_t = max_d (work due by d) / (open
/// intervals t…d), so N_t = ⌈max(ρ_t, work due at t) / (I·occ_max)⌉ and the agents work
/// earliest deadline first. No deadline is missed (at d itself ρ covers what is due), no
/// agent-interval idles while work waits, and deferrable work is levelled over its window. Deadlines are checked at interval ends; inside an interval the fluid due curve
/// may run ahead of the even capacity by less than one interval's arrivals.
/// The week is cyclic: the plan is run week after week from an empty backlog until a week
/// needs the same agents as the one before (at most `maxWeeks`), and that week is reported
/// (work arriving late on Sunday is due on Monday of the next week).
public enum BacklogModel {
  /// Days a ticket may wait at most (guide line 32).
  public static let backlogLimitDays = 7

  /// - Complexity: O(weeks · intervals · (classes + deadlines outstanding)); the 7-day limit
  ///   keeps up to a week of deadlines outstanding, so O(weeks · intervals²) at worst; no
  ///   allocation per interval.
  public static func plan(
    classes: [BacklogClass], intervalMinutes: Int, maxOccupancy: Percentage, maxWeeks: Int = 8
  ) -> BacklogPlan {
    let n = ReferenceWeek.minutesPerWeek / intervalMinutes
    let intervalSeconds = Double(intervalMinutes * 60)
    let perAgent = intervalSeconds * (maxOccupancy.value > 0 ? maxOccupancy.value : 1)
    let horizon = (maxWeeks + 3) * n
    var buckets = [Double](repeating: 0, count: horizon)
    var dueOriginal = [Double](repeating: 0, count: horizon)
    var agents = [Int](repeating: 0, count: n)
    var previousWeek = [Int](repeating: -1, count: n)
    var weeks = 0
    var periodic = false
    var arrived = [Double](repeating: 0, count: n)
    var done = [Double](repeating: 0, count: n)
    var backlogStart = [Double](repeating: 0, count: n)
    let calendars = classes.map { DeadlineCalendar(open: $0.open, intervalMinutes: intervalMinutes) }
    let lateLimit = backlogLimitDays * 1440 / intervalMinutes
    // The desk is open when any tier is; openPrefix[t] counts open intervals before t.
    let alwaysOpen = classes.map { $0.open.count != n || !$0.open.contains(true) }
    let deskOpen = (0..<horizon).map { t in
      classes.indices.contains { alwaysOpen[$0] || classes[$0].open[t % n] }
    }
    var openPrefix = [Int](repeating: 0, count: horizon + 1)
    for t in 0..<horizon { openPrefix[t + 1] = openPrefix[t] + (deskOpen[t] ? 1 : 0) }
    var outstanding = 0.0
    var highest = 0
    for a in 0..<(maxWeeks * n) {
      let i = a % n
      if i == 0 && a > 0 {
        weeks += 1
        if agents == previousWeek {
          periodic = true
          break
        }
        previousWeek = agents
      }
      backlogStart[i] = outstanding
      arrived[i] = 0
      for (c, work) in classes.enumerated() {
        let tickets = work.arrivals[i]
        guard tickets > 0 else { continue }
        let amount = tickets * work.handleSeconds
        outstanding += amount
        arrived[i] += amount
        let parts = calendars[c].deadlines(
          absolute: a, target: work.target, lateLimit: lateLimit)
        for part in [parts.0, parts.1, parts.2] where part.share > 0 {
          let d = min(horizon - 1, part.interval)
          buckets[d] += amount * part.share
          dueOriginal[d] += amount * part.share
          highest = max(highest, d)
        }
      }
      let lowest = a  // every bucket before a was due and is empty
      // Optimal Available: the smallest constant rate that clears every deadline ahead with
      // the work already arrived, max over deadlines d of (work due by d) / (open slots to d).
      var rate = 0.0
      if deskOpen[a] {
        var cumulative = 0.0
        var b = lowest
        while b <= highest {
          if buckets[b] > 0 {
            cumulative += buckets[b]
            rate = max(rate, cumulative / Double(max(1, openPrefix[b + 1] - openPrefix[a])))
          }
          b += 1
        }
      }
      let need = max(rate, buckets[a])
      let count = need > 1e-9 ? Int((need / perAgent - 1e-9).rounded(.up)) : 0
      agents[i] = max(0, count)
      var capacity = Double(agents[i]) * perAgent
      var worked = 0.0
      var b = lowest
      while capacity > 0 && b <= highest {
        let take = min(capacity, buckets[b])
        buckets[b] -= take
        capacity -= take
        worked += take
        if buckets[b] <= 1e-12 { buckets[b] = 0 }
        b += 1
      }
      outstanding = max(0, outstanding - worked)
      done[i] = worked
    }
    if !periodic {
      weeks += 1
      periodic = agents == previousWeek
    }
    let base = (weeks - 1) * n
    return BacklogPlan(
      agents: agents, arrivedWork: arrived, dueWork: Array(dueOriginal[base..<(base + n)]),
      doneWork: done, backlogAtStart: backlogStart, workPerAgent: perAgent,
      weeksSimulated: weeks, periodic: periodic)
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
