import Foundation

/// One build, start to end: load content -> load templates -> render -> write atomically.
public struct SiteBuild: Sendable {
    public struct Options: Sendable {
        public var contentFolder: String
        public var templatesFolder: String
        public var outputFolder: String
        public var date: StatementDate?
        public var environment: [String: String]

        public init(contentFolder: String = "content", templatesFolder: String = "templates",
                    outputFolder: String = "site", date: StatementDate? = nil,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.contentFolder = contentFolder
            self.templatesFolder = templatesFolder
            self.outputFolder = outputFolder
            self.date = date
            self.environment = environment
        }
    }

    public struct Summary: Sendable {
        public let files: [OutputFile]
        public let pages: Int
        public let languages: [Language]
        public let date: StatementDate
        public let dateSource: BuildDate.Source
        public let output: String
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Everything short of writing: the files the site would hold, or every problem found.
    public func renderFiles() throws(DiagnosticList) -> (files: [OutputFile], content: Content, date: StatementDate, source: BuildDate.Source) {
        let content = try ContentLoader.load(folder: options.contentFolder)
        let templates = try Templates.load(folder: options.templatesFolder, languages: content.site.languages)
        let (date, source) = try BuildDate.resolve(option: options.date, content: content.site.date,
                                                   environment: options.environment)
        let files = try SiteRenderer(content: content, templates: templates, date: date).render()
        return (files, content, date, source)
    }

    /// Builds and writes the site. On any error nothing in the output folder changes.
    public func run() throws -> Summary {
        let (files, content, date, source) = try renderFiles()
        try SiteWriter(output: URL(fileURLWithPath: options.outputFolder)).write(files)
        return Summary(files: files, pages: files.count { $0.path.hasSuffix(".html") },
                       languages: content.site.languages, date: date, dateSource: source,
                       output: options.outputFolder)
    }
}
