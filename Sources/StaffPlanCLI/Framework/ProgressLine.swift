import Foundation

/// Progress of a long step on standard error: a live line when stderr is a terminal, plain
/// lines (at most one per 10%) otherwise, nothing when disabled (`--quiet`).
final class ProgressLine {
  private let console: Console
  private let enabled: Bool
  private let label: String
  private let started = Date()
  private var lastTenth = -1

  init(console: Console, enabled: Bool, label: String) {
    self.console = console
    self.enabled = enabled
    self.label = label
  }

  func update(_ done: Int, of total: Int) {
    guard enabled, total > 0 else { return }
    let elapsed = String(format: "%.1f s", Date().timeIntervalSince(started))
    if console.errorIsTerminal {
      let bar = progressBar(fraction: Double(done) / Double(total), width: 30)
      console.writeError("\r\(label) [\(bar)] \(done)/\(total) \(elapsed)")
    } else {
      let tenth = done * 10 / total
      if tenth != lastTenth {
        lastTenth = tenth
        console.writeError("\(label): \(done)/\(total) (\(elapsed))\n")
      }
    }
  }

  func finish() {
    guard enabled, console.errorIsTerminal else { return }
    console.writeError("\n")
  }
}

/// `width` cells, the first `fraction` of them filled (`██████········`); fraction clamped
/// to 0…1.
func progressBar(fraction: Double, width: Int) -> String {
  // The 1e-9 keeps 29/30 × 30 on 29 cells, as integer arithmetic gives.
  let filled = Int((min(1, max(0, fraction)) * Double(width) + 1e-9).rounded(.down))
  return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
}
