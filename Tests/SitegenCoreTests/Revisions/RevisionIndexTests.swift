import Foundation
import Testing
@testable import SitegenCore

/// The index lets a build skip parsing and hashing frozen files it has seen, never at the price
/// of reading a file that changed since.
@Suite struct RevisionIndexTests {
    let folder: URL
    let project: (content: URL, templates: URL)

    init() throws {
        folder = try Project.scratchFolder("revision-index")
        project = try Project.copyDemo(to: folder)
    }

    var store: RevisionStore { RevisionStore(contentFolder: project.content.path) }
    var indexFile: URL { folder.appendingPathComponent("index.json") }

    func manifestURL(_ date: String) -> URL {
        project.content.appendingPathComponent("revisions/\(date)/revision.yaml")
    }

    @Test func revisionsFromTheIndexAreTheRevisionsOnDisk() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let direct = try store.load()
        _ = try store.load(index: RevisionIndex(file: indexFile))
        let indexed = try store.load(index: RevisionIndex(file: indexFile))
        #expect(indexed.map(\.summary) == direct.map(\.summary))
        #expect(indexed.map(\.changes) == direct.map(\.changes))
        #expect(indexed.map(\.fileHashes) == direct.map(\.fileHashes))
        #expect(indexed.map(\.previousHash) == direct.map(\.previousHash))
        #expect(indexed.map(\.statements) == direct.map(\.statements))
        let stored = try JSONDecoder().decode(RevisionIndex.Stored.self, from: Data(contentsOf: indexFile))
        #expect(stored.manifests.count == 3)
    }

    /// Same size, even the same modification time: a rewritten manifest is read again.
    @Test func anEditedManifestIsParsedAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.load(index: RevisionIndex(file: indexFile))
        let url = manifestURL("2025-09-01")
        let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("Ticketwise, een"))
        try text.replacingOccurrences(of: "Ticketwise, een", with: "Ticketwise, ene").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: url.path)
        let revisions = try store.load(index: RevisionIndex(file: indexFile))
        #expect(revisions[1].summary[.nl].contains("Ticketwise, ene"))
    }

    @Test func aBrokenManifestIsReportedEvenAfterItWasIndexed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.load(index: RevisionIndex(file: indexFile))
        try "date: [2025-09-01\n".write(to: manifestURL("2025-09-01"), atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticList.self) { try store.load(index: RevisionIndex(file: indexFile)) }
        #expect(error?.items.first?.location?.file.hasSuffix("revisions/2025-09-01/revision.yaml") == true)
    }

    /// Entries of revisions that are gone are dropped when the index is saved.
    @Test func theIndexKeepsOnlyWhatTheLastLoadUsed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.load(index: RevisionIndex(file: indexFile))
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("revisions/2026-11-16"))
        _ = try store.load(index: RevisionIndex(file: indexFile))
        let stored = try JSONDecoder().decode(RevisionIndex.Stored.self, from: Data(contentsOf: indexFile))
        #expect(stored.manifests.keys.sorted().map { ($0 as NSString).pathComponents.suffix(2).first } == ["2025-03-01", "2025-09-01"])
        #expect(stored.verified.count == 4)
    }

    /// A fresh clone with a restored cache: every file has a new inode and new times, but the
    /// same bytes. The manifest comes from the index by its hash (the planted summary shows it was
    /// not parsed again); once its bytes change, it is parsed.
    @Test func aManifestWithNewStampButSameBytesIsFoundByItsHash() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.load(index: RevisionIndex(file: indexFile))
        var stored = try JSONDecoder().decode(RevisionIndex.Stored.self, from: Data(contentsOf: indexFile))
        let key = try #require(stored.manifests.keys.first { $0.hasSuffix("2025-09-01/revision.yaml") })
        stored.manifests[key]?.manifest.summary = LocalizedText([.nl: "Uit de index.", .en: "From the index."])
        try JSONEncoder().encode(stored).write(to: indexFile)

        let url = manifestURL("2025-09-01")
        let bytes = try Data(contentsOf: url)
        try FileManager.default.removeItem(at: url)
        try bytes.write(to: url)
        #expect(try store.load(index: RevisionIndex(file: indexFile))[1].summary[.en] == "From the index.")

        try (bytes + Data("# edited\n".utf8)).write(to: url)
        #expect(try store.load(index: RevisionIndex(file: indexFile))[1].summary[.en] != "From the index.")
    }
}
