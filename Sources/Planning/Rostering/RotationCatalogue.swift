/// The standard 24/7 and 24×5 rotation patterns of DESIGN.md §4, by name.
///
/// Each pattern is crew A's cycle (`D`, `S`, `N` work, `O` off) and an offset: crew j works
/// crew A's day `d − j × offset` on day `d`. Shift times (local wall clock, chosen here and
/// documented because the table gives only lengths):
/// - 12 h: D 07:00–19:00, N 19:00–07:00.
/// - 8 h: D 07:00–15:00, S 15:00–23:00, N 23:00–07:00.
/// - 10 h (5-3-5-4-5-3, 5 crews × 10 h = 30 h a day): D 06:00–16:00, S 14:00–00:00,
///   N 22:00–08:00, so each hand-over has a 2-hour overlap.
/// Sources: the DESIGN.md §4 table; the Panama 2-2-3, DuPont, continental and southern-swing
/// cycles as published in shift-scheduling references (e.g. Shiftboard, "12-hour shift
/// schedules"; Wikipedia "Shift work").
public enum RotationCatalogue {
  /// A pattern of the table.
  public struct Entry: Sendable, Equatable {
    public var name: String
    /// Crew A's cycle, or one string per crew when crews differ (Panama fixed, 24×5 fixed).
    public var crewCycles: [String]
    public var offsetDays: Int
    public var crewCount: Int
    /// Start minute (local) and length per label.
    public var shifts: [String: (start: Int, length: Int)]

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
      lhs.name == rhs.name && lhs.crewCycles == rhs.crewCycles
        && lhs.offsetDays == rhs.offsetDays && lhs.crewCount == rhs.crewCount
    }
  }

  static let twelveHour: [String: (start: Int, length: Int)] = [
    "D": (7 * 60, 720), "N": (19 * 60, 720),
  ]
  static let eightHour: [String: (start: Int, length: Int)] = [
    "D": (7 * 60, 480), "S": (15 * 60, 480), "N": (23 * 60, 480),
  ]
  static let tenHour: [String: (start: Int, length: Int)] = [
    "D": (6 * 60, 600), "S": (14 * 60, 600), "N": (22 * 60, 600),
  ]

  /// Every pattern, in the order of the DESIGN.md table.
  public static let entries: [Entry] = [
    // Panama 2-2-3 fixed: two day crews (A, B = A + 7 d) and two night crews (C, D) on the
    // same cycle; each pair covers every day once.
    Entry(
      name: "panama",
      crewCycles: [
        "DDOODDDOODDOOO", "OODDOOODDOODDD", "NNOONNNOONNOOO", "OONNOOONNOONNN",
      ], offsetDays: 7, crewCount: 4, shifts: twelveHour),
    Entry(
      name: "panama-rotating", crewCycles: ["DDOODDDOODDOOONNOONNNOONNOOO"], offsetDays: 7,
      crewCount: 4, shifts: twelveHour),
    Entry(
      name: "dupont", crewCycles: ["NNNNOOODDDONNNOOODDDDOOOOOOO"], offsetDays: 7,
      crewCount: 4, shifts: twelveHour),
    Entry(
      name: "4on4off", crewCycles: ["DDDDOOOONNNNOOOO"], offsetDays: 4, crewCount: 4,
      shifts: twelveHour),
    Entry(
      name: "continental", crewCycles: ["DDSSSNNOODDDSSNNOOODDSSNNNOO"], offsetDays: 7,
      crewCount: 4, shifts: eightHour),
    Entry(
      name: "metropolitan", crewCycles: ["DDSSNNOO"], offsetDays: 2, crewCount: 4,
      shifts: eightHour),
    Entry(
      name: "southern-swing", crewCycles: ["DDDDDDDOOSSSSSSSOONNNNNNNOOO"], offsetDays: 7,
      crewCount: 4, shifts: eightHour),
    Entry(
      name: "5-3-5-4-5-3", crewCycles: ["DDDDDOOONNNNNOOOOSSSSSOOO"], offsetDays: 5,
      crewCount: 5, shifts: tenHour),
    Entry(
      name: "24x5-fixed", crewCycles: ["DDDDDOO", "SSSSSOO", "NNNNNOO"], offsetDays: 0,
      crewCount: 3, shifts: eightHour),
  ]

  /// Other spellings accepted by `pattern(named:)`.
  static let aliases = ["panama-fixed": "panama", "4-on-4-off": "4on4off", "24x5": "24x5-fixed"]

  /// Every accepted name.
  public static var names: [String] { entries.map(\.name) }

  /// The pattern called `name` as a `Rotation` (crews named A, B, C, …), or `nil`.
  /// - Complexity: O(crews × cycle days).
  public static func pattern(named name: String) -> Rotation? {
    let key = aliases[name] ?? name
    guard let entry = entries.first(where: { $0.name == key }) else { return nil }
    return rotation(entry)
  }

  static func rotation(_ entry: Entry) -> Rotation {
    let cycle = entry.crewCycles.first?.count ?? 0
    var crews: [Rotation.Crew] = []
    for index in 0..<entry.crewCount {
      let text: [Character]
      let shift: Int
      if entry.crewCycles.count == entry.crewCount {
        text = Array(entry.crewCycles[index])
        shift = 0
      } else {
        text = Array(entry.crewCycles.first ?? "")
        shift = index * entry.offsetDays
      }
      let days: [RotationShift?] = (0..<cycle).map { day in
        let letter = String(text[((day - shift) % cycle + cycle) % cycle])
        guard let time = entry.shifts[letter] else { return nil }
        return RotationShift(label: letter, startMinute: time.start, lengthMinutes: time.length)
      }
      let crewName = String(UnicodeScalar(UInt8(65 + index)))
      crews.append(Rotation.Crew(name: crewName, days: days))
    }
    return Rotation(name: entry.name, clock: .local, cycleDays: cycle, crews: crews)
  }
}
