import Foundation
import Testing
@testable import SitegenCore

/// Publishing, freezing, refusing unpublished changes, announcing and archiving, on a copy of the
/// demo project (which has revisions of 2025-03-01, 2025-09-01 and 2026-11-16).
@Suite struct RevisionLifecycleTests {
    let folder: URL
    let project: (content: URL, templates: URL)

    init() throws {
        folder = try Project.scratchFolder("revisions")
        project = try Project.copyDemo(to: folder)
    }

    func build(on date: String, draft: Bool = false, output: String = "site") throws -> [String: String] {
        let out = folder.appendingPathComponent(output)
        _ = try SiteBuild(options: .init(contentFolder: project.content.path, templatesFolder: project.templates.path,
                                         outputFolder: out.path, date: StatementDate(iso: date), draft: draft,
                                         environment: [:])).run()
        return Project.snapshot(of: out).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func publisher() -> RevisionPublisher {
        RevisionPublisher(contentFolder: project.content.path, templatesFolder: project.templates.path)
    }

    func editContent(_ file: String, _ from: String, _ to: String) throws {
        let url = project.content.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(from), "fixture text not found in \(file)")
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
    }

    func revisionFile(_ date: String, _ name: String) -> URL {
        project.content.appendingPathComponent("revisions/\(date)/\(name)")
    }

    /// The statement text of a page: from its first heading to the revision links.
    func statementPart(_ page: String) -> String {
        guard let start = page.range(of: "<h1>"), let end = page.range(of: "<nav class=\"revision-links\"") else { return page }
        return String(page[start.lowerBound..<end.lowerBound])
    }

    @Test func reviseFreezesTheStatementTheRegisterAndTheirHashes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try editContent("activities.yaml", "period: 6 months", "period: 3 months")
        let date = StatementDate(year: 2027, month: 1, day: 1)!
        let result = try publisher().publish(date: date, summary: LocalizedText([.nl: "Korter.", .en: "Shorter."]))

