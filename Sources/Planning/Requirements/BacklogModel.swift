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
  /// Work the levelled (fluid) plan does in each interval: the Optimal Available rate ρ_t,
  /// agent-seconds per interval.
  public var levelledWork: [Double]
  /// Outstanding work at the start of each interval (backlog_t).
  public var backlogAtStart: [Double]
  /// Work one agent does in an interval: interval seconds × max occupancy.
  public var workPerAgent: Double
  /// Weeks simulated from an empty backlog; the last is reported.
  public var weeksSimulated: Int
  /// Whether the levelled plan's backlog at the start of the last week equals the one at its
  /// end within `BacklogModel.periodicTolerance` per deadline (the cyclic steady state).
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
/// where they fall due. The plan instead levels the work: each open interval runs at the
/// Optimal Available rate of Yao, Demers & Shenker (1995), the smallest constant rate that
/// would meet every deadline ahead with the work already arrived, ρ_t = max_d (work due by d)
/// / (open intervals t…d), earliest deadline first (the fluid, levelled plan; it never misses
/// a deadline since at d itself ρ covers what is due). Whole agents keep up with it: N_t is
/// the fewest with Σ_{s≤t} done_s ≥ Σ_{s≤t} ρ_s over the week and N_t·I·occ_max ≥ the work
/// due at t, the agents also working earliest deadline first (rounding up carries forward, so
/// the whole-agent plan is never behind the levelled one and meets every deadline).
/// Deadlines are checked at interval ends; inside an interval the fluid due curve may run
/// ahead of the even capacity by less than one interval's arrivals.
///
/// Cyclic steady state: the levelled plan is run week after week from an empty backlog until
/// the outstanding work at a week's start equals (within `periodicTolerance` per deadline)
/// that at its end, at most `maxWeeks` weeks; that week is reported (work arriving late on
/// Sunday is due on Monday of the next week). The fluid plan has no rounding, and settles in a
/// few weeks (3 on the baseline and every shipped scenario); the earlier whole-agent iteration
/// compared agents instead and flipped single agents between weeks forever. The whole-agent
/// plan of each week starts from the levelled plan's backlog at the week's start.
public enum BacklogModel {
  /// Days a ticket may wait at most (guide line 32).
  public static let backlogLimitDays = 7

  /// Work (agent-seconds) by which two week-start backlogs may differ and still count as
  /// the same state: a millionth of an agent-second.
  public static let periodicTolerance = 1e-6

