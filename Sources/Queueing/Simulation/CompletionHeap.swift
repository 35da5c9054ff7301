/// The times at which busy agents finish, as a binary min-heap in a flat array.
///
/// Agents are interchangeable in the model (no skills, no identities), so the heap holds
/// times only; the simulation counts busy agents separately.
struct CompletionHeap {
  private var times: [Double] = []

  init(capacity: Int) { times.reserveCapacity(capacity) }

  var isEmpty: Bool { times.isEmpty }
  var count: Int { times.count }

  /// The earliest completion, or +∞ when no one is busy.
  @inline(__always)
  var earliest: Double { times.first ?? .infinity }

  /// - Complexity: O(log n).
  mutating func insert(_ time: Double) {
    times.append(time)
    var child = times.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard times[parent] > time else { break }
      times[child] = times[parent]
      child = parent
    }
    times[child] = time
  }

  /// Removes the earliest completion. Requires a non-empty heap.
  /// - Complexity: O(log n).
  mutating func removeEarliest() {
    let last = times.removeLast()
    guard !times.isEmpty else { return }
    let count = times.count
    var parent = 0
    while true {
      var child = 2 * parent + 1
      guard child < count else { break }
      if child + 1 < count && times[child + 1] < times[child] { child += 1 }
      guard times[child] < last else { break }
      times[parent] = times[child]
      parent = child
    }
    times[parent] = last
  }

  mutating func removeAll() { times.removeAll(keepingCapacity: true) }
}
