import Foundation

/// Finishes the HTML that cmark-gfm made of the statement: heading ids, table captions, header
/// scopes and cell labels, and a mark on links whose text is their address.
///
/// cmark-gfm gives headings no ids and tables no captions, and raw HTML cannot pass through it.
/// So the templates end a heading with `{#id}` (as kramdown and Pandoc do), and this pass turns
/// that into `id="…"`. Only the last `{#…}` of a heading counts: text from the register is
/// escaped, so it can show `{#x}` but can never be the last thing in a heading the templates
/// mark; every heading the templates write at level 2 or 3 carries a mark. Free sections are
/// Markdown on purpose and may use the same mark; an id used twice fails the build.
///
/// The pass works on cmark-gfm's output line by line: it writes each heading, `<table>` and
/// `<th>` on a line of its own.
public struct StatementHTML: Sendable {
    public struct Heading: Sendable, Equatable {
        public let level: Int
        public let id: String
        /// The heading's content as cmark-gfm wrote it: escaped text.
        public let html: String
    }

    public private(set) var html: String
    public private(set) var headings: [Heading]

    /// Processes cmark-gfm's HTML; throws when two headings ask for the same id.
    ///
    /// Every archived version goes through here on every build, so lines are classified by
    /// their first bytes and only the few that need it (headings, table rows, links) become
    /// Strings.
    public init(_ cmarkHTML: String) throws(DiagnosticList) {
        var source = cmarkHTML
        let (output, headings, diagnostics) = source.withUTF8 { Self.process($0) }
        if diagnostics.hasErrors { throw diagnostics }
        self.html = String(decoding: output, as: UTF8.self)
        self.headings = headings
    }