  /// - Complexity: O(weeks · intervals · (classes + deadlines scanned)); the scan of
  ///   deadlines ahead stops once all outstanding work over the open intervals to the next
  ///   deadline cannot raise the rate, so typically a day of deadlines, a week at worst
  ///   (O(weeks · intervals²)); no allocation per interval.
  public static func plan(
    classes: [BacklogClass], intervalMinutes: Int, maxOccupancy: Percentage, maxWeeks: Int = 12
  ) -> BacklogPlan {
    let n = ReferenceWeek.minutesPerWeek / intervalMinutes
    let intervalSeconds = Double(intervalMinutes * 60)
    let perAgent = intervalSeconds * (maxOccupancy.value > 0 ? maxOccupancy.value : 1)
    let weeksLimit = max(1, maxWeeks)
    let horizon = (weeksLimit + 3) * n
    // Fluid (levelled) plan and the whole-agent plan, each with its outstanding work by
    // deadline on the unrolled timeline.
    var fluid = [Double](repeating: 0, count: horizon)
    var whole = [Double](repeating: 0, count: horizon)
    var dueOriginal = [Double](repeating: 0, count: horizon)
    var agents = [Int](repeating: 0, count: n)
    var levelled = [Double](repeating: 0, count: n)
    var arrived = [Double](repeating: 0, count: n)
    var done = [Double](repeating: 0, count: n)
    var backlogStart = [Double](repeating: 0, count: n)
    let calendars = classes.map {
      DeadlineCalendar(open: $0.open, intervalMinutes: intervalMinutes)
    }
    let lateLimit = backlogLimitDays * 1440 / intervalMinutes
    // The desk is open when any tier is; openPrefix[t] counts open intervals before t.
    let alwaysOpen = classes.map { $0.open.count != n || !$0.open.contains(true) }
    let deskOpenInWeek = (0..<n).map { t in
      classes.indices.contains { alwaysOpen[$0] || classes[$0].open[t] }
    }
    var openPrefix = [Int](repeating: 0, count: horizon + 1)
    for t in 0..<horizon { openPrefix[t + 1] = openPrefix[t] + (deskOpenInWeek[t % n] ? 1 : 0) }
    var fluidOutstanding = 0.0
    var highest = 0
    var weeks = 0
    var periodic = false
    while weeks < weeksLimit && !periodic {
      let base = weeks * n
      let state = Array(fluid[base...max(base, highest)])
      // Each week's whole-agent plan starts from the fluid backlog at the week's start.
      for k in base...max(base, highest) { whole[k] = fluid[k] }
      var wholeOutstanding = fluidOutstanding
      var lead = 0.0  // whole-agent work done this week minus fluid work done
      for i in 0..<n {
        let a = base + i
        backlogStart[i] = wholeOutstanding
        arrived[i] = 0
        for (c, work) in classes.enumerated() {
          let tickets = work.arrivals[i]
          guard tickets > 0 else { continue }
          let amount = tickets * work.handleSeconds
          fluidOutstanding += amount
          wholeOutstanding += amount
          arrived[i] += amount
          let (first, second, late) = calendars[c].deadlines(
            absolute: a, target: work.target, lateLimit: lateLimit)
          for part in [first, second, late] where part.share > 0 {
            let d = min(horizon - 1, part.interval)
            fluid[d] += amount * part.share
            whole[d] += amount * part.share
            dueOriginal[d] += amount * part.share
            highest = max(highest, d)
          }
        }
        let rate = optimalAvailableRate(
          buckets: fluid, from: a, through: highest, outstanding: fluidOutstanding,
          open: deskOpenInWeek[i], openPrefix: openPrefix)
        let fluidDone = earliestDeadlineFirst(&fluid, capacity: rate, from: a, through: highest)
        fluidOutstanding = max(0, fluidOutstanding - fluidDone)
        levelled[i] = fluidDone
        // Whole agents keep up with the levelled plan (cumulative work done ≥ the fluid
        // plan's) and clear what is due now; rounding up carries forward as a lead.
        let need = max(0, fluidDone - lead, whole[a])
        agents[i] = need > 1e-9 ? max(0, Int((need / perAgent - 1e-9).rounded(.up))) : 0
        let worked = earliestDeadlineFirst(
          &whole, capacity: Double(agents[i]) * perAgent, from: a, through: highest)
        wholeOutstanding = max(0, wholeOutstanding - worked)
        lead += worked - fluidDone
        done[i] = worked
      }
      weeks += 1
      periodic = sameState(state, Array(fluid[(base + n)...max(base + n, highest)]))
    }
    let base = (weeks - 1) * n
    return BacklogPlan(
      agents: agents, arrivedWork: arrived, dueWork: Array(dueOriginal[base..<(base + n)]),
      doneWork: done, levelledWork: levelled, backlogAtStart: backlogStart,
      workPerAgent: perAgent, weeksSimulated: weeks, periodic: periodic)
  }

  /// Does up to `capacity` of the outstanding work, earliest deadline first; returns the work
  /// done. Buckets before `a` are empty (their deadlines passed).
  /// - Complexity: O(deadlines touched).
  static func earliestDeadlineFirst(
    _ buckets: inout [Double], capacity: Double, from a: Int, through highest: Int
  ) -> Double {
    var left = capacity
    var worked = 0.0
    var b = a
    while left > 0 && b <= highest {
      let take = min(left, buckets[b])
      buckets[b] -= take
      left -= take
      worked += take
      if buckets[b] <= 1e-12 { buckets[b] = 0 }
      b += 1
    }
    return worked
  }

  /// Optimal Available rate at absolute interval `a`: max over deadlines d ≥ a of (work due
  /// by d) / (open intervals a…d), 0 while the desk is closed. The scan stops at d when
  /// `outstanding` / (open intervals a…d) ≤ the rate so far: no later deadline can beat it.
  /// - Complexity: O(deadlines scanned) ≤ O(highest − a).
  static func optimalAvailableRate(
    buckets: [Double], from a: Int, through highest: Int, outstanding: Double, open: Bool,
    openPrefix: [Int]
  ) -> Double {
    guard open else { return 0 }
    var rate = 0.0
    var cumulative = 0.0
    var b = a
    while b <= highest {
      let slots = Double(max(1, openPrefix[b + 1] - openPrefix[a]))
      if buckets[b] > 0 {
        cumulative += buckets[b]
        rate = max(rate, cumulative / slots)
      }
      if outstanding / slots <= rate { break }
      b += 1
    }
    return rate
  }

  /// Whether two week-start backlogs (buckets relative to the week start) agree within
  /// `periodicTolerance` in every bucket.
  static func sameState(_ lhs: [Double], _ rhs: [Double]) -> Bool {
    let count = max(lhs.count, rhs.count)
    for k in 0..<count {
      let x = k < lhs.count ? lhs[k] : 0
      let y = k < rhs.count ? rhs[k] : 0
      if abs(x - y) > periodicTolerance { return false }
    }
    return true
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
