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

    public static func files(content: Content, revisions: [Revision], date: StatementDate, draft: Bool) throws(DiagnosticList) -> [OutputFile] {
        var files: [OutputFile] = []
        var frozen: [StatementDate: Content] = [:]
        var diagnostics = DiagnosticList()
        for revision in revisions {
            do {
                let loaded = try ContentLoader.load(folder: revision.registerFolder)
                frozen[revision.date] = loaded
                files.append(OutputFile(path: path(of: revision.date),
                                        data: RegisterDocument(register: loaded.register, site: loaded.site, date: revision.date).json()))
            } catch {
                diagnostics.error(at: nil, "the register frozen with revision \(revision.date) no longer loads",
                                  hint: "sitegen must keep reading old registers; the problems follow")
                diagnostics.append(contentsOf: error)
            }
        }
        if diagnostics.hasErrors { throw diagnostics }
        // Without revisions, or in a draft, the register itself is what the statement shows.
        var current = (content: content, date: date)
        if !draft, let revision = History(revisions: revisions, buildDate: date).current, let published = frozen[revision.date] {
            current = (published, revision.date)
        }
        files.append(OutputFile(path: fileName, data: RegisterDocument(register: current.content.register, site: current.content.site,
                                                                      date: current.date).json()))
        return files
    }
}

extension Revision {
    /// The copy of the register frozen with this revision.
    var registerFolder: String {
        ((manifestPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(RevisionStore.registerFolder)
    }
}
