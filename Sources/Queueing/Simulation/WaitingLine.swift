/// A contact waiting for an agent.
struct WaitingContact {
  /// When it arrived, seconds from the start of the horizon.
  var arrival: Double
  /// When its patience ends (+∞ without abandonment).
  var deadline: Double
  /// The interval it arrived in.
  var interval: Int32
  /// `ContactClass` raw value.
  var contactClass: UInt8
}

/// A first-in, first-out line of waiting contacts in a flat array with a moving head.
///
/// Abandonment is lazy: a contact whose patience ended stays in the line until it reaches
/// the head, where the simulation counts it as abandoned and skips it. With FIFO order that
/// gives the same answers and abandonments as removing it at its deadline. At each interval
/// end the simulation also purges the abandoned (`removeAbandoned`), so counting the backlog
/// costs O(live backlog) even when no agent ever reaches the head.
struct WaitingLine {
  private var contacts: [WaitingContact] = []
  private var head = 0

  init(capacity: Int) { contacts.reserveCapacity(capacity) }

  var isEmpty: Bool { head == contacts.count }

  mutating func append(_ contact: WaitingContact) { contacts.append(contact) }

  /// Removes and returns the contact at the head, or nil.
  /// - Complexity: amortised O(1) (the array is compacted when half is consumed).
  @inline(__always)
  mutating func removeFirst() -> WaitingContact? {
    guard head < contacts.count else { return nil }
    let contact = contacts[head]
    head += 1
    if head >= 4096 && head * 2 >= contacts.count {
      contacts.removeFirst(head)
      head = 0
    }
    return contact
  }

  /// Removes the contacts whose patience ended by `time`, passing each to `abandoned`, and
  /// returns how many still wait. Order is kept, so FIFO answers are unchanged; the line
  /// then holds only live contacts, so repeated counts stay O(backlog).
  /// - Complexity: O(length of the line).
  mutating func removeAbandoned(at time: Double, _ abandoned: (WaitingContact) -> Void)
    -> Int
  {
    var kept = 0
    for index in head..<contacts.count {
      let contact = contacts[index]
      if contact.deadline <= time {
        abandoned(contact)
      } else {
        contacts[kept] = contact
        kept += 1
      }
    }
    contacts.removeLast(contacts.count - kept)
    head = 0
    return kept
  }

  /// Visits every contact still in line (abandoned or not) and empties the line.
  mutating func drain(_ body: (WaitingContact) -> Void) {
    for index in head..<contacts.count { body(contacts[index]) }
    contacts.removeAll(keepingCapacity: true)
    head = 0
  }
}
