import Foundation

/// Writes CSV rows (RFC 4180: fields with commas, quotes or line breaks are quoted).
public enum CSVText {
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  static func field(_ text: String) -> String {
    if text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }
}
