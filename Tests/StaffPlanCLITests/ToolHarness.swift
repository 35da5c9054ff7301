import Foundation
@testable import StaffPlanCLI

/// Runs the tool in-process and returns what it printed and its exit status.
func runTool(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
  let console = CapturedConsole()
  let status = StaffPlanTool().run(arguments: arguments, console: console)
  return (status, console.output, console.error)
}

/// A file in a fresh temporary folder, removed by the caller when done.
func temporaryFile(named name: String, contents: String) throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("staffplan-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let url = folder.appendingPathComponent(name)
  try contents.write(to: url, atomically: true, encoding: .utf8)
  return url
}

/// The package's own folder (for the shipped scenarios), found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses JSON text into Foundation objects (an independent parser for the tool's JSON).
func parseJSON(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}
