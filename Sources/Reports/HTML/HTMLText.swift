/// Text helpers shared by the HTML document and its SVG charts: escaping, identifiers and
/// the number formats used on axes.
public enum HTMLText {
  /// Escapes text for element content and quoted attribute values in HTML and XML alike:
  /// `&` `<` `>` `"` `'` become entities, and control characters that XML 1.0 forbids
  /// (U+0000–U+001F except tab, line feed and carriage return) are dropped.
  ///
  /// - Complexity: O(n) in the number of Unicode scalars.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case let control where control.value < 0x20: continue
      case "\u{FFFE}", "\u{FFFF}": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// An identifier safe for `id` attributes and URL fragments: lower-case ASCII letters and
  /// digits, other runs turned into one `-`; `fallback` when nothing is left.
  public static func identifier(_ text: String, fallback: String = "item") -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
      let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      let isDigit = ("0"..."9").contains(scalar)
      if isLetter || isDigit {
        if pendingDash && !result.isEmpty { result += "-" }
        pendingDash = false
        result += String(scalar).lowercased()
      } else {
        pendingDash = true
      }
    }
    guard let first = result.unicodeScalars.first else { return fallback }
    // An id should start with a letter.
    return ("0"..."9").contains(first) ? fallback + "-" + result : result
  }

  /// A number with up to `decimals` decimals, no trailing zeros and thousands separated by
  /// commas: `1250000` → `1,250,000`, `-0.25` → `-0.25`. Uses `NumberText.trimmed`, so the
  /// output does not depend on the locale.
  public static func grouped(_ value: Double, decimals: Int = 2) -> String {
    let plain = NumberText.trimmed(value, decimals: decimals)
    guard value.isFinite else { return plain }
    var sign = ""
    var body = Substring(plain)
    if body.hasPrefix("-") {
      sign = "-"
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integer = Array(parts[0])
    var groupedInteger = ""
    for (index, character) in integer.enumerated() {
      if index > 0 && (integer.count - index) % 3 == 0 { groupedInteger += "," }
      groupedInteger.append(character)
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return sign + groupedInteger + fraction
  }
}

/// Coordinates written into SVG: one decimal, no trailing `.0`, locale-free, so the same chart
/// gives the same bytes.
enum SVGNumber {
  /// `12.34` → `12.3`, `12.0` → `12`; values beyond ±1e9 are clamped, non-finite ones give `0`.
  static func text(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let clamped = min(max(value, -1e9), 1e9)
    let tenths = Int((clamped * 10).rounded())
    if tenths % 10 == 0 { return String(tenths / 10) }
    let magnitude = abs(tenths)
    return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
  }
}
