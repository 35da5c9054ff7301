import Foundation

/// Writes a set of files into a folder whole or not at all.
///
/// Everything is written into a fresh sibling folder first; only when every file is written
/// is that folder moved into place (replacing an earlier run's folder). On any failure the
/// sibling is removed and the destination is left as it was.
enum OutputFolder {
  /// Checks, before any long work, that `path` can be written: its parent exists and is
  /// writable, and it is not a file.
  static func checkWritable(_ path: String) throws {
    _ = try destination(of: path)
  }

  /// The destination and its parent folder, checked.
  private static func destination(of path: String) throws -> (destination: URL, parent: URL) {
    let manager = FileManager.default
    let destination = URL(fileURLWithPath: path).standardizedFileURL
    let parent = destination.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw DataError("\(path): the parent folder \(parent.path) does not exist")
    }
    guard manager.isWritableFile(atPath: parent.path) else {
      throw DataError("\(path): cannot write in \(parent.path) (permission denied)")
    }
    if manager.fileExists(atPath: destination.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw DataError("\(path): exists and is a file, not a folder")
    }
    return (destination, parent)
  }

  /// Writes `files` (relative path → contents) into `path`.
  static func write(_ files: [String: String], to path: String) throws {
    let manager = FileManager.default
    let (destination, parent) = try destination(of: path)
    let staging = parent.appendingPathComponent(
      ".\(destination.lastPathComponent).staffplan-\(ProcessInfo.processInfo.processIdentifier)")
    try? manager.removeItem(at: staging)
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for (relative, contents) in files.sorted(by: { $0.key < $1.key }) {
        let url = staging.appendingPathComponent(relative)
        try manager.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
      }
      if manager.fileExists(atPath: destination.path) {
        let old = parent.appendingPathComponent(
          ".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        try manager.moveItem(at: destination, to: old)
        do {
          try manager.moveItem(at: staging, to: destination)
        } catch {
          try? manager.moveItem(at: old, to: destination)
          throw error
        }
        try? manager.removeItem(at: old)
      } else {
        try manager.moveItem(at: staging, to: destination)
      }
    } catch let error as DataError {
      try? manager.removeItem(at: staging)
      throw error
    } catch {
      try? manager.removeItem(at: staging)
      throw DataError("\(path): could not write the output folder (\(error.localizedDescription))")
    }
  }
}
