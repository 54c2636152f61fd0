import Foundation
import Testing
@testable import SitegenCore

/// Template problems are reported with the template's file and line, before anything renders.
@Suite struct TemplatesTests {
    static let strings = "a: b\n"

    func sources(_ templates: [String: String], strings: [String: String] = ["nl": strings, "en": strings]) -> TemplateSources {
        var files = templates.map { name, text in
            TemplateSources.File(name: name, displayPath: "templates/\(name)", data: Data(text.utf8))
        }
        for (language, text) in strings {
            files.append(.init(name: "strings/\(language).yaml", displayPath: "templates/strings/\(language).yaml", data: Data(text.utf8)))
        }
        return TemplateSources(files.sorted { $0.name < $1.name })
    }

    var valid: [String: String] {
        ["statement.md.mustache": "# {{title}}\n", "layout.html.mustache": "{{{content}}}", "index.html.mustache": "x"]
    }

    @Test func aSyntaxErrorNamesTheTemplateAndLine() {
        var templates = valid
        templates["statement.md.mustache"] = "# {{title}}\n\n{{#activities}}\n- {{name}}\n{{/cookies}}\n"
        let error = #expect(throws: DiagnosticList.self) { try Templates.load(sources(templates), languages: [.nl, .en]) }
        let diagnostic = error?.items.first
        #expect(diagnostic?.location?.file == "templates/statement.md.mustache")
        #expect(diagnostic?.location?.line == 5)
        #expect(diagnostic?.message.contains("closed with another name") == true)
    }

    @Test func anUnknownPartialIsReportedWhereItIsIncluded() {
        var templates = valid
        templates["layout.html.mustache"] = "<main>\n  {{> header}}\n</main>"
        let error = #expect(throws: DiagnosticList.self) { try Templates.load(sources(templates), languages: [.nl, .en]) }
        #expect(error?.description == """
            templates/layout.html.mustache:2:3: error: template includes unknown partial `header`
                hint: create `header.mustache` or fix the name
            """)
    }

    @Test func aMissingRequiredTemplateIsNamed() {
        var templates = valid
        templates["index.html.mustache"] = nil
        let error = #expect(throws: DiagnosticList.self) { try Templates.load(sources(templates), languages: [.nl, .en]) }
        #expect(error?.items.map(\.message) == ["the templates have no `index.html.mustache`"])
    }

    @Test func aStringMissingInOneLanguageIsReportedAtTheOtherLanguagesKey() {
        let error = #expect(throws: DiagnosticList.self) {
            try Templates.load(sources(valid, strings: ["nl": "a: b\nextra: c\n", "en": "a: b\n"]), languages: [.nl, .en])
        }
        #expect(error?.description.hasPrefix(
            "templates/strings/nl.yaml:2:1: error: string `extra` has no English (en) translation") == true)
    }

    @Test func aMissingStringsFileIsReported() {
        let error = #expect(throws: DiagnosticList.self) {
            try Templates.load(sources(valid, strings: ["nl": "a: b\n"]), languages: [.nl, .en])
        }
        #expect(error?.items.first?.message.contains("strings/en.yaml") == true)
    }

    @Test func markdownTemplatesEscapeForMarkdownAndHTMLTemplatesForHTML() throws {
        let templates = try Templates.load(sources([
            "statement.md.mustache": "{{title}}", "layout.html.mustache": "{{title}}", "index.html.mustache": "x",
        ]), languages: [.nl])
        let view = PageView(lang: "nl", title: "<b>*x*</b>", content: "", date: "", dateISO: "", root: "",
                            canonicalURL: "", defaultURL: "", languages: [], otherLanguages: [])
        #expect(try templates.render("statement.md", view: view, language: .nl) == #"\<b\>\*x\*\</b\>"#)
        #expect(try templates.render("layout.html", view: view, language: .nl) == "&lt;b&gt;*x*&lt;/b&gt;")
    }
}
