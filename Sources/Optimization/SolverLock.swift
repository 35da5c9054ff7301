import Foundation

/// The one process-wide lock around every CBC call.
///
/// CBC keeps global state (message handlers, CbcMain1 parameters), so two solves on
/// different threads corrupt each other; Swift Testing and callers run solves concurrently.
enum SolverLock {
  private static let lock = NSLock()

  /// Runs `body` while no other thread is inside CBC.
  static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
