import Foundation
import Optimization

/// Limits of the rotation MIP (`RotationModel`) that repairs a constructed rotation.
public struct RotationSolverLimits: Sendable, Equatable {
  /// Wall-clock limit of one solve, in seconds.
  public var seconds: Double
  /// How many lines beyond the construction's count to try when L lines cannot meet every
  /// rule (each extra line is one more agent on the roster).
  public var extraLines: Int
  /// The largest model solved: lines × shift types of the week (the binaries that place
  /// shifts). Above it the construction stands and the summary says so; 3,000 covers a
  /// region of 40 lines with 75 distinct shifts a week (the shipped scenarios need ≤ 1,100
  /// and solve in ≤ 3 s), while a 200-line region (11,000) takes minutes.
  public var maxVariables: Int

  public init(seconds: Double = 10, extraLines: Int = 2, maxVariables: Int = 3000) {
    self.seconds = seconds
    self.extraLines = extraLines
    self.maxVariables = maxVariables
  }
}

extension RotationGenerator {
  /// The outcome of repairing one region's rotation with the MIP.
  struct Repair {
    var lines: [[RotationShift?]]
    var unmet: [RuleViolation]
    var notes: [String]
  }

  /// Re-solves a region's rotation as `RotationModel`, starting from the constructed lines,
  /// first with the same number of lines and then with up to `limits.extraLines` more, and
  /// keeps the lines that break the fewest rules (checked by `check`, not by the model).
  /// - Complexity: one MIP solve per line count tried, each bounded by `limits.seconds`.
  static func improve(
    _ constructed: [[RotationShift?]], daily: [[RotationShift]], unmet: [RuleViolation],
    region: String, zone: TimeZone, rules: LabourRules, averagingWeeks: Int?,
    limits: RotationSolverLimits
  ) -> Repair {
    var best = Repair(lines: constructed, unmet: unmet, notes: [])
    let weekTypes = daily.reduce(0) { $0 + Set($1).count }
    let size = (constructed.count + max(0, limits.extraLines)) * weekTypes
    guard size <= limits.maxVariables else {
      best.notes.append(
        "\(region): the rotation MIP was not run: up to "
          + "\(constructed.count + max(0, limits.extraLines)) lines × \(weekTypes) "
          + "shift types a week is \(size) placement variables, above its limit of "
          + "\(limits.maxVariables); the \(unmet.count) rule breaks of the construction stand")
      return best
    }
    let empty = [RotationShift?](repeating: nil, count: 7)
    // Line counts whose model was solved to optimality with rules still broken (proof that
    // so few lines cannot meet them), and those stopped at the limit first.
    var proven: [Int] = []
    var stopped: [Int] = []
    for extra in 0...max(0, limits.extraLines) {
      let count = constructed.count + extra
      let start = best.lines + Array(repeating: empty, count: count - best.lines.count)
      do {
        let model = try RotationModel(
          daily: daily, lines: count, rules: rules, averagingWeeks: averagingWeeks)
        let result = try solve(
          model.model, options: SolveOptions(timeLimit: limits.seconds, mipStart: model.start(from: start)))
        guard let lines = model.lines(from: result) else {
          best.notes.append("\(region): the rotation MIP with \(count) lines found no solution "
            + "(\(result.status.rawValue))")
          continue
        }
        let found = check(
          lines, region: region, zone: zone, rules: rules, averagingWeeks: averagingWeeks)
        if !found.isEmpty {
          if result.status == .optimal { proven.append(count) } else { stopped.append(count) }
        }
        guard found.count < best.unmet.count else { continue }
        best.lines = lines
        best.unmet = found
      } catch {
        best.notes.append("\(region): the rotation MIP with \(count) lines failed: \(error)")
      }
      if best.unmet.isEmpty { break }
    }
    if best.lines.count > constructed.count {
      let fewer = (constructed.count..<best.lines.count).map { count in
        proven.contains(count)
          ? "\(count) lines cannot meet every labour rule (solved to optimality)"
          : "no rule-free rotation of \(count) lines was found within the solver's limit"
      }
      best.notes.append(
        "\(region): \(best.lines.count) lines (\(best.lines.count - constructed.count) more than "
          + "the \(constructed.count) the construction used; each line is one agent): "
          + fewer.joined(separator: "; "))
    }
    if !best.unmet.isEmpty {
      best.notes.append(
        "\(region): \(best.unmet.count) rule breaks remain after the rotation MIP "
          + "(\(constructed.count)–\(constructed.count + limits.extraLines) lines; "
          + (stopped.isEmpty
            ? "each solved to optimality, so these rules cannot all be met)"
            : "stopped at the \(Int(limits.seconds.rounded())) s limit with "
              + stopped.map(String.init).joined(separator: ", ") + " lines)"))
    }
    return best
  }
}
