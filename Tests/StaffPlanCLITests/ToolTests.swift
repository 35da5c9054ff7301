import Testing
@testable import StaffPlanCLI

@Suite("staffplan dispatch, help and scenario")
struct ToolTests {
  @Test("no arguments prints the overview and exits 64; --help exits 0")
  func overview() {
    let bare = runTool([])
    #expect(bare.status == 64)
    #expect(bare.error.contains("erlang"))
    let help = runTool(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("Commands:"))
  }

  @Test("an unknown command suggests the closest")
  func unknownCommand() {
    let result = runTool(["erlnag"])
    #expect(result.status == 64)
    #expect(result.error.hasPrefix("error: unknown command 'erlnag'; did you mean 'erlang'?"))
  }

  @Test("every command's help lists its options and examples")
  func commandHelp() {
    for command in StaffPlanTool.commands {
      let result = runTool([command.spec.name, "--help"])
      #expect(result.status == 0)
      #expect(result.output.contains("Usage: staffplan \(command.spec.name)"))
      #expect(result.output.contains("Examples:"))
    }
  }

  @Test("scenario check accepts every shipped scenario")
  func shippedScenariosCheck() {
    for name in ["travis-baseline", "growth-50", "deflection-30", "enterprise-heavy", "tight-sla"] {
      let path = packageRoot.appendingPathComponent("scenarios/\(name).yaml").path
      let result = runTool(["scenario", "check", path])
      #expect(result.status == 0, "\(name): \(result.error)")
    }
  }

  @Test("scenario check reports every error with file, line and column; exit 1")
  func scenarioErrors() throws {
    let file = try temporaryFile(
      named: "bad.yaml",
      contents: "name: x\nregions:\n  a: {time_zone: Mars/Base, share: 100%}\nfoo: 1\n")
    let result = runTool(["scenario", "check", file.path])
    #expect(result.status == 1)
    #expect(result.error.contains("bad.yaml:4:1: unknown key 'foo'"))
    #expect(result.error.contains("bad.yaml:3:18: regions.a.time_zone: unknown time zone"))
  }
}
