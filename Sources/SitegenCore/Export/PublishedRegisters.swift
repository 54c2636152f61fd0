import Foundation

/// The `register.json` files of a site: `register.json` for the statement in effect, and
/// `revisions/<date>/register.json` for every revision, from the register frozen with it, so
/// each archived statement links to exactly the register it was rendered from.
public enum PublishedRegisters {
    public static let fileName = "register.json"

    /// Where a revision's register is published, relative to the site's root.
    public static func path(of revision: StatementDate) -> String {
        "revisions/\(revision.iso)/\(fileName)"
    }

    /// Loading a frozen register costs far more than rendering its page, so with a cache each
    /// revision's JSON is kept under a key made of its frozen files' hashes and only the register
    /// in effect is loaded again.
    public static func files(content: Content, revisions: [Revision], date: StatementDate, draft: Bool,
                             cache: PageCache? = nil) throws(DiagnosticList) -> [OutputFile] {
        let results = Parallel.map(revisions) { revision in document(of: revision, cache: cache) }
        var files: [OutputFile] = []
        var diagnostics = DiagnosticList()
        for (revision, result) in zip(revisions, results) {
            switch result.document {
            case .success(let data):
                files.append(OutputFile(path: path(of: revision.date), data: data))
            case .failure(let error):
                diagnostics.error(at: nil, "the register frozen with revision \(revision.date) no longer loads",
                                  hint: "sitegen must keep reading old registers; the problems follow")
                diagnostics.append(contentsOf: error)
            }
        }
        if diagnostics.hasErrors { throw diagnostics }
        cache?.prune(keeping: Set(results.compactMap(\.key)))
        // Without revisions, or in a draft, the register itself is what the statement shows.
        var current = (content: content, date: date)
        if !draft, let revision = History(revisions: revisions, buildDate: date).current {
            // The revision's own register.json is the document of the statement in effect.
            if let index = revisions.firstIndex(of: revision), case .success(let data) = results[index].document,
               revision.fileHashes[fileName] != nil {
                files.append(OutputFile(path: fileName, data: data))
                return files
            }
            current = (try ContentLoader.load(folder: revision.registerFolder), revision.date)
        }
        files.append(OutputFile(path: fileName, data: RegisterDocument(register: current.content.register, site: current.content.site,
                                                                      date: current.date).json()))
        return files
    }

    /// A revision's register.json, with the cache key it is kept under, if any.
    static func document(of revision: Revision, cache: PageCache?) -> (key: String?, document: Result<Data, DiagnosticList>) {
        // Revisions frozen with their register.json (all made by this version of sitegen on).
        if revision.fileHashes[fileName] != nil {
            let path = ((revision.manifestPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fileName)
            if let data = FileSystem.contents(path) { return (nil, .success(data)) }
        }
        let frozenFiles = revision.fileHashes.filter { $0.key.hasPrefix(RevisionStore.registerFolder + "/") }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let key = PageCache.key(["register-json", revision.date.iso] + frozenFiles)
        if let data = cache?.read(key) { return (key, .success(data)) }
        do {
            let loaded = try ContentLoader.load(folder: revision.registerFolder)
            let data = RegisterDocument(register: loaded.register, site: loaded.site, date: revision.date).json()
            cache?.write(key, data)
            return (key, .success(data))
        } catch {
            return (key, .failure(error))
        }
    }
}
