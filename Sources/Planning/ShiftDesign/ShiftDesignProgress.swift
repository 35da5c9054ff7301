import Foundation
import Optimization

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
    /// CBC's branch and bound, `elapsed` seconds of at most `limit` (nil: no limit); the
    /// incumbent follows CBC's log as it finds better plans.
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

/// The CBC phase of the design as progress: CBC's log updates the incumbent (and, on the
/// full model, the bound), and a tick four times a second reports the clock in between.
final class SolverPhaseWatch: @unchecked Sendable {
  private let observer: ShiftDesignObserver
  private let designStarted: Date
  private let solverStarted = Date()
  private let limit: Double?
  private let boundIsGlobal: Bool
  /// Guards the values and serialises calls to the observer.
  private let lock = NSLock()
  private var incumbent: Double
  private var bound: Double
  private var stopped = false
  private var ticker: ProgressTicker?

  init(
    observer: @escaping ShiftDesignObserver, designStarted: Date, limit: Double?,
    incumbent: Double, bound: Double, boundIsGlobal: Bool
  ) {
    self.observer = observer
    self.designStarted = designStarted
    self.limit = limit
    self.incumbent = incumbent
    self.bound = bound
    self.boundIsGlobal = boundIsGlobal
    ticker = ProgressTicker(interval: 0.25) { [weak self] in self?.emit(nil) }
  }

  /// The observer to hand to `solve`.
  var solveObserver: SolveObserver { { [weak self] progress in self?.emit(progress) } }

  private func emit(_ update: SolveProgress?) {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    if let value = update?.incumbent { incumbent = min(incumbent, value) }
    if boundIsGlobal, let value = update?.bound { bound = max(bound, min(value, incumbent)) }
    let now = Date()
    observer(
      ShiftDesignProgress(
        phase: .solver(elapsed: now.timeIntervalSince(solverStarted), limit: limit),
        elapsed: now.timeIntervalSince(designStarted), incumbent: incumbent, lowerBound: bound))
  }

  /// Stops the ticks; no report follows once it returns.
  func stop() {
    ticker?.stop()
    lock.lock()
    stopped = true
    lock.unlock()
  }
}
