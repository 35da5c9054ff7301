/// RFC 5545 text rules: escaping (§3.3.11) and line folding (§3.1).
public enum ICalendarText {
  /// Escapes TEXT values: `\` → `\\`, `;` → `\;`, `,` → `\,`, newline → `\n` (CR dropped).
  public static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n": result += "\\n"
      case "\r": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// One content line folded so that no physical line exceeds 75 octets (CRLF excluded);
  /// continuation lines start with one space, which counts. Splits only between Unicode
  /// scalars, so a multi-byte UTF-8 character is never cut. Ends with CRLF.
  /// - Complexity: O(octets).
  public static func fold(_ line: String, limit: Int = 75) -> String {
    var result = ""
    var used = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if used + size > limit {
        result += "\r\n "
        used = 1
      }
      result.unicodeScalars.append(scalar)
      used += size
    }
    return result + "\r\n"
  }
}