        let names = try FileManager.default.contentsOfDirectory(atPath: result.folder).sorted()
        #expect(names == ["register", "register.json", "revision.yaml", "statement.en.md", "statement.nl.md"])
        let frozenJSON = try Data(contentsOf: revisionFile("2027-01-01", "register.json"))
        #expect(String(decoding: frozenJSON, as: UTF8.self).contains("\"sitegen-register\""))
        let content = try ContentLoader.load(folder: project.content.path)
        let templates = try Templates.load(folder: project.templates.path, languages: content.site.languages)
        let expected = try SiteRenderer(content: content, templates: templates, date: date).statementMarkdown(.nl)
        #expect(try String(contentsOf: revisionFile("2027-01-01", "statement.nl.md"), encoding: .utf8) == expected)
        #expect(try Data(contentsOf: revisionFile("2027-01-01", "register/activities.yaml"))
                == Data(contentsOf: project.content.appendingPathComponent("activities.yaml")))
        let reloaded = try RevisionStore(contentFolder: project.content.path).load()
        #expect(reloaded.map(\.date.iso) == ["2025-03-01", "2025-09-01", "2026-11-16", "2027-01-01"])
        #expect(reloaded.last?.changes.map { $0.text[.en] } == ["Retention period of “Contact form”: 6 months → 3 months."])
        #expect(reloaded.last?.summary[.nl] == "Korter.")
        #expect(RevisionStore(contentFolder: project.content.path).verifyIntegrity(reloaded).items.isEmpty)
    }

    @Test func reviseRefusesAnOlderDateAndAnUnchangedRegister() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = LocalizedText([.nl: "x", .en: "x"])
        let older = #expect(throws: DiagnosticList.self) {
            try publisher().publish(date: StatementDate(year: 2026, month: 1, day: 1)!, summary: summary)
        }
        #expect(older?.items.first?.message == "a revision must be dated after the newest one (2026-11-16)")
        let unchanged = #expect(throws: DiagnosticList.self) {
            try publisher().publish(date: StatementDate(year: 2027, month: 1, day: 1)!, summary: summary)
        }
        #expect(unchanged?.items.first?.message.hasPrefix("nothing to publish") == true)
    }

    @Test func anEditedFrozenStatementStopsTheBuild() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let statement = revisionFile("2025-09-01", "statement.en.md")
        try (String(contentsOf: statement, encoding: .utf8) + "\nWe never said this.\n").write(to: statement, atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticList.self) { try build(on: "2026-12-01") }
        #expect(error?.description.contains("statement.en.md:1:1: error: the published statement of 2025-09-01 was edited after it was frozen") == true)
    }

    /// A statement the manifest lists must be there: a revision never silently loses a language,
    /// also after a build that checked it and now reads it only when a page needs it.
    @Test func aDeletedFrozenStatementStopsTheBuild() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(on: "2026-12-01")
        try FileManager.default.removeItem(at: revisionFile("2025-09-01", "statement.en.md"))
        let error = #expect(throws: DiagnosticList.self) { try build(on: "2026-12-01") }
        #expect(error?.description.contains("statement.en.md:1:1: error: the published statement of 2025-09-01 is missing") == true)
    }

    /// A build that checked the statements once keeps a stamp, but an edit afterwards still fails.
    @Test func anEditAfterAVerifiedBuildStillStopsTheNextBuild() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(on: "2026-12-01")
        let index = try JSONDecoder().decode(RevisionIndex.Stored.self,
                                             from: Data(contentsOf: folder.appendingPathComponent(".site.cache/revisions.json")))
        #expect(index.verified.count == 6)
        let statement = revisionFile("2026-11-16", "statement.nl.md")
        try String(contentsOf: statement, encoding: .utf8).replacingOccurrences(of: "6 maanden", with: "6 weken")
            .write(to: statement, atomically: false, encoding: .utf8)
        let error = #expect(throws: DiagnosticList.self) { try build(on: "2026-12-01") }
        #expect(error?.items.first?.message == "the published statement of 2026-11-16 was edited after it was frozen")
    }

    @Test func integrityCheckFindsAnEditedRegisterCopyAndABrokenChain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = RevisionStore(contentFolder: project.content.path)
        try "cookies: none\n".write(to: revisionFile("2025-03-01", "register/cookies.yaml"), atomically: true, encoding: .utf8)
        let manifest = revisionFile("2025-09-01", "revision.yaml")
        try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "Ticketwise, een", with: "Ticketwise, het")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let problems = store.verifyIntegrity(try store.load())
        #expect(problems.items.map(\.message) == [
            "revision 2025-03-01 was edited after it was published",
            "the revision before 2026-11-16 was changed or replaced after this one was published",
        ])
        #expect(problems.items.first?.location?.file.hasSuffix("revisions/2025-03-01/register/cookies.yaml") == true)
    }

    @Test func anUnpublishedChangeIsRefusedButBuildsAsADraft() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try build(on: "2026-12-01")
        try editContent("activities.yaml", "period: 6 months", "period: 3 months")
        let error = #expect(throws: DiagnosticList.self) { try build(on: "2026-12-01") }
        #expect(error?.items.first?.message == "the register and templates no longer give the statement of the newest revision (2026-11-16)")
        #expect(error?.items.first?.hint?.contains("sitegen revise") == true)
        #expect(Project.snapshot(of: folder.appendingPathComponent("site")).mapValues { String(decoding: $0, as: UTF8.self) } == before)

        let draft = try build(on: "2026-12-01", draft: true, output: "draft")
        for (path, page) in draft where path.hasSuffix(".html") && path != "index.html" {
            #expect(page.contains("class=\"notice notice-draft\""), "\(path) has no draft banner")
        }
        #expect(draft["en/index.html"]?.contains("<strong>Retention period:</strong> 3 months") == true)
        // Published versions keep their frozen text even in a draft.
        #expect(draft["en/2026-11-16/index.html"]?.contains("<strong>Retention period:</strong> 6 months") == true)
    }

    @Test func aFutureRevisionIsAnnouncedNotLive() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try editContent("activities.yaml", "period: 6 months", "period: 3 months")
        _ = try publisher().publish(date: StatementDate(year: 2027, month: 3, day: 1)!,
                                    summary: LocalizedText([.nl: "Korter bewaren.", .en: "Keeping less long."]))
        let pages = try build(on: "2027-01-15")
        let current = try #require(pages["nl/index.html"])
        #expect(current.contains("Deze privacyverklaring wijzigt op <time datetime=\"2027-03-01\">1 maart 2027</time>. <a href=\"../nl/2027-03-01/\">"))
        #expect(current.contains("Deze privacyverklaring geldt vanaf <strong>16 november 2026</strong>"))
        #expect(current.contains("<strong>Bewaartermijn:</strong> 6 maanden"))
        let coming = try #require(pages["nl/2027-03-01/index.html"])
        #expect(coming.contains("Deze versie gaat in op <time datetime=\"2027-03-01\">1 maart 2027</time>."))
        #expect(coming.contains("<strong>Bewaartermijn:</strong> 3 maanden"))
        #expect(pages["nl/changelog/index.html"]?.contains("<em>aangekondigd, gaat nog in</em>") == true)

        // Once the date has come, the new text is the statement.
        let later = try build(on: "2027-03-01", output: "later")
        #expect(later["nl/index.html"]?.contains("<strong>Bewaartermijn:</strong> 3 maanden") == true)
        #expect(later["nl/index.html"]?.contains("wijzigt op") == false)
    }

    @Test func archivedVersionsKeepTheirAddressAndTextWhenANewOneIsAdded() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try build(on: "2026-12-01")
        try editContent("activities.yaml", "period: 6 months", "period: 3 months")
        _ = try publisher().publish(date: StatementDate(year: 2026, month: 12, day: 15)!,
                                    summary: LocalizedText([.nl: "Korter.", .en: "Shorter."]))
        let after = try build(on: "2026-12-20", output: "after")
        for date in ["2025-03-01", "2025-09-01", "2026-11-16"] {
            for language in ["nl", "en"] {
                let path = "\(language)/\(date)/index.html"
                let old = try #require(before[path]), new = try #require(after[path])
                #expect(statementPart(old) == statementPart(new), "\(path) changed")
            }
        }
        #expect(after["en/2026-11-16/index.html"]?.contains("This is an earlier version") == true)
        #expect(before["en/2026-11-16/index.html"]?.contains("This is an earlier version") == false)
    }

    @Test func theFeedIsWellFormedAtomWithAnEntryPerRevision() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try build(on: "2026-12-01")
        for language in ["nl", "en"] {
            let feed = try #require(pages["\(language)/feed.xml"])
            let atom = try AtomSummary.parse(feed)
            #expect(atom.root == "feed")
            #expect(atom.namespace == "http://www.w3.org/2005/Atom")
            #expect(atom.entries == 3)
            #expect(atom.entryIDs == ["2026-11-16", "2025-09-01", "2025-03-01"].map { "https://privacy.brugwerk.example/\(language)/\($0)/" })
            #expect(atom.feedChildren.isSuperset(of: ["id", "title", "updated", "link"]))
            #expect(atom.entryChildren.allSatisfy { $0.isSuperset(of: ["id", "title", "updated", "link", "author", "content"]) })
        }
    }
}
