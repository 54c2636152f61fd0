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
    /// Pages of published revisions from earlier builds; nil renders everything.
    public let cache: PageCache?
    /// One page at a time: what the tests compare the parallel build with.
    var serial = false
    /// The changelog pages and feeds of earlier builds; nil renders them.
    public var changelogCache: PageCache?
    /// Times the kinds of page, for `sitegen build --profile`.
    public var profile: BuildProfile?
    private let markdown = MarkdownRenderer()

    public init(content: Content, templates: Templates, date: StatementDate, revisions: [Revision] = [], draft: Bool = false,
                cache: PageCache? = nil) {
        self.content = content
        self.templates = templates
        self.date = date
        self.history = revisions.isEmpty ? nil : History(revisions: revisions, buildDate: date)
        self.draft = draft
        self.cache = cache
    }

    var site: SiteSettings { content.site }

    public func render() throws(DiagnosticList) -> [OutputFile] {
        if let history, !draft { try profile.measure("check publication") { () throws(DiagnosticList) in try checkPublished(history) } }
        var files: [OutputFile] = []
        var diagnostics = DiagnosticList()
        // The current statement and changelog of each language on its own core: what a preview
        // rebuild after an edit mostly consists of.
        let perLanguage = serial ? site.languages.map(languageFiles) : Parallel.map(site.languages, languageFiles)
        for result in perLanguage {
            switch result.files {
            case .success(let made): files += made
            case .failure(let error): diagnostics.append(contentsOf: error)
            }
        }
        func collect(_ stage: String, _ make: () throws(DiagnosticList) -> [OutputFile]) {
            do { files += try profile.measure(stage, make) } catch { diagnostics.append(contentsOf: error) }
        }
        if let history {
            collect("archived pages") { () throws(DiagnosticList) in try archivePages(history) }
        }
        collect("root page") { () throws(DiagnosticList) in [try rootPage()] }
        collect("presentation files") { () throws(DiagnosticList) in try presentationFiles() }
        if diagnostics.hasErrors { throw diagnostics }
        if history != nil, let changelogCache {
            // Only the entries this build used stay: one page and one feed per language.
            changelogCache.prune(keeping: Set(perLanguage.flatMap(\.changelogKeys)))
        }
        files += templates.assets.map { OutputFile(path: String($0.name.dropFirst("assets/".count)), data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    /// The current page, changelog and feed of one language, and the changelog's cache keys.
    func languageFiles(_ language: Language) -> (files: Result<[OutputFile], DiagnosticList>, changelogKeys: [String]) {
        var keys: [String] = []
        do {
            var files = [try profile.measure("current page (\(language.rawValue))") { () throws(DiagnosticList) in try currentPage(language) }]
            if let history {
                files += try profile.measure("changelog (\(language.rawValue))") { () throws(DiagnosticList) in
                    try changelogFiles(language, history, usedKeys: &keys)
                }
            }
            return (.success(files), keys)
        } catch {
            return (.failure(error), keys)
        }
    }

    /// The Markdown of the statement in one language, as the templates write it from the register.
    public func statementMarkdown(_ language: Language, date: StatementDate? = nil) throws(DiagnosticList) -> String {
        let view = StatementViewBuilder.build(content, date: date ?? self.date, language: language)
        return try templates.render(Templates.statement, view: view, language: language)
    }

    func statementMarkdownResult(_ language: Language, date: StatementDate) -> Result<String, DiagnosticList> {
        do { return .success(try statementMarkdown(language, date: date)) } catch { return .failure(error) }
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
        // Both languages on their own core: the statement template is the largest render of a build.
        let drifted = Parallel.map(site.languages) { language -> Result<Bool, DiagnosticList> in
            guard newest.statements.has(language) else { return .success(false) }
            return frozenStatementResult(newest, language).flatMap { frozen in
                statementMarkdownResult(language, date: newest.date).map { $0 != frozen }
            }
        }
        for result in drifted {
            if try result.get() {
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
            statement = current.statements.has(language) ? try frozenStatement(current, language) : ""
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
            addHistoryLinks(to: &page, language: language, root: root)
            if let current = history.current, let previous = history.previous(of: current), !draft {
                page.previous = link(previous, language, root: root)
            }
            if let next = history.announced.first, !draft {
                page.announcement = link(next, language, root: root)
            }
        }
        return OutputFile(path: "\(language.rawValue)/index.html", text: try templates.render(Templates.layout, view: page, language: language))
    }

    /// Every version of every language, rendered on all cores (or taken from the cache).
    func archivePages(_ history: History) throws(DiagnosticList) -> [OutputFile] {
        let jobs = history.revisions.flatMap { revision in
            site.languages.filter { revision.statements.has($0) }.map { (revision, $0) }
        }
        let results = serial ? jobs.map { archiveJob($0.0, $0.1, history) }
            : Parallel.map(jobs) { revision, language in archiveJob(revision, language, history) }
        var files: [OutputFile] = []
        var diagnostics = DiagnosticList()
        for (_, result) in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): diagnostics.append(contentsOf: error)
            }
        }
        if diagnostics.hasErrors { throw diagnostics }
        cache?.prune(keeping: Set(results.map { $0.key }))
        return files
    }

    /// One archived page, from the cache when an earlier build rendered it with the same inputs.
    func archiveJob(_ revision: Revision, _ language: Language, _ history: History)
        -> (key: String, result: Result<OutputFile, DiagnosticList>) {
        let key = cacheKey(revision, language, history)
        if let data = profile.measure("  archived page: read cache", { cache?.read(key) }) {
            return (key, .success(OutputFile(path: "\(language.rawValue)/\(revision.date.iso)/index.html", data: data)))
        }
        do {
            let page = try archivePage(revision, language, history)
            profile.measure("  archived page: write cache") { cache?.write(key, page.data) }
            return (key, .success(page))
        } catch {
            return (key, .failure(error))
        }
    }

    /// Everything an archived page is made from. Its notices name only the versions around it,
    /// which never change once published, so a new revision leaves older pages' keys as they were.
    func cacheKey(_ revision: Revision, _ language: Language, _ history: History) -> String {
        let next = history.next(of: revision)
        let state = revision.date > history.buildDate ? "upcoming"
            : next.map { $0.date <= history.buildDate ? "superseded:\($0.date.iso)" : "current" } ?? "current"
        return PageCache.key([
            templates.fingerprint, site.baseURL, site.languages.map(\.rawValue).joined(separator: ","),
            site.languages.map { site.title[$0] }.joined(separator: "\u{0}"), language.rawValue, revision.date.iso,
            revision.fileHashes[RevisionStore.statementName(language)] ?? SHA256.hex(revision.statements[language] ?? ""),
            history.previous(of: revision)?.date.iso ?? "-", state, draft ? "draft" : "final",
        ])
    }

    func archivePage(_ revision: Revision, _ language: Language, _ history: History) throws(DiagnosticList) -> OutputFile {
        let root = "../../"
        let path = "\(language.rawValue)/\(revision.date.iso)/"
        // Archived versions get heading ids but no first layer: that would need every frozen
        // register loaded on every build.
        let frozen = try frozenStatement(revision, language)
        let cmarkHTML = profile.measure("  archived page: cmark-gfm") { markdown.html(from: frozen) }
        let html = try profile.measure("  archived page: headings and captions") { () throws(DiagnosticList) in
            try finishedStatement(cmarkHTML, language: language, firstLayerFrom: nil)
        }
        var page = pageView(language: language, html: html, date: revision.date, root: root, path: path)
        page.printStylesheet = "\(root)\(path)print.css"
        page.draft = draft
        page.registerHref = root + PublishedRegisters.path(of: revision.date)
        addHistoryLinks(to: &page, language: language, root: root)
        page.previous = history.previous(of: revision).map { link($0, language, root: root) }
        if revision.date > history.buildDate {
            page.upcoming = DatedLinkMaker.make(revision.date, language, href: "\(root)\(language.rawValue)/")
        } else if let next = history.next(of: revision), next.date <= history.buildDate {
            page.supersededBy = DatedLinkMaker.make(next.date, language, href: "\(root)\(language.rawValue)/")
        }
        let text = try profile.measure("  archived page: layout") { () throws(DiagnosticList) in
            try templates.render(Templates.layout, view: page, language: language)
        }
        return OutputFile(path: path + "index.html", text: text)
    }

    /// A revision's frozen statement; a file that passed its check but can no longer be read
    /// fails the build rather than publish an empty page.
    func frozenStatement(_ revision: Revision, _ language: Language) throws(DiagnosticList) -> String {
        guard let text = revision.statements[language] else {
            let folder = (revision.manifestPath as NSString).deletingLastPathComponent
            throw DiagnosticList([Diagnostic(
                at: SourceLocation(file: (folder as NSString).appendingPathComponent(RevisionStore.statementName(language)), line: 1, column: 1),
                "the published statement of \(revision.date) cannot be read", hint: "restore it from version control")])
        }
        return text
    }

    func frozenStatementResult(_ revision: Revision, _ language: Language) -> Result<String, DiagnosticList> {
        do { return .success(try frozenStatement(revision, language)) } catch { return .failure(error) }
    }

    /// The register frozen with a revision, for the first layer of a statement in effect while a
    /// newer one is announced.
    func frozenContent(of revision: Revision) throws(DiagnosticList) -> Content {
        try ContentLoader.load(folder: revision.registerFolder)
    }

    /// The changelog page and feed of one language, from the cache when the history, templates
    /// and settings they are made from are unchanged: with a long history they are the largest
    /// templates a build renders.
    func changelogFiles(_ language: Language, _ history: History, usedKeys: inout [String]) throws(DiagnosticList) -> [OutputFile] {
        let lang = language.rawValue
        let view = ChangelogView.build(history: history, site: site, language: language, hrefPrefix: "../")
        let paths = ["\(lang)/changelog/index.html", "\(lang)/feed.xml"]
        let shownDate = history.current?.date ?? date
        let keys = changelogCache.map { _ in
            let parts = [templates.fingerprint, PageCache.canonicalJSON(site), lang, shownDate.iso, draft ? "draft" : "final",
                         PageCache.canonicalJSON(view)]
            return paths.map { PageCache.key(parts + [$0]) }
        }
        usedKeys += keys ?? []
        if let keys, let cache = changelogCache {
            let cached = keys.compactMap(cache.read)
            if cached.count == paths.count { return zip(paths, cached).map { OutputFile(path: $0, data: $1) } }
        }
        let root = "../../"
        let html = markdown.html(from: try templates.render(Templates.changelog, view: view, language: language))
        var page = pageView(language: language, html: html, date: shownDate, root: root, path: "\(lang)/changelog/")
        page.draft = draft
        addHistoryLinks(to: &page, language: language, root: root)
        let files = [
            OutputFile(path: paths[0], text: try templates.render(Templates.layout, view: page, language: language)),
            OutputFile(path: paths[1], text: try templates.render(Templates.feed, view: view, language: language)),
        ]
        if let keys, let cache = changelogCache {
            for (key, file) in zip(keys, files) { cache.write(key, file.data) }
        }
        return files
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

    func addHistoryLinks(to page: inout PageView, language: Language, root: String) {
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
