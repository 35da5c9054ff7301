import Testing
import Optimization

@Suite("Model builder")
struct ModelTests {
  @Test func duplicateNamesAreErrors() throws {
    var model = try OptimizationModel(name: "dupes")
    let x = try model.addVariable("x")
    #expect(throws: ModelError.duplicateVariableName("x")) { try model.addVariable("x") }
    try model.addRow("r", [(x, 1)], .lessOrEqual, 1)
    #expect(throws: ModelError.duplicateRowName("r")) {
      try model.addRow("r", [(x, 1)], .lessOrEqual, 2)
    }
    // A variable and a row may share a name: MPS keeps them in separate namespaces.
    try model.addRow("x", [(x, 1)], .greaterOrEqual, 0)
    #expect(model.rows.count == 2)
  }

  @Test(arguments: ["", "has space", "tab\there", "Enterprise_24×7", "*comment", "$dollar"])
  func unsafeNamesAreRejected(name: String) throws {
    var model = try OptimizationModel(name: "names")
    #expect(throws: ModelError.self) { try model.addVariable(name) }
    #expect(throws: ModelError.self) { try OptimizationModel(name: name) }
    #expect(!OptimizationModel.isValidName(name))
    #expect(OptimizationModel.isValidName(OptimizationModel.sanitizedName(name)))
  }

  // Each non-printable-ASCII scalar becomes one underscore: "×" is U+00D7.
  @Test func sanitizedNames() {
    #expect(OptimizationModel.sanitizedName("Enterprise 24×7") == "Enterprise_24_7")
    #expect(OptimizationModel.sanitizedName("*x") == "_x")
    #expect(OptimizationModel.sanitizedName("") == "_")
    #expect(OptimizationModel.sanitizedName("ok-name.1") == "ok-name.1")
    let long = String(repeating: "a", count: 300)
    #expect(OptimizationModel.sanitizedName(long).count == OptimizationModel.maximumNameLength)
  }

  @Test func invalidNumbersAreErrors() throws {
    var model = try OptimizationModel(name: "numbers")
    #expect(throws: ModelError.invalidBounds(variable: "v", lower: 2, upper: 1)) {
      try model.addVariable("v", lowerBound: 2, upperBound: 1)
    }
    #expect(throws: ModelError.self) { try model.addVariable("w", lowerBound: .infinity) }
    #expect(throws: ModelError.self) { try model.addVariable("n", objective: .nan) }
    let x = try model.addVariable("x")
    #expect(throws: ModelError.self) { try model.addRow("r", [(x, .infinity)], .equal, 1) }
    #expect(throws: ModelError.self) { try model.addRow("s", [(x, 1)], .equal, .nan) }
    #expect(throws: ModelError.unknownVariable(row: "t", index: 7)) {
      try model.addRow("t", [(VariableID(index: 7), 1)], .equal, 1)
    }
  }

  // 2x + 3x = 5x; x − x vanishes and leaves only y.
  @Test func repeatedTermsAreMerged() throws {
    var model = try OptimizationModel(name: "merge")
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    try model.addRow("a", [(x, 2), (y, 1), (x, 3)], .lessOrEqual, 10)
    try model.addRow("b", [(x, 1), (y, 4), (x, -1)], .lessOrEqual, 10)
    #expect(model.rows[0].terms == [Term(x, 5), Term(y, 1)])
    #expect(model.rows[1].terms == [Term(y, 4)])
  }

  @Test func errorMessagesNameTheProblem() {
    let message = ModelError.duplicateRowName("cover_Mon1").description
    #expect(message.contains("cover_Mon1"))
    #expect(SolveError.unknownStartVariable("x_7").description.contains("x_7"))
  }
}
