import Foundation
import Planning
import Reports

/// The shift design's progress on standard error: a live bar with the phase, incumbent,
/// bound and gap when stderr is a terminal (redrawn at most ten times a second), one plain
/// line per phase (and per quarter of the LP dive) otherwise, nothing when disabled.
///
/// Values are the covering model's objective: paid hours a week plus the coverage penalties
/// (so paid hours when every interval is covered).
final class ShiftDesignBar: @unchecked Sendable {
  private let console: Console
  private let enabled: Bool
  private let label: String
  /// Guards the fields below and the console writes (the CBC phase reports from a timer).
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var lastPlainKey = ""

  init(console: Console, enabled: Bool, label: String) {
    self.console = console
    self.enabled = enabled
    self.label = label
  }

  /// Whether the design should follow CBC's log for live incumbents: only for the live bar
  /// on a terminal (reading the log redirects standard output while CBC runs).
  var followsSolverLog: Bool { enabled && console.errorIsTerminal }

  /// The observer to hand to the shift design; nil when disabled.
  var observer: ShiftDesignObserver? {
    guard enabled else { return nil }
    return { [self] progress in self.show(progress) }
  }

  func show(_ progress: ShiftDesignProgress) {
    lock.lock()
    defer { lock.unlock() }
    if console.errorIsTerminal {
      let now = Date()
      guard progress.phase == .finished || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
      lastDraw = now
      console.writeError("\r\u{1B}[K" + Self.liveLine(label, progress))
    } else {
      let key = Self.plainKey(progress.phase)
      guard key != lastPlainKey else { return }
      lastPlainKey = key
      console.writeError(label + ": " + Self.figures(progress, withPhase: true) + "\n")
    }
  }

  /// `schedule ▕██████········▏ LP dive 12/40 · incumbent 1003.0 · bound 947.8 · gap 5.5% · 8.2 s`
  static func liveLine(_ label: String, _ progress: ShiftDesignProgress) -> String {
    let bar = progressBar(fraction: fraction(progress.phase), width: 16)
    return "\(label) ▕\(bar)▏ " + figures(progress, withPhase: true)
  }

  /// Phase, incumbent, bound, gap and elapsed time.
  static func figures(_ progress: ShiftDesignProgress, withPhase: Bool) -> String {
    var parts: [String] = []
    if withPhase { parts.append(phaseText(progress.phase)) }
    parts.append("incumbent " + (progress.incumbent.map(oneDecimal) ?? "none yet"))
    parts.append("bound " + (progress.lowerBound.map(oneDecimal) ?? "…"))
    if let gap = progress.gap { parts.append("gap " + String(format: "%.1f%%", gap * 100)) }
    parts.append(String(format: "%.1f s", progress.elapsed))
    return parts.joined(separator: " · ")
  }

  static func phaseText(_ phase: ShiftDesignProgress.Phase) -> String {
    switch phase {
    case .relaxation: return "LP relaxation"
    case .heuristic: return "rounding and repair"
    case .dive(let step, let steps): return "LP dive \(step)/\(steps)"
    case .solver(let elapsed, let limit):
      let limitText = limit.map { " of " + NumberText.trimmed($0) + " s" } ?? ""
      return "CBC " + String(format: "%.0f s", elapsed) + limitText
    case .finished: return "done"
    }
  }

  /// How far the phase is, 0…1: the dive by steps, CBC by its time limit.
  static func fraction(_ phase: ShiftDesignProgress.Phase) -> Double {
    switch phase {
    case .relaxation, .heuristic: return 0
    case .dive(let step, let steps): return steps > 0 ? min(1, Double(step) / Double(steps)) : 1
    case .solver(let elapsed, let limit):
      guard let limit, limit > 0 else { return 0 }
      return min(1, elapsed / limit)
    case .finished: return 1
    }
  }

  /// Plain output changes line only when this key changes: each phase, and each quarter of
  /// the dive.
  static func plainKey(_ phase: ShiftDesignProgress.Phase) -> String {
    switch phase {
    case .relaxation: return "relaxation"
    case .heuristic: return "heuristic"
    case .dive(let step, let steps): return "dive \(steps > 0 ? step * 4 / steps : 4)"
    case .solver: return "solver"
    case .finished: return "finished"
    }
  }

  private static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
