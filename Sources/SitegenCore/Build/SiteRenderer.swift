import Foundation
import SitegenMarkdown

/// Renders every page of the site in memory: the statement per language through
/// Mustache -> Markdown -> cmark-gfm -> layout, the archive of revisions, the changelog and feed,
/// the root page, and the assets.
///
/// Without revisions the statement is rendered from the register as it is. With revisions the
/// pages show the frozen text of the revision in effect, and the register must render exactly the
/// newest revision (so nothing unpublished goes live) unless the build is a draft.
public struct SiteRenderer: Sendable {
    public let content: Content
    public let templates: Templates
    /// The statement's date when there are no revisions, and the build date when there are.
    public let date: StatementDate
    public let history: History?
    public let draft: Bool
    private let markdown = MarkdownRenderer()

    public init(content: Content, templates: Templates, date: StatementDate, revisions: [Revision] = [], draft: Bool = false) {
        self.content = content
        self.templates = templates
        self.date = date
        self.history = revisions.isEmpty ? nil : History(revisions: revisions, buildDate: date)
        self.draft = draft
    }

    var site: SiteSettings { content.site }

    public func render() throws(DiagnosticList) -> [OutputFile] {
        if let history, !draft { try checkPublished(history) }
        var files: [OutputFile] = []
        var diagnostics = DiagnosticList()
        func collect(_ make: () throws(DiagnosticList) -> [OutputFile]) {
            do { files += try make() } catch { diagnostics.append(contentsOf: error) }
        }
        for language in site.languages {
            collect { () throws(DiagnosticList) in [try currentPage(language)] }
            if let history {
                for revision in history.revisions where revision.statements[language] != nil {
                    collect { () throws(DiagnosticList) in [try archivePage(revision, language, history)] }
                }
                collect { () throws(DiagnosticList) in try changelogFiles(language, history) }
            }
        }
        collect { () throws(DiagnosticList) in [try rootPage()] }
        collect { () throws(DiagnosticList) in try presentationFiles() }
        if diagnostics.hasErrors { throw diagnostics }
        files += templates.assets.map { OutputFile(path: String($0.name.dropFirst("assets/".count)), data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    /// The Markdown of the statement in one language, as the templates write it from the register.
    public func statementMarkdown(_ language: Language, date: StatementDate? = nil) throws(DiagnosticList) -> String {
        let view = StatementViewBuilder.build(content, date: date ?? self.date, language: language)
        return try templates.render(Templates.statement, view: view, language: language)
    }

    /// Why the register cannot go live as it is, if it cannot: it has unpublished changes, or no
    /// revision is in effect yet. `sitegen check` reports this as a warning.
    public func publicationProblem() -> Diagnostic? {
        guard let history else { return nil }
        do {
            try checkPublished(history)
            return nil
        } catch {
            return error.items.first
        }
    }

    /// The register must render exactly the newest revision: a change that was not published with
    /// `sitegen revise` never reaches the site by accident.
    func checkPublished(_ history: History) throws(DiagnosticList) {
        guard let newest = history.newest else { return }
        for language in site.languages {
            guard let frozen = newest.statements[language] else { continue }
            if try statementMarkdown(language, date: newest.date) != frozen {
                throw DiagnosticList([Diagnostic(
                    at: nil, "the register and templates no longer give the statement of the newest revision (\(newest.date))",
                    hint: "publish the change with `sitegen revise --date YYYY-MM-DD`, or preview it with `sitegen build --draft`")])
            }
        }
        if history.current == nil {
            throw DiagnosticList([Diagnostic(
                at: nil, "no revision is in effect on \(history.buildDate): the first takes effect on \(history.revisions[0].date)",
                hint: "build with --date on or after that date, or preview with `sitegen build --draft`")])
        }
    }

    // MARK: Pages

    func currentPage(_ language: Language) throws(DiagnosticList) -> OutputFile {
        let root = "../"
        let statement: String, shownDate: StatementDate
        // The first layer sums up the register the shown text was written from: the register
        // itself, or the copy frozen with the revision in effect when a newer one is announced.
        var register = content
        if let history, !draft, let current = history.current {
            statement = current.statements[language] ?? ""
            shownDate = current.date
            if current != history.newest { register = try frozenContent(of: current) }
        } else {
            statement = try statementMarkdown(language)
            shownDate = date
        }
        let html = try finishedStatement(markdown.html(from: statement), language: language,
                                         firstLayerFrom: (register, shownDate))
        var page = pageView(language: language, html: html, date: shownDate, root: root, path: "\(language.rawValue)/")
        page.draft = draft
        if let history {
            addHistoryLinks(to: &page, language: language, history: history, root: root)
            if let current = history.current, let previous = history.previous(of: current), !draft {
                page.previous = link(previous, language, root: root)
            }
            if let next = history.announced.first, !draft {
                page.announcement = link(next, language, root: root)
            }
        }
        return OutputFile(path: "\(language.rawValue)/index.html", text: try templates.render(Templates.layout, view: page, language: language))
    }

    func archivePage(_ revision: Revision, _ language: Language, _ history: History) throws(DiagnosticList) -> OutputFile {
        let root = "../../"
        let path = "\(language.rawValue)/\(revision.date.iso)/"
        // Archived versions get heading ids but no first layer: that would need every frozen
        // register loaded on every build.
        let html = try finishedStatement(markdown.html(from: revision.statements[language] ?? ""), language: language,
                                         firstLayerFrom: nil)
        var page = pageView(language: language, html: html, date: revision.date, root: root, path: path)
        page.printStylesheet = "\(root)\(path)print.css"
        page.draft = draft
        page.registerHref = root + PublishedRegisters.path(of: revision.date)
        addHistoryLinks(to: &page, language: language, history: history, root: root)
        page.previous = history.previous(of: revision).map { link($0, language, root: root) }
        if revision.date > history.buildDate {
            page.upcoming = DatedLinkMaker.make(revision.date, language, href: "\(root)\(language.rawValue)/")
        } else if let current = history.current, current != revision {
            page.supersededBy = DatedLinkMaker.make(current.date, language, href: "\(root)\(language.rawValue)/")
        }
        return OutputFile(path: path + "index.html", text: try templates.render(Templates.layout, view: page, language: language))
    }

    /// The register frozen with a revision, for the first layer of a statement in effect while a
    /// newer one is announced.
    func frozenContent(of revision: Revision) throws(DiagnosticList) -> Content {
        let folder = ((revision.manifestPath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(RevisionStore.registerFolder)
        return try ContentLoader.load(folder: folder)
    }

    func changelogFiles(_ language: Language, _ history: History) throws(DiagnosticList) -> [OutputFile] {
        let root = "../../"
        let lang = language.rawValue
        let view = ChangelogView.build(history: history, site: site, language: language, hrefPrefix: "../")
        let html = markdown.html(from: try templates.render(Templates.changelog, view: view, language: language))
        var page = pageView(language: language, html: html, date: history.current?.date ?? date, root: root, path: "\(lang)/changelog/")
        page.draft = draft
        addHistoryLinks(to: &page, language: language, history: history, root: root)
        let feed = try templates.render(Templates.feed, view: view, language: language)
        return [
            OutputFile(path: "\(lang)/changelog/index.html", text: try templates.render(Templates.layout, view: page, language: language)),
            OutputFile(path: "\(lang)/feed.xml", text: feed),
        ]
    }

    func rootPage() throws(DiagnosticList) -> OutputFile {
        let language = site.defaultLanguage
        let page = pageView(language: language, html: "", date: history?.current?.date ?? date, root: "", path: "")
        return OutputFile(path: "index.html", text: try templates.render(Templates.index, view: page, language: language))
    }

    // MARK: Page parts

    func pageView(language: Language, html: String, date: StatementDate, root: String, path: String) -> PageView {
        // The same page in every language: the archived version of the same date, the changelog, …
        let suffix = path.split(separator: "/").dropFirst().map { "\($0)/" }.joined()
        let links = site.languages.map { other in
            PageView.LanguageLink(code: other.rawValue, name: other.nativeName, href: "\(root)\(other.rawValue)/\(suffix)",
                                  url: site.baseURL + "\(other.rawValue)/\(suffix)", current: other == language && !root.isEmpty)
        }
        var page = PageView(
            lang: language.rawValue, title: site.title[language], content: html,
            date: Phrasing.date(date, in: language), dateISO: date.iso, root: root,
            canonicalURL: site.baseURL + path, defaultURL: site.baseURL,
            languages: links, otherLanguages: links.filter { !$0.current })
        page.printStylesheet = "\(root)\(language.rawValue)/print.css"
        page.registerHref = root + PublishedRegisters.fileName
        return page
    }

    func addHistoryLinks(to page: inout PageView, language: Language, history: History, root: String) {
        page.changelogHref = "\(root)\(language.rawValue)/changelog/"
        page.feedHref = "\(root)\(language.rawValue)/feed.xml"
    }

    func link(_ revision: Revision, _ language: Language, root: String) -> PageView.DatedLink {
        DatedLinkMaker.make(revision.date, language, href: "\(root)\(language.rawValue)/\(revision.date.iso)/")
    }
}

enum DatedLinkMaker {
    static func make(_ date: StatementDate, _ language: Language, href: String) -> PageView.DatedLink {
        PageView.DatedLink(date: Phrasing.date(date, in: language), dateISO: date.iso, href: href)
    }
}
