extension OptimizationModel {
  /// Longest name accepted; CBC and most MPS readers handle at least 255 characters.
  public static let maximumNameLength = 255

  /// Why `name` cannot be written to free MPS, or nil when it can.
  ///
  /// Free MPS separates fields by blanks, so a name must be printable ASCII without spaces; a
  /// leading `*` would start a comment and a leading `$` a comment in some readers.
  public static func nameProblem(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.utf8.count > maximumNameLength {
      return "it is longer than \(maximumNameLength) bytes"
    }
    if name.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) {
      return "it contains a space, a control or a non-ASCII character"
    }
    if let first = name.first, first == "*" || first == "$" {
      return "it starts with '\(first)'"
    }
    return nil
  }

  /// True when `name` can be used for a model, variable or row.
  public static func isValidName(_ name: String) -> Bool {
    nameProblem(name) == nil
  }

  /// A valid name made from any text: every byte outside printable ASCII (space, "×", tab…)
  /// becomes `_`, a leading `*` or `$` becomes `_`, empty text becomes `_`, and the result is
  /// cut to `maximumNameLength`. Distinct inputs may map to the same name; `addVariable` and
  /// `addRow` then report the duplicate.
  public static func sanitizedName(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let safe = scalar.value > 0x20 && scalar.value < 0x7F
      scalars.append(safe ? scalar : "_")
      if scalars.count == maximumNameLength { break }
    }
    if let first = scalars.first, first == "*" || first == "$" {
      scalars.replaceSubrange(scalars.startIndex...scalars.startIndex, with: ["_"])
    }
    return scalars.isEmpty ? "_" : String(scalars)
  }

  static func validate(_ name: String) throws(ModelError) {
    if let reason = nameProblem(name) { throw .invalidName(name, reason: reason) }
  }
}
