import Foundation
@preconcurrency import Glibc

/// Reads what the process writes to standard output, line by line, while a body runs.
///
/// Why: CBC 2.10.8's C interface gives no branch-and-bound callback. `Cbc_registerCallBack`
/// only sees the outer handler (the banner and the feasibility pump), not the search's
/// "Cbc0010I After N nodes … best solution, best possible …" lines, which CbcMain1 prints to
/// stdout at log level 1 (checked against the library: with the callback set the search
/// prints nothing at all). So an observed solve runs at log level 1 with descriptor 1 sent
/// into a pipe, and the log is read from the pipe instead of reaching the terminal.
///
/// While the tap is open everything written to descriptor 1 goes to `onLine`, whoever wrote
/// it; solves run under `SolverLock`, and the CLI writes its results after the solve. C stdio
/// buffers a pipe, so a timer flushes every C stream (`fflush(nil)`) four times a second to keep the lines live.
enum StandardOutputTap {
  /// Runs `body` with standard output read into `onLine` (called on a background thread,
  /// in order, without the newline). If the pipe cannot be made, `body` runs untapped.
  static func run<T, E: Error>(
    _ onLine: @escaping @Sendable (String) -> Void, _ body: () throws(E) -> T
  ) throws(E) -> T {
    var ends: [Int32] = [0, 0]
    fflush(nil)
    // Descriptor 1 must be open (else pipe() could hand it back as an end of the pipe).
    guard fcntl(1, F_GETFD) != -1, pipe(&ends) == 0 else { return try body() }
    let saved = dup(1)
    guard ends[0] > 2, ends[1] > 2, saved >= 0, dup2(ends[1], 1) >= 0 else {
      close(ends[0])
      close(ends[1])
      if saved >= 0 { close(saved) }
      return try body()
    }
    close(ends[1])
    let reader = ends[0]
    let finished = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      var pending: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(reader, &buffer, buffer.count)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        for byte in buffer[0..<count] {
          if byte == 10 {
            onLine(String(decoding: pending, as: UTF8.self))
            pending.removeAll(keepingCapacity: true)
          } else {
            pending.append(byte)
          }
        }
      }
      if !pending.isEmpty { onLine(String(decoding: pending, as: UTF8.self)) }
      finished.signal()
    }
    let flusher = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "staffplan.flush"))
    flusher.schedule(deadline: .now() + 0.25, repeating: 0.25)
    flusher.setEventHandler { fflush(nil) }
    flusher.resume()
    defer {
      flusher.cancel()
      fflush(nil)
      dup2(saved, 1)
      close(saved)
      finished.wait()
      close(reader)
    }
    return try body()
  }
}
