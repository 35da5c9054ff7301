/// What CBC reports while a MIP is being solved (`solve(_:options:progress:)`).
///
/// Values are in the model's objective (`solve` turns CBC's minimisation sense back for a
/// maximisation); `bound` is the best possible objective of the model CBC is solving.
public struct SolveProgress: Sendable, Equatable {
  /// CBC's own clock, seconds since its solve began.
  public var seconds: Double
  /// The best integer solution's objective so far (nil until one is found).
  public var incumbent: Double?
  /// The best possible objective so far (nil until the root LP is solved).
  public var bound: Double?
  /// Branch-and-bound nodes explored (nil before branching starts).
  public var nodes: Int?

  public init(seconds: Double, incumbent: Double?, bound: Double?, nodes: Int?) {
    self.seconds = seconds
    self.incumbent = incumbent
    self.bound = bound
    self.nodes = nodes
  }

  /// Reads one line of CBC's log and returns the progress it states, or nil for a line
  /// that states none. Understood (CBC 2.10.8 message texts):
  /// - `Cbc0010I After 100 nodes, 5 on tree, 989 best solution, best possible 947.7 (3.21 seconds)`
  /// - `Cbc0012I Integer solution of 985 found by DiveCoefficient after 1234 iterations and
  ///   50 nodes (4.50 seconds)` (also Cbc0004I, Cbc0016I: "Integer solution of …")
  /// - `Cbc0045I MIPStart provided solution with cost 1011.5`
  /// - `Cbc0013I At root node, 7 cuts changed objective from 940.1 to 947.7 in 10 passes`
  ///
  /// Fields a line does not state are taken from `previous`. Values are CBC's, which
  /// minimises internally (a maximisation's values come negated); CBC's "none yet"
  /// placeholder (|value| ≥ 10⁵⁰) reads as nil.
  public static func parse(line: String, previous: SolveProgress) -> SolveProgress? {
    guard let next = parseRaw(line: line, previous: previous) else { return nil }
    var cleaned = next
    if let value = cleaned.incumbent, !(abs(value) < 1e50) { cleaned.incumbent = nil }
    if let value = cleaned.bound, !(abs(value) < 1e50) { cleaned.bound = nil }
    return cleaned
  }

  private static func parseRaw(line: String, previous: SolveProgress) -> SolveProgress? {
    var next = previous
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    func number(after phrase: [String]) -> Double? {
      guard phrase.count <= words.count else { return nil }
      for start in 0...(words.count - phrase.count)
      where Array(words[start..<(start + phrase.count)]) == phrase {
        let index = start + phrase.count
        guard index < words.count else { return nil }
        return Double(words[index].trimmingCharacters(in: ["(", ")", ","]))
      }
      return nil
    }
    func seconds() -> Double? {
      guard let index = words.lastIndex(where: { $0.hasPrefix("seconds") }), index > 0 else {
        return nil
      }
      return Double(words[index - 1].trimmingCharacters(in: ["("]))
    }
    if words.first == "Cbc0010I" {
      guard let nodes = number(after: ["After"]).flatMap({ Int(exactly: $0) }) else {
        return nil
      }
      next.nodes = nodes
      if let index = words.firstIndex(of: "best"), index > 0, index + 1 < words.count,
        words[index + 1] == "solution,", let value = Double(words[index - 1])
      {
        next.incumbent = value
      }
      if let bound = number(after: ["best", "possible"]) { next.bound = bound }
      if let time = seconds() { next.seconds = time }
      return next
    }
    if let value = number(after: ["Integer", "solution", "of"]) {
      next.incumbent = value  // CBC reports only improving solutions
      if let time = seconds() { next.seconds = time }
      return next
    }
    if words.first == "Cbc0045I", let value = number(after: ["solution", "with", "cost"]) {
      next.incumbent = value
      return next
    }
    if words.first == "Cbc0013I", let value = number(after: ["to"]) {
      next.bound = value
      return next
    }
    return nil
  }
}

/// Receives `SolveProgress` from a background thread while CBC runs.
public typealias SolveObserver = @Sendable (SolveProgress) -> Void
