import Foundation

/// One build, start to end: load content -> load templates -> render -> write atomically.
public struct SiteBuild: Sendable {
    public struct Options: Sendable {
        public var contentFolder: String
        public var templatesFolder: String
        public var outputFolder: String
        public var date: StatementDate?
        /// Build even when the register differs from the newest revision, marking every page.
        public var draft: Bool
        public var environment: [String: String]
        /// Records how long each stage took, when set.
        public var profile: BuildProfile?
        /// Where work is kept between builds; nil keeps it in `.<output>.cache/` beside the output
        /// folder, or nowhere when there is no output folder.
        public var cacheFolder: String?

        public init(contentFolder: String = "content", templatesFolder: String = "templates",
                    outputFolder: String = "site", date: StatementDate? = nil, draft: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment, profile: BuildProfile? = nil) {
            self.contentFolder = contentFolder
            self.templatesFolder = templatesFolder
            self.outputFolder = outputFolder
            self.date = date
            self.draft = draft
            self.environment = environment
            self.profile = profile
        }
    }

    public struct Summary: Sendable {
        public let files: [OutputFile]
        public let pages: Int
        public let languages: [Language]
        public let date: StatementDate
        public let dateSource: BuildDate.Source
        public let revisions: Int
        public let output: String
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Everything short of writing: the files the site would hold, or every problem found.
    public func renderFiles() throws(DiagnosticList) -> Rendered {
        var diagnostics = DiagnosticList()
        var content: Content?, revisions: [Revision] = []
        let profile = options.profile
        do {
            content = try profile.measure("load content") { () throws(DiagnosticList) in try ContentLoader.load(folder: options.contentFolder) }
        } catch {
            diagnostics.append(contentsOf: error)
        }
        let cache = options.cacheFolder.map { PageCache(folder: URL(fileURLWithPath: $0)) }
            ?? (options.outputFolder.isEmpty ? nil : PageCache.beside(output: URL(fileURLWithPath: options.outputFolder)))
        do {
            revisions = try profile.measure("load revisions") { () throws(DiagnosticList) in
                try RevisionStore(contentFolder: options.contentFolder).load(index: cache.map { RevisionIndex(file: $0.folder.appendingPathComponent("revisions.json")) })
            }
        } catch {
            diagnostics.append(contentsOf: error)
        }
        guard let content else { throw diagnostics }
        let templates: Templates
        do {
            templates = try profile.measure("load templates") { () throws(DiagnosticList) in
                try Templates.load(folder: options.templatesFolder, languages: content.site.languages)
            }
        } catch {
            diagnostics.append(contentsOf: error)
            throw diagnostics
        }
        if diagnostics.hasErrors { throw diagnostics }
        // With revisions, the date only decides which revision is in effect; each keeps its own.
        let (date, source) = try BuildDate.resolve(option: options.date, content: revisions.isEmpty ? content.site.date : nil,
                                                   environment: options.environment)
        var renderer = SiteRenderer(content: content, templates: templates, date: date, revisions: revisions,
                                    draft: options.draft, cache: cache?.part("pages"))
        renderer.changelogCache = cache?.part("changelog")
        renderer.profile = profile
        let pages = try renderer.render()
        let registers = try profile.measure("register files") { () throws(DiagnosticList) in
            try PublishedRegisters.files(content: content, revisions: revisions, date: date, draft: options.draft,
                                         cache: cache?.part("registers"))
        }
        let files = (pages + registers).sorted { $0.path < $1.path }
        return Rendered(files: files, content: content, date: date, dateSource: source, revisions: revisions.count)
    }

    public struct Rendered: Sendable {
        public let files: [OutputFile]
        public let content: Content
        public let date: StatementDate
        public let dateSource: BuildDate.Source
        public let revisions: Int
    }

    /// Builds and writes the site. On any error nothing in the output folder changes.
    public func run() throws -> Summary {
        let rendered = try renderFiles()
        let output = URL(fileURLWithPath: options.outputFolder)
        let writer = SiteWriter(output: output, spare: PageCache.beside(output: output).part("spare").folder)
        try options.profile.measure("write") { try writer.write(rendered.files) }
        return Summary(files: rendered.files, pages: rendered.files.count { $0.path.hasSuffix(".html") },
                       languages: rendered.content.site.languages, date: rendered.date, dateSource: rendered.dateSource,
                       revisions: rendered.revisions, output: options.outputFolder)
    }
}
