import Foundation

/// Reads the user's input files; the only place below `main` that touches the file system for
/// reading, so every stage under it stays a pure function of values.
enum InputFile {
  /// The whole file as UTF-8 text. A missing, unreadable or non-UTF-8 file is a `DataError`
  /// that names the path.
  static func read(_ path: String) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DataError("\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw DataError("\(path): is a folder, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataError("\(path): cannot be read (permissions?)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DataError("\(path): is not UTF-8 text")
    }
    return text
  }
}
