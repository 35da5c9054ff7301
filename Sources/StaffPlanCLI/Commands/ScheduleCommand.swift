import Foundation
import Planning
import Reports

/// `staffplan schedule`: shifts, rotation, named roster and calendars from a scenario.
enum ScheduleCommand: StaffPlanCommand {
  static let spec = CommandSpec(
    name: "schedule",
    summary: "Design the weekly shifts, build the rotation and roster, and write calendars.",
    discussion: """
      Covers the first-line requirement of each interval (chat + phone + email, one blended
      team) with shifts from the scenario's templates and breaks (a covering MIP with
      implicit break placement: heuristic first, then CBC under --time-limit), builds a
      cyclic rotation per region that obeys the labour rules, assigns named agents (or
      numbered placeholders) and writes, into DIR: roster.csv, coverage.csv,
      calendars/<agent>.ics, calendars/team.ics and summary.txt. Files are written whole or
      not at all. The summary is printed (or one JSON object with --json).

      A plan that cannot do everything asked is still written whole, as the best partial
      plan, and the command exits 1 naming each problem on stderr and in the summary (like
      `headcount` with conflicting caps): intervals the shift templates cannot reach (day,
      UTC window, agents short per channel; coverage.csv has every interval), shifts nobody
      can work (date, region, shift and why; rows with agent OPEN in roster.csv), labour
      rules no rotation satisfies and roster violations (agent, date, rule, by how much).
      Exit 0 means every interval is covered, every shift staffed and every rule kept.
      """,
    arguments: [ArgumentSpec("FILE", help: "the scenario YAML file")],
    options: [
      OptionSpec("out", value: "DIR", help: "Output folder (required; replaced whole)."),
      OptionSpec("weeks", value: "N", help: "Weeks of roster and calendars (default 4)."),
      OptionSpec("time-limit", value: "SECONDS", help: "MIP time limit (default 20)."),
      OptionSpec("json", help: "Print the summary as one JSON object."),
      OptionSpec(
        "quiet",
        help: "No progress on stderr (by default: the shift design's phase, incumbent, "
          + "bound and gap; a live bar on a terminal)."),
    ],
    examples: [
      "staffplan schedule scenarios/travis-baseline.yaml --out plan/",
      "staffplan schedule scenarios/travis-baseline.yaml --out plan/ --weeks 6 --json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count == 1 else { throw UsageError("expected one scenario FILE") }
    guard let out = arguments.value("out") else { throw UsageError("--out DIR is required") }
    let weeks = try SimulateCommand.wholeNumber(arguments, "weeks", default: 4, minimum: 1)
    let timeLimit = try SimulateCommand.positiveNumber(arguments, "time-limit") ?? 20
    try OutputFolder.checkWritable(out)
    let scenario = try ScenarioFile.load(arguments.positionals[0])
    let requirements = try RequirementsRun.compute(scenario)
    let bar = ShiftDesignBar(
      console: console, enabled: !arguments.has("quiet"), label: "shift design")
    let schedule = try ScheduleRun.compute(
      requirements, timeLimit: timeLimit, weeks: weeks, bar: bar)
    if !arguments.has("quiet"), console.errorIsTerminal { console.writeError("\n") }
    var files = ScheduleRun.files(schedule)
    let summary = ScheduleReport.text(schedule)
    files["summary.txt"] = summary
    try OutputFolder.write(files, to: out)
    if arguments.has("json") {
      console.writeOutput(ScheduleReport.json(schedule).rendered(pretty: true) + "\n")
    } else {
      console.writeOutput(summary)
    }
    if !schedule.isComplete {
      throw DataError(
        messages: ScheduleReport.problemLines(schedule, limit: 5).map { "schedule: " + $0 }
          + ["schedule: the best partial plan was written to \(out) with these gaps marked"])
    }
  }
}

/// Runs the schedule stage for the commands that need it.
enum ScheduleRun {
  static func compute(
    _ requirements: WeeklyRequirements, timeLimit: Double, weeks: Int,
    bar: ShiftDesignBar? = nil
  ) throws -> WeeklySchedule {
    do {
      return try WeeklySchedule(
        requirements: requirements,
        options: WeeklySchedule.Options(
          timeLimitSeconds: timeLimit, weeks: weeks, shiftDesignProgress: bar?.observer,
          followSolverLog: bar?.followsSolverLog ?? false))
    } catch {
      throw DataError("schedule: \(error)")
    }
  }

  /// roster.csv (open shifts as rows with agent OPEN), coverage.csv and the calendars.
  static func files(_ schedule: WeeklySchedule) -> [String: String] {
    var files = RosterCalendar.files(for: schedule.roster)
    files["roster.csv"] = RosterCSV.render(schedule.roster.assignments, gaps: schedule.roster.gaps)
    files["coverage.csv"] = ScheduleReport.coverageCSV(schedule)
    return files
  }
}
