import Foundation

extension WeekSimulation {
  /// Runs `replications` independent replications of the horizon and estimates every figure
  /// with a 95% confidence interval across them.
  ///
  /// Replication r draws from stream r of `seed` (`SeededRandom`), so the same seed gives
  /// bit-identical results on every machine, and replication r does not depend on how many
  /// run. `progress(r, replications)` is called after replication r (1-based) finishes.
  /// - Complexity: O(replications · (contacts · log agents + Σ agents_i)), plus the backlog
  ///   counted at each interval end (O(contacts waiting) per interval).
  public func run(
    replications: Int, seed: UInt64,
    progress: (_ completed: Int, _ total: Int) -> Void = { _, _ in }
  ) throws(WeekSimulationError) -> WeekSimulationResult {
    guard replications >= 1 else { throw .invalidReplications(replications) }
    var tallies: [ReplicationTally] = []
    tallies.reserveCapacity(replications)
    for replication in 0..<replications {
      var random = SeededRandom(seed: seed, stream: replication)
      tallies.append(simulateReplication(&random))
      progress(replication + 1, replications)
    }
    return WeekSimulationResult(
      seed: seed, agents: agents, intervalSeconds: intervalSeconds, tallies: tallies)
  }

  /// One replication of the horizon, starting empty; see the type's documentation for the
  /// model. Events: arrivals (one pending at a time, exponential gaps at the interval's
  /// rate, redrawn at each boundary since the gap is memoryless), completions (a min-heap
  /// of times) and interval boundaries; abandonment is settled lazily at the line's head.
  /// - Complexity: O(contacts · log agents + Σ agents_i + Σ backlog at interval ends).
  func simulateReplication(_ random: inout SeededRandom) -> ReplicationTally {
    let count = arrivals.count
    var tally = ReplicationTally(intervals: count)
    var completions = CompletionHeap(capacity: (agents.max() ?? 0) + 1)
    var premiumLine = WaitingLine(capacity: 256)
    var standardLine = WaitingLine(capacity: 256)
    let premiumFirst = classes?.policy == .premiumFirst
    let premiumShares = classes?.premiumShare
    let target = targetSeconds
    let patience = patienceSeconds
    let handle = handleTime
    var logMean = 0.0
    var logDeviation = 0.0
    if case .lognormal(let mean, let cv) = handle {
      let variance = log1p(cv * cv)
      logMean = log(mean) - variance / 2
      logDeviation = variance.squareRoot()
    }
    var idle = 0
    var busy = 0
    var leaving = 0  // busy agents who leave when their contact ends
    var now = 0.0
    var busyArea = 0.0
    var dutyArea = 0.0

    func drawHandleTime() -> Double {
      switch handle {
      case .exponential(let mean): return random.exponential(mean: mean)
      case .lognormal: return exp(logMean + logDeviation * random.normal())
      }
    }

    func advance(to time: Double) {
      let elapsed = time - now
      busyArea += Double(busy) * elapsed
      dutyArea += Double(idle + busy) * elapsed
      now = time
    }

    /// Answers the next live waiting contact (premium line first); false if none waits.
    func answerWaiting() -> Bool {
      while true {
        guard let contact = premiumLine.removeFirst() ?? standardLine.removeFirst() else {
          return false
        }
        let index = Int(contact.contactClass) * count + Int(contact.interval)
        if contact.deadline <= now {
          tally.abandoned[index] += 1
          continue
        }
        let wait = now - contact.arrival
        tally.answered[index] += 1
        tally.answeredWait[index] += wait
        if wait <= target { tally.answeredWithin[index] += 1 }
        completions.insert(now + drawHandleTime())
        return true
      }
    }

    func staff(_ present: Int) {
      let staying = idle + busy - leaving
      if present > staying {
        var extra = present - staying
        let kept = min(leaving, extra)
        leaving -= kept
        extra -= kept
        idle += extra
        while idle > 0 && answerWaiting() {
          idle -= 1
          busy += 1
        }
      } else if present < staying {
        let cut = staying - present
        let fromIdle = min(idle, cut)
        idle -= fromIdle
        leaving += cut - fromIdle
      }
    }

    func complete() {
      completions.removeEarliest()
      if leaving > 0 {
        leaving -= 1
        busy -= 1
      } else if !answerWaiting() {
        busy -= 1
        idle += 1
      }
    }

    func arrive(interval: Int) {
      var contactClass = ContactClass.standard
      if let shares = premiumShares, random.unit() < shares[interval] {
        contactClass = .premium
      }
      let index = contactClass.rawValue * count + interval
      tally.arrived[index] += 1
      if idle > 0 {
        idle -= 1
        busy += 1
        tally.answered[index] += 1
        tally.answeredWithin[index] += 1
        completions.insert(now + drawHandleTime())
        return
      }
      tally.waited[index] += 1
      let deadline = patience.map { now + random.exponential(mean: $0) } ?? .infinity
      let contact = WaitingContact(
        arrival: now, deadline: deadline, interval: Int32(interval),
        contactClass: UInt8(contactClass.rawValue))
      if premiumFirst && contactClass == .premium {
        premiumLine.append(contact)
      } else {
        standardLine.append(contact)
      }
    }

    for interval in 0..<count {
      let end = Double(interval + 1) * intervalSeconds
      staff(presentAgents(rostered: agents[interval], random: &random))
      var rate = arrivals[interval] / intervalSeconds
      if case .gammaMixed(let cv) = arrivalVariability, rate > 0 {
        let shape = 1 / (cv * cv)
        rate *= random.gamma(shape: shape) / shape
      }
      let meanGap = rate > 0 ? 1 / rate : .infinity
      var nextArrival = rate > 0 ? now + random.exponential(mean: meanGap) : .infinity
      busyArea = 0
      dutyArea = 0
      while true {
        let completion = completions.earliest
        if completion <= nextArrival {
          guard completion < end else { break }
          advance(to: completion)
          complete()
        } else {
          guard nextArrival < end else { break }
          advance(to: nextArrival)
          arrive(interval: interval)
          nextArrival = now + random.exponential(mean: meanGap)
        }
      }
      advance(to: end)
      tally.busySeconds[interval] = busyArea
      tally.onDutySeconds[interval] = dutyArea
      func abandon(_ contact: WaitingContact) {
        tally.abandoned[Int(contact.contactClass) * count + Int(contact.interval)] += 1
      }
      let waiting = premiumLine.removeAbandoned(at: end, abandon)
        + standardLine.removeAbandoned(at: end, abandon)
      tally.waitingAtEnd[interval] = Double(waiting)
    }

    // One target time past the horizon, no arrivals, the last interval's agents.
    let close = Double(count) * intervalSeconds + target
    while completions.earliest < close {
      advance(to: completions.earliest)
      complete()
    }
    now = close
    for line in [premiumLine, standardLine] {
      var remaining = line
      remaining.drain { contact in
        if contact.deadline <= close {
          tally.abandoned[Int(contact.contactClass) * count + Int(contact.interval)] += 1
        }
      }
    }
    return tally
  }

  /// Agents present out of `rostered` under the shrinkage model.
  /// - Complexity: O(rostered) for random absence, O(1) otherwise.
  private func presentAgents(rostered: Int, random: inout SeededRandom) -> Int {
    switch shrinkage {
    case .none:
      return rostered
    case .randomAbsence(let rate):
      guard rate > 0 else { return rostered }
      var present = 0
      for _ in 0..<rostered where random.unit() >= rate { present += 1 }
      return present
    case .reduction(let rate):
      return Int((Double(rostered) * (1 - rate) + 1e-9).rounded(.down))
    }
  }
}
