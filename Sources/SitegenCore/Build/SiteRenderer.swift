import Foundation
import SitegenMarkdown

/// Renders every page of the site in memory: the statement per language through
/// Mustache -> Markdown -> cmark-gfm -> layout, the root page, and the assets.
public struct SiteRenderer: Sendable {
    public let content: Content
    public let templates: Templates
    public let date: StatementDate
    private let markdown = MarkdownRenderer()

    public init(content: Content, templates: Templates, date: StatementDate) {
        self.content = content
        self.templates = templates
        self.date = date
    }

    public func render() throws(DiagnosticList) -> [OutputFile] {
        var files: [OutputFile] = []
        var diagnostics = DiagnosticList()
        for language in content.site.languages {
            do {
                files.append(try statementPage(language))
            } catch {
                diagnostics.append(contentsOf: error)
            }
        }
        do {
            files.append(try rootPage())
        } catch {
            diagnostics.append(contentsOf: error)
        }
        do {
            files += try presentationFiles()
        } catch {
            diagnostics.append(contentsOf: error)
        }
        if diagnostics.hasErrors { throw diagnostics }
        files += templates.assets.map { OutputFile(path: String($0.name.dropFirst("assets/".count)), data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    /// The Markdown of the statement in one language, as the templates write it.
    public func statementMarkdown(_ language: Language) throws(DiagnosticList) -> String {
        let view = StatementViewBuilder.build(content, date: date, language: language)
        return try templates.render(Templates.statement, view: view, language: language)
    }

    func statementPage(_ language: Language) throws(DiagnosticList) -> OutputFile {
        let html = try finishedStatement(markdown.html(from: try statementMarkdown(language)), language: language)
        let page = pageView(language: language, content: html, root: "../")
        let text = try templates.render(Templates.layout, view: page, language: language)
        return OutputFile(path: "\(language.rawValue)/index.html", text: text)
    }

    func rootPage() throws(DiagnosticList) -> OutputFile {
        let language = content.site.defaultLanguage
        let page = pageView(language: language, content: "", root: "")
        return OutputFile(path: "index.html", text: try templates.render(Templates.index, view: page, language: language))
    }

    func pageView(language: Language, content html: String, root: String) -> PageView {
        let site = content.site
        let links = site.languages.map { other in
            PageView.LanguageLink(code: other.rawValue, name: other.nativeName, href: "\(root)\(other.rawValue)/",
                                  url: site.baseURL + "\(other.rawValue)/", current: other == language && !root.isEmpty)
        }
        return PageView(
            lang: language.rawValue, title: site.title[language], content: html,
            date: Phrasing.date(date, in: language), dateISO: date.iso, root: root,
            canonicalURL: root.isEmpty ? site.baseURL : site.baseURL + "\(language.rawValue)/",
            defaultURL: site.baseURL, languages: links, otherLanguages: links.filter { !$0.current })
    }
}
