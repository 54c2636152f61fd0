import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's parser and keeps what the tests look at: every element with its
/// attributes and text, in document order; or the parser's error when the text is not well-formed.
final class XMLCheck: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        /// Index of the enclosing element in `elements`, if any.
        let parent: Int?
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?

    static func parse(_ text: String) -> XMLCheck {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = check
        if !parser.parse() { check.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return check
    }

    var isWellFormed: Bool { error == nil }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    func children(of index: Int, named name: String) -> [Element] {
        elements.filter { $0.parent == index && $0.name == name }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes, text: "", parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}

/// Small readers for generated HTML, whose shape the tests know.
enum HTMLScan {
    /// Every value of `attribute="…"` in `html`, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        let needle = " \(attribute)=\""
        while let start = rest.range(of: needle) {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(of: "\"") else { break }
            result.append(String(afterStart[..<end]))
            rest = afterStart[end...]
        }
        return result
    }

    /// The text between the first `start` and the next `end`, both included.
    static func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let open = html.range(of: start), let close = html[open.upperBound...].range(of: end) else { return nil }
        return String(html[open.lowerBound..<close.upperBound])
    }
}
