import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What an XML parser saw in a document: whether it is well-formed, the element names in
/// document order, the decoded character data and attribute values.
struct XMLSummary {
  var error: String?
  var elements: [String] = []
  var text = ""
  var attributeValues: [String] = []

  var isWellFormed: Bool { error == nil }

  func count(_ name: String) -> Int { elements.filter { $0 == name }.count }
}

/// Parses markup with Foundation's XMLParser (libxml2): an independent check that the HTML is
/// well-formed XHTML.
func parseXML(_ markup: String) -> XMLSummary {
  final class Collector: NSObject, XMLParserDelegate {
    var summary = XMLSummary()
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      summary.elements.append(elementName)
      summary.attributeValues += attributeDict.keys.sorted().compactMap { attributeDict[$0] }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
      summary.text += string
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      summary.error = "line \(parser.lineNumber) column \(parser.columnNumber): \(parseError)"
    }
  }
  let collector = Collector()
  let parser = XMLParser(data: Data(markup.utf8))
  parser.delegate = collector
  if !parser.parse() && collector.summary.error == nil {
    let reason = String(describing: parser.parserError)
    collector.summary.error = "line \(parser.lineNumber): \(reason)"
  }
  return collector.summary
}
