import Foundation

/// How far the weekly shift design has got, reported while it runs (for a progress bar).
///
/// Objective values are the covering model's (paid hours plus coverage penalties, so paid
/// hours when nothing is left uncovered). `incumbent` is the best whole plan held so far;
/// `lowerBound` the best proven bound (the LP relaxation, or CBC's when it returns higher).
public struct ShiftDesignProgress: Sendable, Equatable {
  /// What the design is doing.
  public enum Phase: Sendable, Equatable {
    /// Solving the LP relaxation (the bound).
    case relaxation
    /// Rounding, repair and local improvement of the LP counts.
    case heuristic
    /// The LP dive: `step` of at most `steps` LP re-solves done.
    case dive(step: Int, steps: Int)
    /// CBC's branch and bound, `elapsed` seconds of at most `limit` (nil: no limit). CBC
    /// 2.10's C interface reports nothing until it returns, so the incumbent shown during
    /// this phase is the plan CBC was started from.
    case solver(elapsed: Double, limit: Double?)
    /// The design is done; the values are final.
    case finished
  }

  public var phase: Phase
  /// Seconds since the design started.
  public var elapsed: Double
  public var incumbent: Double?
  public var lowerBound: Double?

  public init(phase: Phase, elapsed: Double, incumbent: Double?, lowerBound: Double?) {
    self.phase = phase
    self.elapsed = elapsed
    self.incumbent = incumbent
    self.lowerBound = lowerBound
  }

  /// (incumbent − lowerBound) / incumbent, clamped at 0; nil until both are known.
  public var gap: Double? {
    guard let incumbent, let lowerBound, incumbent > 0 else { return nil }
    return max(0, (incumbent - lowerBound) / incumbent)
  }
}

/// Receives `ShiftDesignProgress`; called on the designing thread, and during the CBC phase
/// also from a timer thread about four times a second.
public typealias ShiftDesignObserver = @Sendable (ShiftDesignProgress) -> Void

/// Calls `report` every `interval` seconds on a background queue until `stop()`.
final class ProgressTicker: @unchecked Sendable {
  private let timer: DispatchSourceTimer
  /// Guards `stopped` and serialises ticks with `stop()`.
  private let lock = NSLock()
  private var stopped = false

  init(interval: Double, _ report: @escaping @Sendable () -> Void) {
    timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "staffplan.progress"))
    timer.schedule(deadline: .now() + interval, repeating: interval)
    timer.setEventHandler { [weak self] in self?.tick(report) }
    timer.resume()
  }

  private func tick(_ report: () -> Void) {
    lock.lock()
    defer { lock.unlock() }
    if !stopped { report() }
  }

  /// Cancels the timer; once it returns no tick reports again.
  func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    stopped = true
    timer.cancel()
  }

  deinit { stop() }
}
