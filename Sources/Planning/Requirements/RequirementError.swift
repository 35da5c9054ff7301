/// Why requirements could not be computed; each case names the input to fix.
public enum RequirementError: Error, Equatable, CustomStringConvertible {
  /// The grid must divide a day (15, 30 or 60 minutes).
  case invalidInterval(minutes: Int)
  /// A region's zone is not in the system's zone database.
  case unknownTimeZone(region: String, identifier: String)
  /// A profile with no weight at all.
  case emptyProfile(String)
  /// A channel with tickets from a tier but no handle time for it.
  case missingHandleTime(channel: String, tier: String)
  /// Chat concurrency without a factor f(c).
  case missingConcurrencyFactor(concurrency: Int)
  /// A value outside its range (shrinkage 100%, a target of 0 s, …).
  case invalidValue(field: String, reason: String)
  /// The queueing library refused the inputs.
  case queueing(String)

  public var description: String {
    switch self {
    case .invalidInterval(let minutes):
      return "interval of \(minutes) min; accepted: 15m, 30m or 60m"
    case .unknownTimeZone(let region, let identifier):
      return "region \(region): unknown time zone '\(identifier)'; accepted: an IANA name "
        + "such as Europe/Dublin"
    case .emptyProfile(let what):
      return "arrival profile: \(what); accepted: at least one weight above 0"
    case .missingHandleTime(let channel, let tier):
      return "channels.\(channel).handle_time has no value for \(tier)"
    case .missingConcurrencyFactor(let concurrency):
      return "chat concurrency \(concurrency) has no factor; accepted: concurrency_factors "
        + "with an entry for \(concurrency)"
    case .invalidValue(let field, let reason):
      return "\(field): \(reason)"
    case .queueing(let message):
      return message
    }
  }
}
