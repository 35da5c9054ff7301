import Testing

@testable import Planning

/// The libyaml-backed reader: node kinds, scalar styles and 1-based marks counted by hand.
@Suite struct YAMLReaderTests {
  @Test func nodesCarryTheirPlaceAndStyle() throws {
    let text = "a: 1\nb:\n  - 'x'\n  - { c: d }\n"
    let root = try YAMLReader.parse(text, file: "f.yaml")
    let entries = try #require(root.entries)
    #expect(entries.map(\.key) == ["a", "b"])
    #expect(entries[0].value.content == .scalar("1", .plain))
    #expect(entries[0].value.mark == SourceMark(file: "f.yaml", line: 1, column: 4))
    let items = try #require(entries[1].value.items)
    #expect(items[0].content == .scalar("x", .quoted))
    #expect(items[0].mark == SourceMark(file: "f.yaml", line: 3, column: 5))
    #expect(items[1].mark == SourceMark(file: "f.yaml", line: 4, column: 5))
    #expect(items[1].entries?.first?.keyMark == SourceMark(file: "f.yaml", line: 4, column: 7))
  }

  @Test func aliasesAndSecondDocumentsAreRejected() {
    #expect(throws: ScenarioLoadError.self) { try YAMLReader.parse("a: 1\n---\nb: 2\n", file: "f") }
    do {
      _ = try YAMLReader.parse("a: &x 1\nb: *x\n", file: "f.yaml")
      Issue.record("an alias was accepted")
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "error: f.yaml:1:4: anchors (&x) are not supported; write the value out, or use "
            + "'base:'",
          "error: f.yaml:2:4: aliases (*x) are not supported; write the value out, or use "
            + "'base:'",
        ])
    }
  }
}
