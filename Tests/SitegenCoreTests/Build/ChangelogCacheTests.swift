import Foundation
import Testing
@testable import SitegenCore

/// The changelog and feed of a long history are kept between builds; a cached one must be the
/// bytes a fresh render gives, whatever changed in between.
@Suite struct ChangelogCacheTests {
    let folder: URL
    let project: (content: URL, templates: URL)
    let cache: PageCache

    init() throws {
        folder = try Project.scratchFolder("changelog-cache")
        project = try Project.copyDemo(to: folder)
        cache = PageCache(folder: folder.appendingPathComponent("cache"))
    }

    func changelogs(on date: StatementDate, cached: Bool) throws -> [OutputFile] {
        let content = try ContentLoader.load(folder: project.content.path)
        let templates = try Templates.load(folder: project.templates.path, languages: content.site.languages)
        let revisions = try RevisionStore(contentFolder: project.content.path).load()
        var renderer = SiteRenderer(content: content, templates: templates, date: date, revisions: revisions, draft: true)
        renderer.changelogCache = cached ? cache : nil
        return try renderer.render().filter { $0.path.contains("changelog") || $0.path.hasSuffix("feed.xml") }
    }

    func expectCachedEqualsFresh(on date: StatementDate) throws {
        let fresh = try changelogs(on: date, cached: false)
        #expect(fresh.count == 4)
        #expect(try changelogs(on: date, cached: true) == fresh)
        #expect(try changelogs(on: date, cached: true) == fresh)
    }

    @Test func aCachedChangelogIsTheFreshOneAfterEveryKindOfChange() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let date = StatementDate(year: 2026, month: 12, day: 1)!
        try expectCachedEqualsFresh(on: date)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).count == 4)

        // Another build date: which version is current, and which announced, changes.
        try expectCachedEqualsFresh(on: StatementDate(year: 2025, month: 10, day: 1)!)

        // A string only the changelog uses.
        let strings = project.templates.appendingPathComponent("strings/en.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        #expect(text.contains("Below is every version"))
        try text.replacingOccurrences(of: "Below is every version", with: "Here is every version").write(to: strings, atomically: true, encoding: .utf8)
        try expectCachedEqualsFresh(on: date)
        #expect(try changelogs(on: date, cached: true).contains { String(decoding: $0.data, as: UTF8.self).contains("Here is every version") })

        // A new revision.
        let activities = project.content.appendingPathComponent("activities.yaml")
        try String(contentsOf: activities, encoding: .utf8).replacingOccurrences(of: "period: 6 months", with: "period: 5 months")
            .write(to: activities, atomically: true, encoding: .utf8)
        _ = try RevisionPublisher(contentFolder: project.content.path, templatesFolder: project.templates.path)
            .publish(date: StatementDate(year: 2026, month: 11, day: 30)!, summary: LocalizedText([.nl: "Korter.", .en: "Shorter."]))
        try expectCachedEqualsFresh(on: date)
        #expect(try changelogs(on: date, cached: true).contains { String(decoding: $0.data, as: UTF8.self).contains("Shorter.") })
        // Entries of earlier builds are pruned: one page and one feed per language remain.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).count == 4)
    }
}
