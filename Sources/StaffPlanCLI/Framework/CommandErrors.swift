/// The command line was wrong: an unknown option, a missing or malformed value. Exit 64.
public struct UsageError: Error, Equatable, CustomStringConvertible {
  public let message: String
  /// The command whose usage line is shown after the message, if any.
  public let command: String?

  public init(_ message: String, command: String? = nil) {
    self.message = message
    self.command = command
  }

  public var description: String { message }
}

/// The input data was wrong or the plan cannot be made: exit 1.
///
/// Each message is one line, already in `FILE:LINE:COLUMN: what; accepted` form where a
/// location exists.
public struct DataError: Error, Equatable, CustomStringConvertible {
  public let messages: [String]

  public init(_ message: String) { self.messages = [message] }
  public init(messages: [String]) { self.messages = messages }

  public var description: String { messages.joined(separator: "\n") }
}

/// Process exit statuses, as in BSD sysexits: 0 success, 1 bad data, 64 usage.
public enum ExitStatus {
  public static let success: Int32 = 0
  public static let dataError: Int32 = 1
  public static let usage: Int32 = 64
}
