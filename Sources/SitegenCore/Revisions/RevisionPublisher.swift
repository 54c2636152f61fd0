import Foundation

/// `sitegen revise`: freezes the current register and its rendered statement as a new revision.
public struct RevisionPublisher: Sendable {
    public let contentFolder: String
    public let templatesFolder: String

    public init(contentFolder: String, templatesFolder: String) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
    }

    public struct Result: Sendable {
        public let revision: Revision
        public let folder: String
    }

    public func publish(date: StatementDate, summary: LocalizedText) throws(DiagnosticList) -> Result {
        let files = try ContentFiles.read(folder: contentFolder)
        let content = try ContentLoader.load(files)
        let templates = try Templates.load(folder: templatesFolder, languages: content.site.languages)
        let store = RevisionStore(contentFolder: contentFolder)
        let latest = try store.loadLatest()
        if let latest, date <= latest.date {
            throw DiagnosticList([Diagnostic(at: nil, "a revision must be dated after the newest one (\(latest.date))",
                                             hint: "published revisions never change; pass a later --date")])
        }
        let renderer = SiteRenderer(content: content, templates: templates, date: date)
        var statements: [Language: String] = [:]
        for language in content.site.languages { statements[language] = try renderer.statementMarkdown(language) }

        var changes: [Revision.Change] = []
        if let latest {
            let previousRegister = try previousRegister(of: latest)
            changes = RegisterDiff.changes(from: previousRegister, to: content.register)
            // Rendered with the newest revision's date, an unchanged register gives its exact text.
            let asOfLatest = SiteRenderer(content: content, templates: templates, date: latest.date)
            var sameText = true
            for language in content.site.languages where try asOfLatest.statementMarkdown(language) != latest.statements[language] {
                sameText = false
            }
            if changes.isEmpty && sameText {
                throw DiagnosticList([Diagnostic(at: nil, "nothing to publish: the statement is the same as the revision of \(latest.date)",
                                                 hint: "edit the register first")])
            }
        }

        var frozen: [String: Data] = [:]
        for (language, markdown) in statements { frozen[RevisionStore.statementName(language)] = Data(markdown.utf8) }
        for file in files.files {
            frozen["\(RevisionStore.registerFolder)/\((file.path as NSString).lastPathComponent)"] = Data(file.text.utf8)
        }
        // The published register.json is frozen too: builds copy it instead of loading the YAML again.
        frozen[PublishedRegisters.fileName] = RegisterDocument(register: content.register, site: content.site, date: date).json()
        let previousHash = latest.flatMap { FileManager.default.contents(atPath: $0.manifestPath) }.map(SHA256.hex)
        let manifest = RevisionManifest(date: date, summary: summary, changes: changes,
                                        fileHashes: frozen.mapValues(SHA256.hex), previousHash: previousHash)
        frozen[RevisionStore.manifestName] = Data(manifest.yaml().utf8)

        let target = (store.folder as NSString).appendingPathComponent(date.iso)
        do {
            try SiteWriter(output: URL(fileURLWithPath: target)).write(
                frozen.map { OutputFile(path: $0.key, data: $0.value) }.sorted { $0.path < $1.path })
        } catch {
            throw DiagnosticList([Diagnostic(at: nil, "could not write the revision: \(error)")])
        }
        let revision = Revision(date: date, summary: summary, changes: changes, statements: FrozenStatements(statements),
                                fileHashes: manifest.fileHashes, previousHash: previousHash,
                                manifestPath: (target as NSString).appendingPathComponent(RevisionStore.manifestName))
        return Result(revision: revision, folder: target)
    }

    /// The register frozen with a revision, read with today's loader.
    func previousRegister(of revision: Revision) throws(DiagnosticList) -> Register {
        try ContentLoader.load(folder: revision.registerFolder).register
    }
}
