import Foundation
import Mustache

/// The parsed templates of a site, checked before anything is rendered: a syntax error, a
/// partial that does not exist or a required template that is missing is reported with its
/// file and line instead of rendering a page with a hole in it.
public struct Templates: @unchecked Sendable {
    /// Markdown of the statement, per language.
    public static let statement = "statement.md"
    /// The HTML page around a statement.
    public static let layout = "layout.html"
    /// The page at the root of the site that leads to a language.
    public static let index = "index.html"
    /// The changelog of revisions, as Markdown.
    public static let changelog = "changelog.md"
    /// The Atom feed of revisions.
    public static let feed = "feed.xml"
    static let required = [statement, layout, index]

    let library: MustacheLibrary
    let strings: [Language: UIStrings]
    /// Files copied to the site as they are.
    public let assets: [TemplateSources.File]
    let sources: [String: TemplateSources.File]

    public static func load(folder: String, languages: [Language]) throws(DiagnosticList) -> Templates {
        try load(TemplateSources.read(folder: folder), languages: languages)
    }

    public static func load(_ sources: TemplateSources, languages: [Language]) throws(DiagnosticList) -> Templates {
        _ = MarkdownText.registered
        var diagnostics = DiagnosticList()
        var library = MustacheLibrary()
        var byName: [String: TemplateSources.File] = [:]
        var texts: [String: String] = [:]
        for file in sources.files where file.name.hasSuffix(".mustache") {
            let name = String(file.name.dropLast(".mustache".count))
            guard let text = file.text else {
                diagnostics.error(at: SourceLocation(file: file.displayPath, line: 1, column: 1), "template is not UTF-8 text")
                continue
            }
            // Markdown templates escape for Markdown; everything else keeps Mustache's HTML escaping.
            let pragma = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: \(MarkdownText.contentTypeName)}}" : ""
            do {
                library.register(try MustacheTemplate(string: pragma + text), named: name)
                byName[name] = file
                texts[name] = text
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = max(1, error.context.columnNumber - (line == 1 ? pragma.count : 0))
                diagnostics.error(at: SourceLocation(file: file.displayPath, line: line, column: column),
                                  "template syntax error: \(describe(error.error))",
                                  hint: "line reads: \(error.context.line.trimmingCharacters(in: .whitespaces))")
            } catch {
                diagnostics.error(at: SourceLocation(file: file.displayPath, line: 1, column: 1), "template cannot be read: \(error)")
            }
        }
        for name in required where byName[name] == nil && !diagnostics.items.contains(where: {
            $0.location?.file.hasSuffix(name + ".mustache") ?? false
        }) {
            diagnostics.error(at: nil, "the templates have no `\(name).mustache`",
                              hint: "every site needs \(required.map { "\($0).mustache" }.joined(separator: ", "))")
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateScan.partials(in: text) where byName[reference.name] == nil {
                diagnostics.error(at: SourceLocation(file: byName[name]!.displayPath, line: reference.line, column: reference.column),
                                  "template includes unknown partial `\(reference.name)`",
                                  hint: "create `\(reference.name).mustache` or fix the name")
            }
        }
        let (strings, stringProblems) = UIStrings.load(from: sources, languages: languages)
        diagnostics.append(contentsOf: stringProblems)
        if diagnostics.hasErrors { throw diagnostics }
        let assets = sources.files.filter { $0.name.hasPrefix("assets/") }
        return Templates(library: library, strings: strings, assets: assets, sources: byName)
    }

    /// Renders a template with a view in one language, and fails if it asked for a UI string
    /// that does not exist.
    func render(_ name: String, view: MustacheParent, language: Language) throws(DiagnosticList) -> String {
        guard library.getTemplate(named: name) != nil else {
            throw DiagnosticList([Diagnostic(at: nil, "the templates have no `\(name).mustache`",
                                             hint: "this site needs it; copy it from sitegen's default templates")])
        }
        let strings = self.strings[language]!
        let output = library.render(TemplateContext(view: view, strings: strings), withTemplate: name) ?? ""
        let missing = strings.takeMissing()
        guard missing.isEmpty else {
            var diagnostics = DiagnosticList()
            for key in missing {
                diagnostics.error(at: locate("t.\(key)"),
                                  "template uses string `t.\(key)`, which strings/\(language.rawValue).yaml does not define",
                                  hint: "add `\(key): …` to every strings file, or fix the name")
            }
            throw diagnostics
        }
        return output
    }

    /// Whether the templates folder has this template, for optional parts of a page.
    func has(_ name: String) -> Bool { sources[name] != nil }

    /// A UI string for Swift code, or an error naming the strings file that lacks it.
    func string(_ key: String, language: Language) throws(DiagnosticList) -> String {
        guard let text = strings[language]?.text(key) else {
            throw DiagnosticList([Diagnostic(at: nil, "strings/\(language.rawValue).yaml has no string `\(key)`",
                                             hint: "add `\(key): …` to every strings file")])
        }
        return text
    }

    /// The first place a text occurs in any template, for messages about it.
    private func locate(_ needle: String) -> SourceLocation? {
        for (_, file) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = file.text else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: needle) {
                    return SourceLocation(file: file.displayPath, line: index + 1,
                                          column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with another name than it was opened with"
        case .unfinishedName?: "a tag is not closed with }}"
        case .expectedSectionEnd?: "a section is opened but never closed"
        case .invalidSetDelimiter?: "invalid delimiter change"
        case .unrecognisedConfigVariable?: "unknown pragma"
        default: "\(error)"
        }
    }
}

/// Finds `{{> partial}}` tags in a template's text, with their positions.
enum TemplateScan {
    struct Reference {
        let name: String
        let line: Int
        let column: Int
    }

    static func partials(in text: String) -> [Reference] {
        var references: [Reference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(Reference(name: name, line: index + 1,
                                                column: line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                }
                rest = rest[close.upperBound...]
            }
        }
        return references
    }
}
