import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an Atom feed with Foundation's XML parser (so it must be well-formed) and keeps what the
/// tests check: the root, its namespace, and which elements each entry has.
final class AtomSummary: NSObject, XMLParserDelegate {
    var root = ""
    var namespace = ""
    var feedChildren: Set<String> = []
    var entryChildren: [Set<String>] = []
    var entryIDs: [String] = []
    var entries: Int { entryChildren.count }
    private var path: [String] = []
    private var text = ""

    struct Malformed: Error { let description: String }

    static func parse(_ xml: String) throws -> AtomSummary {
        let summary = AtomSummary()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = summary
        guard parser.parse() else { throw Malformed(description: parser.parserError.map { "\($0)" } ?? "unknown") }
        return summary
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if path.isEmpty { root = name; namespace = namespaceURI ?? "" }
        if path == ["feed"] { feedChildren.insert(name) }
        if path == ["feed"], name == "entry" { entryChildren.append([]) }
        if path == ["feed", "entry"] { entryChildren[entryChildren.count - 1].insert(name) }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if path == ["feed", "entry", "id"] { entryIDs.append(text) }
        path.removeLast()
    }
}
