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
    public init(_ cmarkHTML: String) throws(DiagnosticList) {
        var lines: [String] = []
        var headings: [Heading] = []
        var lastHeading = ""
        var columnLabels: [String] = []
        var column = 0
        var diagnostics = DiagnosticList()
        for line in cmarkHTML.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if let heading = Self.heading(in: line) {
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
            } else if line == "<table>" {
                // The section heading above a table names it; a caption lets screen readers say so
                // when they jump from table to table.
                line += "\n<caption class=\"visually-hidden\">\(lastHeading)</caption>"
                columnLabels = []
            } else if line.hasPrefix("<th>") || line.hasPrefix("<th ") {
                // cmark-gfm writes `<th>` only in a table's first row: column headers.
                columnLabels.append(Self.text(ofCell: line))
                line = "<th scope=\"col\"" + line.dropFirst(3)
            } else if line == "<tr>" {
                column = 0
            } else if line.hasPrefix("<td>") || line.hasPrefix("<td ") {
                // On a phone a table becomes one card per row, each cell labelled by its column
                // (style.css shows the label), so no table is wider than the screen.
                if column < columnLabels.count {
                    line = "<td data-label=\"\(columnLabels[column])\"" + line.dropFirst(3)
                }
                column += 1
            }
            lines.append(Self.markLinksShowingTheirAddress(line))
        }
        if diagnostics.hasErrors { throw diagnostics }
        self.html = lines.joined(separator: "\n")
        self.headings = headings
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

    /// `<a href="https://x">https://x</a>` gets `class="url"`, so print does not repeat the
    /// address after a link that already shows it.
    static func markLinksShowingTheirAddress(_ line: String) -> String {
        guard line.contains("<a href=\"") else { return line }
        var result = ""
        var rest = line[...]
        while let open = rest.range(of: "<a href=\"") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let quote = afterOpen.range(of: "\">"), let close = afterOpen[quote.upperBound...].range(of: "</a>") else {
                result += rest[open.lowerBound...]
                return result
            }
            let href = afterOpen[..<quote.lowerBound]
            let text = afterOpen[quote.upperBound..<close.lowerBound]
            result += href == text ? "<a class=\"url\" href=\"" : "<a href=\""
            result += afterOpen[..<close.upperBound]
            rest = afterOpen[close.upperBound...]
        }
        return result + rest
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
