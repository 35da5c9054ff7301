/// Loads a scenario file strictly: YAML, `base:` merging, decoding and validation.
///
/// Planning reads no files itself (DESIGN.md §1): the caller injects `readFile`. The CLI passes
/// one backed by Foundation; tests pass `ScenarioLoader.inMemory(_:)`.
public struct ScenarioLoader: Sendable {
  /// Returns the text of the file at a path (as resolved by the loader), or throws.
  public typealias FileReader = @Sendable (String) throws -> String

  public let readFile: FileReader

  public init(readFile: @escaping FileReader) { self.readFile = readFile }

  /// A loader over a dictionary of path → text, for tests and embedded scenarios.
  public static func inMemory(_ files: [String: String]) -> ScenarioLoader {
    ScenarioLoader { path in
      guard let text = files[path] else { throw FileNotFound(path: path) }
      return text
    }
  }

  /// The error of `inMemory` for an unknown path.
  public struct FileNotFound: Error, Sendable, CustomStringConvertible {
    public let path: String
    public var description: String { "no such file" }
  }

  /// Loads and validates the scenario at `path`, following `base:` files.
  ///
  /// Throws every problem found, each with its file, line and column.
  public func load(path: String) throws(ScenarioLoadError) -> Scenario {
    let root = try resolvedTree(path: path)
    let context = DecodingContext()
    let decoder = ScenarioDecoder(context: context, readCSV: readRelative)
    let scenario = decoder.decode(root)
    if let scenario, context.diagnostics.isEmpty { return scenario }
    throw ScenarioLoadError(context.diagnostics)
  }

  /// The merged YAML tree of `path` and its chain of `base:` files, before decoding.
  func resolvedTree(path: String) throws(ScenarioLoadError) -> YAMLNode {
    try tree(path: path, chain: [], includedAt: nil)
  }

  private func tree(
    path: String, chain: [String], includedAt: SourceMark?
  ) throws(ScenarioLoadError) -> YAMLNode {
    let key = ScenarioPath.normalized(path)
    if chain.contains(key) {
      let cycle = (chain + [key]).joined(separator: " → ")
      throw ScenarioLoadError([
        Diagnostic(
          mark: includedAt ?? SourceMark(file: path, line: 1, column: 1),
          message: "base: cycle \(cycle); a scenario cannot be its own base")
      ])
    }
    let text = try read(path, includedAt: includedAt, what: "scenario file")
    let node = try YAMLReader.parse(text, file: path)
    guard let entries = node.entries else {
      throw ScenarioLoadError([
        Diagnostic(
          mark: node.mark,
          message: "a scenario must be a mapping of keys such as 'name:', found "
            + node.kindDescription)
      ])
    }
    guard let baseEntry = entries.first(where: { $0.key == "base" }) else { return node }
    let child = YAMLNode(
      content: .mapping(entries.filter { $0.key != "base" }), mark: node.mark)
    guard let basePath = baseEntry.value.scalarText, !baseEntry.value.isNull else {
      throw ScenarioLoadError([
        Diagnostic(
          mark: baseEntry.value.mark,
          message: "base must be a file path, found \(baseEntry.value.kindDescription); "
            + "expected e.g. 'base: travis-baseline.yaml' (relative to this file)")
      ])
    }
    let base = try tree(
      path: ScenarioPath.resolve(basePath, from: path), chain: chain + [key],
      includedAt: baseEntry.value.mark)
    return ScenarioMerge.merge(base: base, child: child)
  }

  /// Reads a file; a failure is a diagnostic at the place that named it.
  private func read(
    _ path: String, includedAt: SourceMark?, what: String
  ) throws(ScenarioLoadError) -> String {
    do {
      return try readFile(path)
    } catch {
      let mark = includedAt ?? SourceMark(file: path, line: 1, column: 1)
      throw ScenarioLoadError([
        Diagnostic(
          mark: mark,
          message: "cannot read the \(what) '\(path)' (\(error)); expected an existing file, "
            + "relative paths are taken from the including file")
      ])
    }
  }

  /// Reads a file named inside a scenario (a CSV), relative to the file that names it.
  private func readRelative(_ relative: String, at mark: SourceMark) -> Result<
    (path: String, text: String), ScenarioLoadError
  > {
    let path = ScenarioPath.resolve(relative, from: mark.file)
    do throws(ScenarioLoadError) {
      let text = try read(path, includedAt: mark, what: "file")
      return .success((path, text))
    } catch {
      return .failure(error)
    }
  }
}

/// `base:` merging: mappings merge key by key (the child wins); lists and scalars replace.
enum ScenarioMerge {
  /// - Complexity: O(n·k) in the nodes of the child and the keys per mapping.
  static func merge(base: YAMLNode, child: YAMLNode) -> YAMLNode {
    guard let baseEntries = base.entries, let childEntries = child.entries else { return child }
    var merged = baseEntries
    for entry in childEntries {
      if let index = merged.firstIndex(where: { $0.key == entry.key }) {
        merged[index] = YAMLEntry(
          key: entry.key, keyMark: entry.keyMark,
          value: merge(base: merged[index].value, child: entry.value))
      } else {
        merged.append(entry)
      }
    }
    return YAMLNode(content: .mapping(merged), mark: child.mark)
  }
}

/// Path arithmetic on `/`-separated strings (no file system access).
enum ScenarioPath {
  /// `relative` taken from the directory of `file`; absolute paths are kept.
  static func resolve(_ relative: String, from file: String) -> String {
    if relative.hasPrefix("/") { return normalized(relative) }
    guard let slash = file.lastIndex(of: "/") else { return normalized(relative) }
    return normalized(String(file[...slash]) + relative)
  }

  /// Removes `.` components and folds `dir/..` so one file has one name in a cycle check.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : joined
  }
}
