import Testing

@testable import Planning

/// The rotation invariants of DESIGN.md §4 and `scheduling-public.md`: every shift of every
/// day covered by exactly one crew, and the table's average weekly hours.
struct RotationCatalogueTests {
  /// (name, crew A as printed in the DESIGN.md §4 table, labels of a day, average h/week
  /// from the table's last column).
  static let table: [(String, String, [String], Double)] = [
    ("panama", "DDOODDDOODDOOO", ["D", "N"], 42),
    ("panama-rotating", "DDOODDDOODDOOONNOONNNOONNOOO", ["D", "N"], 42),
    ("dupont", "NNNNOOODDDONNNOOODDDDOOOOOOO", ["D", "N"], 42),
    ("4on4off", "DDDDOOOONNNNOOOO", ["D", "N"], 42),
    ("continental", "DDSSSNNOODDDSSNNOOODDSSNNNOO", ["D", "S", "N"], 42),
    ("metropolitan", "DDSSNNOO", ["D", "S", "N"], 42),
    ("southern-swing", "DDDDDDDOOSSSSSSSOONNNNNNNOOO", ["D", "S", "N"], 42),
    ("5-3-5-4-5-3", "DDDDDOOONNNNNOOOOSSSSSOOO", ["D", "S", "N"], 42),
    ("24x5-fixed", "DDDDDOO", ["D", "S", "N"], 40),
  ]

  @Test(arguments: 0..<table.count)
  func everyShiftOfEveryDayHasExactlyOneCrew(_ row: Int) throws {
    let (name, crewA, labels, _) = Self.table[row]
    let rotation = try #require(RotationCatalogue.pattern(named: name))
    #expect(rotation.crews[0].pattern == crewA)
    for (day, counts) in rotation.coverage().enumerated() {
      // 24×5: the desk is closed on Saturday and Sunday (cycle days 5 and 6).
      let open = name != "24x5-fixed" || day % 7 < 5
      for label in labels { #expect(counts[label, default: 0] == (open ? 1 : 0)) }
      #expect(counts.keys.allSatisfy(labels.contains))
    }
  }

  @Test(arguments: 0..<table.count)
  func averageWeeklyHoursMatchTheTable(_ row: Int) throws {
    let (name, _, _, hours) = Self.table[row]
    let rotation = try #require(RotationCatalogue.pattern(named: name))
    for crew in rotation.crews.indices {
      #expect(abs(rotation.averageWeeklyHours(crew: crew) - hours) < 1e-9)
    }
  }

  @Test func everyScenarioNameIsInTheCatalogue() {
    for name in RotationChoice.catalogue {
      #expect(RotationCatalogue.pattern(named: name) != nil)
    }
  }

  @Test func shiftTimesAreTheDocumentedOnes() throws {
    // 12 h: D 07:00–19:00, N 19:00–07:00 (the example).
    let panama = try #require(RotationCatalogue.pattern(named: "panama"))
    let day = try #require(panama.crews[0].days[0])
    #expect(day.startMinute == 7 * 60 && day.lengthMinutes == 12 * 60)
    let night = try #require(panama.crews[2].days[0])
    #expect(night.startMinute == 19 * 60 && night.label == "N")
  }
}
