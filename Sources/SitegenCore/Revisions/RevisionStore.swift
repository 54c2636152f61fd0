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
    /// With `stamps`, a statement whose file has the same size, inode and modification time as
    /// when it last passed the check is not hashed again: an edit changes its modification time.
    /// `sitegen check` passes no stamps and always hashes everything.
    public func load(stamps: PageCache? = nil) throws(DiagnosticList) -> [Revision] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let folders = names.sorted().filter { !$0.hasPrefix(".") }
        let results = Parallel.map(folders) { name in loadStamped(name, stamps: stamps) }
        var revisions: [Revision] = []
        var diagnostics = DiagnosticList()
        for result in results {
            switch result.revision {
            case .success(let revision): revisions.append(revision)
            case .failure(let error): diagnostics.append(contentsOf: error)
            }
        }
        if diagnostics.hasErrors { throw diagnostics }
        stamps?.prune(keeping: Set(results.flatMap(\.stamps)))
        return revisions
    }

    private func loadStamped(_ name: String, stamps: PageCache?) -> (revision: Result<Revision, DiagnosticList>, stamps: [String]) {
        var used: [String] = []
        do {
            let revision = try loadRevision(at: (folder as NSString).appendingPathComponent(name), folderName: name,
                                            stamps: stamps, used: &used)
            return (.success(revision), used)
        } catch {
            return (.failure(error), used)
        }
    }

    /// The stamp of a file that passed the hash check: its path, size, inode and modification time.
    static func stamp(of path: String, hash: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let inode = attributes[.systemFileNumber] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return SHA256.hex("\(path)|\(size)|\(inode)|\(modified.timeIntervalSince1970)|\(hash)")
    }

    /// Only the newest revision: all `revise` needs, so publishing stays fast with a long history.
    public func loadLatest() throws(DiagnosticList) -> Revision? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let newest = names.filter({ StatementDate(iso: $0) != nil }).max() else { return nil }
        var used: [String] = []
        return try loadRevision(at: (folder as NSString).appendingPathComponent(newest), folderName: newest,
                                stamps: nil, used: &used)
    }

    func loadRevision(at path: String, folderName: String, stamps: PageCache?, used: inout [String]) throws(DiagnosticList) -> Revision {
        let manifestPath = (path as NSString).appendingPathComponent(Self.manifestName)
        guard let data = FileManager.default.contents(atPath: manifestPath), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(at: SourceLocation(file: path, line: 1, column: 1),
                                             "revision folder has no \(Self.manifestName)",
                                             hint: "revisions are made with `sitegen revise`; remove stray folders from \(folder)")])
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
        var statements: [Language: String] = [:]
        for language in Language.allCases {
            let name = Self.statementName(language)
            let filePath = (path as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: filePath) else { continue }
            let expected = manifest.fileHashes[name] ?? ""
            let stamp = stamps == nil ? nil : Self.stamp(of: filePath, hash: expected)
            if let stamp, stamps?.read(stamp) != nil {
                used.append(stamp)
            } else if expected != SHA256.hex(data) {
                diagnostics.error(at: SourceLocation(file: filePath, line: 1, column: 1),
                                  "the published statement of \(manifest.date) was edited after it was frozen",
                                  hint: "published revisions never change: undo the edit (git checkout \(filePath)) and publish a new revision with `sitegen revise`")
            } else if let stamp, let stamps {
                stamps.write(stamp, Data())
                used.append(stamp)
            }
            statements[language] = String(decoding: data, as: UTF8.self)
        }
        if diagnostics.hasErrors { throw diagnostics }
        return Revision(date: manifest.date, summary: manifest.summary, changes: manifest.changes,
                        statements: statements, fileHashes: manifest.fileHashes,
                        previousHash: manifest.previousHash, manifestPath: manifestPath)
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