    /// The pass over the bytes in place: a String's UTF-8 view costs an index check per byte.
    private static func process(_ buffer: UnsafeBufferPointer<UInt8>) -> (output: [UInt8], headings: [Heading], diagnostics: DiagnosticList) {
        var output: [UInt8] = []
        output.reserveCapacity(buffer.count + buffer.count / 8)
        var headings: [Heading] = []
        var lastHeading = ""
        var columnLabels: [String] = []
        var column = 0
        var diagnostics = DiagnosticList()
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return (output, headings, diagnostics) }
        var start = 0
        while start <= buffer.count {
            var end = buffer.count
            if start < buffer.count, let newline = memchr(UnsafeRawPointer(base + start), 0x0A, buffer.count - start) {
                end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            }
            defer { start = end + 1 }
            if start > 0 { output.append(UInt8(ascii: "\n")) }
            let bytes = buffer[start..<end]
            guard bytes.first == UInt8(ascii: "<") else {
                appendMarkingLinks(bytes, to: &output)
                continue
            }
            var line: String?
            if bytes.starts(with: headingStart), let heading = heading(in: String(decoding: bytes, as: UTF8.self)) {
                lastHeading = heading.html
                if let id = heading.id {
                    if headings.contains(where: { $0.id == id }) {
                        diagnostics.error(at: nil, "two headings of the statement ask for the id `\(id)`",
                                          hint: "a `{#id}` at the end of a heading gives it that id; use each id once")
                    }
                    headings.append(Heading(level: heading.level, id: id, html: heading.html))
                    line = "<h\(heading.level) id=\"\(id)\">\(heading.html)</h\(heading.level)>"
                } else {
                    line = "<h\(heading.level)>\(heading.html)</h\(heading.level)>"
                }
            } else if bytes.elementsEqual(tableStart) {
                // The section heading above a table names it; a caption lets screen readers say so
                // when they jump from table to table.
                line = "<table>\n<caption class=\"visually-hidden\">\(lastHeading)</caption>"
                columnLabels = []
            } else if opensTag(headerCellStart, bytes) {
                // cmark-gfm writes `<th>` only in a table's first row: column headers.
                let text = String(decoding: bytes, as: UTF8.self)
                columnLabels.append(Self.text(ofCell: text))
                line = "<th scope=\"col\"" + text.dropFirst(3)
            } else if bytes.elementsEqual(rowStart) {
                column = 0
            } else if opensTag(cellStart, bytes) {
                // On a phone a table becomes one card per row, each cell labelled by its column
                // (style.css shows the label), so no table is wider than the screen.
                if column < columnLabels.count {
                    line = "<td data-label=\"\(columnLabels[column])\"" + String(decoding: bytes.dropFirst(3), as: UTF8.self)
                }
                column += 1
            }
            if let line {
                appendMarkingLinks(Array(line.utf8)[...], to: &output)
            } else {
                appendMarkingLinks(bytes, to: &output)
            }
        }
        return (output, headings, diagnostics)
    }

    private static let headingStart = Array("<h".utf8)
    private static let tableStart = Array("<table>".utf8)
    private static let headerCellStart = Array("<th".utf8)
    private static let rowStart = Array("<tr>".utf8)
    private static let cellStart = Array("<td".utf8)
    private static let linkOpen = Array("<a href=\"".utf8)
    private static let linkQuote = Array("\">".utf8)
    private static let linkClose = Array("</a>".utf8)
    private static let urlLinkOpen = Array("<a class=\"url\" href=\"".utf8)

    /// `<th>` or `<th …>`, but not `<thead>`.
    static func opensTag<Bytes: Collection>(_ start: [UInt8], _ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard bytes.starts(with: start), bytes.count > start.count else { return false }
        let next = bytes[bytes.index(bytes.startIndex, offsetBy: start.count)]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ")
    }

    /// Copies a line, giving `class="url"` to links whose text is their own address, so print
    /// does not repeat the address after them.
    static func appendMarkingLinks<Bytes: Collection>(_ line: Bytes, to output: inout [UInt8]) where Bytes.Element == UInt8 {
        var rest = line[...]
        while let open = firstIndex(of: linkOpen, in: rest) {
            output.append(contentsOf: rest[..<open])
            let afterOpen = rest[rest.index(open, offsetBy: linkOpen.count)...]
            guard let quote = firstIndex(of: linkQuote, in: afterOpen) else { break }
            let textStart = afterOpen.index(quote, offsetBy: linkQuote.count)
            guard let close = firstIndex(of: linkClose, in: afterOpen[textStart...]) else { break }
            let end = afterOpen.index(close, offsetBy: linkClose.count)
            output.append(contentsOf: afterOpen[..<quote].elementsEqual(afterOpen[textStart..<close]) ? urlLinkOpen : linkOpen)
            output.append(contentsOf: afterOpen[..<end])
            rest = afterOpen[end...]
        }
        output.append(contentsOf: rest)
    }

    /// Where `pattern` first starts in `bytes`.
    static func firstIndex<Bytes: Collection>(of pattern: [UInt8], in bytes: Bytes) -> Bytes.Index? where Bytes.Element == UInt8 {
        guard let head = pattern.first else { return nil }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: head) {
            if bytes[candidate...].starts(with: pattern) { return candidate }
            index = bytes.index(after: candidate)
        }
        return nil
    }

    /// A heading line, `<h2>Text {#id}</h2>`, split into level, content without the mark, and id.
    static func heading(in line: String) -> (level: Int, html: String, id: String?)? {
        guard line.count >= 9, line.hasPrefix("<h"), line.hasSuffix(">"),
              let level = line.dropFirst(2).first?.wholeNumberValue, (1...6).contains(level),
              line.dropFirst(3).hasPrefix(">"), line.hasSuffix("</h\(level)>")
        else { return nil }
        let content = String(line.dropFirst(4).dropLast(5))
        guard level == 2 || level == 3, content.hasSuffix("}"), let open = content.range(of: " {#", options: .backwards) else {
            return (level, content, nil)
        }
        let id = String(content[open.upperBound...].dropLast())
        guard isValidID(id) else { return (level, content, nil) }
        return (level, String(content[..<open.lowerBound]), id)
    }

    /// The text of a one-line `<th>…</th>`, without tags; still escaped, so fit for an attribute.
    static func text(ofCell line: String) -> String {
        guard let start = line.firstIndex(of: ">"), let end = line.range(of: "</th>", options: .backwards) else { return "" }
        var text = ""
        var inTag = false
        for character in line[line.index(after: start)..<end.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }

    /// Ids are register ids or fixed names: lower-case letters, digits, `-` and `_`.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Puts `fragment` just before the first level-2 heading: after the title and the date,
    /// before the full statement. Without such a heading it goes at the end.
    public func inserting(_ fragment: String) -> String {
        guard !fragment.isEmpty else { return html }
        let block = fragment.hasSuffix("\n") ? fragment : fragment + "\n"
        if let first = html.range(of: "<h2") {
            return html[..<first.lowerBound] + block + html[first.lowerBound...]
        }
        return html + block
    }
}
