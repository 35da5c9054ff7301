import Foundation
import Planning
import Testing

@testable import StaffPlanCLI

/// A console that says standard error is a terminal, to see the live bar.
private final class TerminalConsole: Console {
  var error = ""
  func writeOutput(_ text: String) {}
  func writeError(_ text: String) { error += text }
  var errorIsTerminal: Bool { true }
}

@Suite("Shift design progress bar")
struct ShiftDesignBarTests {
  private func dive(_ step: Int) -> ShiftDesignProgress {
    ShiftDesignProgress(
      phase: .dive(step: step, steps: 40), elapsed: Double(step), incumbent: 1011.5,
      lowerBound: 947.8)
  }

  @Test("a terminal gets one live line redrawn in place with incumbent, bound and gap")
  func liveBar() {
    let console = TerminalConsole()
    let bar = ShiftDesignBar(console: console, enabled: true, label: "shift design")
    bar.show(dive(20))
    // Half the dive: 8 of 16 cells filled. Gap by hand: (1011.5 − 947.8) / 1011.5 = 6.3%.
    #expect(
      console.error
        == "\r\u{1B}[Kshift design ▕████████········▏ LP dive 20/40 · incumbent 1011.5 · "
        + "bound 947.8 · gap 6.3% · 20.0 s")
    #expect(!console.error.contains("\n"))
  }

  @Test("without a terminal: one plain line per phase and per quarter of the dive")
  func plainLines() {
    let console = CapturedConsole()
    let bar = ShiftDesignBar(console: console, enabled: true, label: "shift design")
    for step in 0...40 { bar.show(dive(step)) }
    bar.show(
      ShiftDesignProgress(phase: .finished, elapsed: 41, incumbent: 1000, lowerBound: 950))
    let lines = console.error.split(separator: "\n")
    // Steps 0, 10, 20, 30 and 40 start a new quarter; then the final line.
    #expect(lines.count == 6)
    #expect(lines.last == "shift design: done · incumbent 1000.0 · bound 950.0 · gap 5.0% · 41.0 s")
  }

  @Test("disabled (--quiet) hands no observer to the design")
  func quiet() {
    let bar = ShiftDesignBar(console: CapturedConsole(), enabled: false, label: "x")
    #expect(bar.observer == nil)
  }
}
