import Foundation

/// Where a command writes: standard output for results, standard error for errors and progress.
///
/// Commands never print directly, so tests drive the whole tool in-process and read both streams.
public protocol Console: AnyObject {
  func writeOutput(_ text: String)
  func writeError(_ text: String)
  /// Whether standard error is a terminal (live progress bars only then).
  var errorIsTerminal: Bool { get }
}

/// The process's own standard output and standard error.
public final class StandardConsole: Console {
  public init() {}

  public func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  public func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  public var errorIsTerminal: Bool { isatty(2) != 0 }
}

/// A console that keeps what was written, for tests and for callers that want the text.
public final class CapturedConsole: Console {
  public private(set) var output = ""
  public private(set) var error = ""

  public init() {}

  public func writeOutput(_ text: String) { output += text }
  public func writeError(_ text: String) { error += text }
  public var errorIsTerminal: Bool { false }
}
