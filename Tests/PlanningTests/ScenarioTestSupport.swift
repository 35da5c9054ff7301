@testable import Planning

/// Loads in-memory files and returns the diagnostic lines (empty when the load succeeds).
func scenarioErrors(_ files: [String: String], path: String = "s.yaml") -> [String] {
  do {
    _ = try ScenarioLoader.inMemory(files).load(path: path)
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

/// A valid scenario with only the required keys, lines 1–6.
let minimalScenario = """
  name: Test
  regions:
    emea: { time_zone: Europe/Dublin }
  customers:
    standard: { count: 100, tickets_per_customer: 2 }

  """
