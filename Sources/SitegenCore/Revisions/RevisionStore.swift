import Foundation
import Yams

/// Reads and writes the frozen revisions under `<content>/revisions/<YYYY-MM-DD>/`.
public struct RevisionStore: Sendable {
    public static let folderName = "revisions"
    public static let manifestName = "revision.yaml"
    static let registerFolder = "register"

    public let folder: String

    public init(contentFolder: String) {
        self.folder = (contentFolder as NSString).appendingPathComponent(Self.folderName)
    }

    static func statementName(_ language: Language) -> String { "statement.\(language.rawValue).md" }

    /// Every revision, oldest first, read on every core. Reading checks the frozen statements
    /// against their hashes, because they are what gets published.
    ///
    /// With an `index`, a manifest or statement whose file is exactly as when an earlier build
    /// read and checked it is taken from the index instead of parsed or hashed again; an edit
    /// changes the file's stamp. `sitegen check` passes no index and always reads everything.
    public func load(index: RevisionIndex? = nil) throws(DiagnosticList) -> [Revision] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let folders = names.sorted().filter { !$0.hasPrefix(".") }
        let results = Parallel.map(folders) { name in loadResult(name, index: index) }
        var revisions: [Revision] = []
        var diagnostics = DiagnosticList()
        for result in results {
            switch result {
            case .success(let revision): revisions.append(revision)
            case .failure(let error): diagnostics.append(contentsOf: error)
            }
        }
        if diagnostics.hasErrors { throw diagnostics }
        index?.save()
        return revisions
    }

    private func loadResult(_ name: String, index: RevisionIndex?) -> Result<Revision, DiagnosticList> {
        do {
            return .success(try loadRevision(at: (folder as NSString).appendingPathComponent(name), folderName: name, index: index))
        } catch {
            return .failure(error)
        }
    }

    /// Only the newest revision: all `revise` needs, so publishing stays fast with a long history.
    public func loadLatest() throws(DiagnosticList) -> Revision? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let newest = names.filter({ StatementDate(iso: $0) != nil }).max() else { return nil }
        return try loadRevision(at: (folder as NSString).appendingPathComponent(newest), folderName: newest, index: nil)
    }

    func loadRevision(at path: String, folderName: String, index: RevisionIndex?) throws(DiagnosticList) -> Revision {
        let manifestPath = (path as NSString).appendingPathComponent(Self.manifestName)
        let manifestStamp = index == nil ? nil : FileSystem.stamp(manifestPath)
        let manifest: RevisionManifest
        if let index, let manifestStamp, let known = index.manifest(at: manifestPath, stamp: manifestStamp) {
            manifest = known
        } else {
            guard let data = FileSystem.contents(manifestPath) else {
                throw DiagnosticList([Diagnostic(at: SourceLocation(file: path, line: 1, column: 1),
                                                 "revision folder has no \(Self.manifestName)",
                                                 hint: "revisions are made with `sitegen revise`; remove stray folders from \(folder)")])
            }
            let contentHash = index == nil ? "" : SHA256.hex(data)
            if let index, let known = index.manifest(at: manifestPath, contentHash: contentHash) {
                manifest = known
            } else {
                manifest = try parseManifest(data, at: manifestPath, folderName: folderName)
            }
            if let index, let manifestStamp { index.remember(manifest, at: manifestPath, stamp: manifestStamp, contentHash: contentHash) }
        }
        var statements: [Language: String] = [:], unread: [Language: String] = [:]
        var diagnostics = DiagnosticList()
        for language in Language.allCases {
            let name = Self.statementName(language)
            let filePath = (path as NSString).appendingPathComponent(name)
            let expected = manifest.fileHashes[name] ?? ""
            let stamp = index == nil ? nil : FileSystem.stamp(filePath).map { "\(filePath)|\($0)|\(expected)" }
            if let stamp, index?.isVerified(stamp) == true {
                // Checked by an earlier build, and not touched since: read only if a page needs it.
                unread[language] = filePath
                continue
            }
            guard let data = FileSystem.contents(filePath) else {
                if manifest.fileHashes[name] != nil {
                    diagnostics.error(at: SourceLocation(file: filePath, line: 1, column: 1),
                                      "the published statement of \(manifest.date) is missing",
                                      hint: "published revisions never change: restore it from version control (git checkout \(filePath))")
                }
                continue
            }
            if expected != SHA256.hex(data) {
                diagnostics.error(at: SourceLocation(file: filePath, line: 1, column: 1),
                                  "the published statement of \(manifest.date) was edited after it was frozen",
                                  hint: "published revisions never change: undo the edit (git checkout \(filePath)) and publish a new revision with `sitegen revise`")
            } else if let stamp {
                index?.markVerified(stamp)
            }
            statements[language] = String(decoding: data, as: UTF8.self)
        }
        if diagnostics.hasErrors { throw diagnostics }
        return Revision(date: manifest.date, summary: manifest.summary, changes: manifest.changes,
                        statements: FrozenStatements(texts: statements, files: unread), fileHashes: manifest.fileHashes,
                        previousHash: manifest.previousHash, manifestPath: manifestPath)
    }

    /// `revision.yaml` parsed and checked, with its date matching the folder's name.
    func parseManifest(_ data: Data, at manifestPath: String, folderName: String) throws(DiagnosticList) -> RevisionManifest {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(at: SourceLocation(file: manifestPath, line: 1, column: 1),
                                             "\(Self.manifestName) is not UTF-8 text",
                                             hint: "restore it from version control")])
        }
        let root: YAMLValue
        do {
            guard let node = try Yams.compose(yaml: text) else { throw DiagnosticList([Diagnostic(at: SourceLocation(file: manifestPath, line: 1, column: 1), "empty revision manifest")]) }
            root = YAMLValue(node: node, file: manifestPath)
        } catch let error as DiagnosticList {
            throw error
        } catch {
            throw DiagnosticList([YAMLSyntaxError.diagnostic(for: error, in: manifestPath)])
        }
        let reader = ContentReader(languages: Language.allCases)
        let manifest = RevisionManifest.read(root, with: reader)
        var diagnostics = reader.diagnostics
        guard let manifest else { throw diagnostics }
        if manifest.date.iso != folderName {
            diagnostics.error(at: root.location, "revision dated \(manifest.date) is in folder `\(folderName)`",
                              hint: "a revision's folder is named after its date")
        }
        if diagnostics.hasErrors { throw diagnostics }
        return manifest
    }

    /// Every frozen file of a revision compared with its hash, and the chain of manifests: what
    /// `sitegen check` reports when a published revision was changed afterwards.
    public func verifyIntegrity(_ revisions: [Revision]) -> DiagnosticList {
        var diagnostics = DiagnosticList()
        var previousManifest: Data?
        for revision in revisions {
            let base = (revision.manifestPath as NSString).deletingLastPathComponent
            for (name, hash) in revision.fileHashes.sorted(by: { $0.key < $1.key }) {
                let path = (base as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else {
                    diagnostics.error(at: SourceLocation(file: path, line: 1, column: 1),
                                      "a frozen file of revision \(revision.date) is missing",
                                      hint: "restore it from version control")
                    continue
                }
                if SHA256.hex(data) != hash {
                    diagnostics.error(at: SourceLocation(file: path, line: 1, column: 1),
                                      "revision \(revision.date) was edited after it was published",
                                      hint: "restore the file from version control and publish the change as a new revision")
                }
            }
            if let previousManifest, revision.previousHash != SHA256.hex(previousManifest) {
                diagnostics.error(at: SourceLocation(file: revision.manifestPath, line: 1, column: 1),
                                  "the revision before \(revision.date) was changed or replaced after this one was published",
                                  hint: "restore the earlier revision's revision.yaml from version control")
            }
            previousManifest = FileManager.default.contents(atPath: revision.manifestPath)
        }
        return diagnostics
    }
}
