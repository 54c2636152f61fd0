import Foundation
import Testing
@testable import SitegenCore

/// Archived versions are rendered on every core and kept in a cache between builds; neither may
/// change a single byte of the site.
@Suite struct ArchiveRenderingTests {
    /// A copy of the demo with 24 more revisions, each changing a retention period.
    static func longHistory(in folder: URL) throws -> (content: URL, templates: URL) {
        let project = try Project.copyDemo(to: folder)
        let activities = project.content.appendingPathComponent("activities.yaml")
        let original = try String(contentsOf: activities, encoding: .utf8)
        let publisher = RevisionPublisher(contentFolder: project.content.path, templatesFolder: project.templates.path)
        for step in 1...24 {
            try original.replacingOccurrences(of: "period: 6 months", with: "period: \(step + 6) months")
                .write(to: activities, atomically: true, encoding: .utf8)
            _ = try publisher.publish(date: StatementDate(year: 2027, month: 1 + (step - 1) / 28, day: 1 + (step - 1) % 28)!,
                                      summary: LocalizedText([.nl: "Stap \(step).", .en: "Step \(step)."]))
        }
        return project
    }

    func renderer(_ project: (content: URL, templates: URL), cache: PageCache? = nil, on date: StatementDate) throws -> SiteRenderer {
        let content = try ContentLoader.load(folder: project.content.path)
        let templates = try Templates.load(folder: project.templates.path, languages: content.site.languages)
        let revisions = try RevisionStore(contentFolder: project.content.path).load()
        return SiteRenderer(content: content, templates: templates, date: date, revisions: revisions, cache: cache)
    }

    @Test func parallelRenderingGivesTheSerialBytes() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.longHistory(in: folder)
        var serial = try renderer(project, on: StatementDate(year: 2027, month: 6, day: 1)!)
        serial.serial = true
        let expected = try serial.render()
        #expect(expected.count { $0.path.hasSuffix("/index.html") } > 50)
        // cmark-gfm shares state between parsers; repeat so a race would show.
        for _ in 0..<5 {
            let parallel = try renderer(project, on: StatementDate(year: 2027, month: 6, day: 1)!).render()
            #expect(parallel == expected)
        }
    }

    @Test func cachedPagesAreTheBytesOfAFreshRender() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.longHistory(in: folder)
        let cache = PageCache(folder: folder.appendingPathComponent("cache"))
        let date = StatementDate(year: 2027, month: 6, day: 1)!
        let fresh = try renderer(project, on: date).render()
        let filling = try renderer(project, cache: cache, on: date).render()
        let cached = try renderer(project, cache: cache, on: date).render()
        #expect(filling == fresh)
        #expect(cached == fresh)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path)
        #expect(entries.count == fresh.count { $0.path.split(separator: "/").count == 3 && $0.path.hasSuffix("index.html") && $0.path.contains("-") && !$0.path.contains("changelog") })
    }

    @Test func aChangedTemplateMissesTheCache() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.longHistory(in: folder)
        let cache = PageCache(folder: folder.appendingPathComponent("cache"))
        let date = StatementDate(year: 2027, month: 6, day: 1)!
        _ = try renderer(project, cache: cache, on: date).render()
        let strings = project.templates.appendingPathComponent("strings/en.yaml")
        try String(contentsOf: strings, encoding: .utf8)
            .replacingOccurrences(of: "superseded_link: Read the version that applies now.", with: "superseded_link: See the current version instead.")
            .write(to: strings, atomically: true, encoding: .utf8)
        let pages = try renderer(project, cache: cache, on: date).render()
        let archived = try #require(pages.first { $0.path == "en/2025-09-01/index.html" })
        #expect(String(decoding: archived.data, as: UTF8.self).contains("See the current version instead."))
        #expect(pages == (try renderer(project, on: date).render()))
    }

    @Test func aNewRevisionLeavesOlderPagesInTheCacheValid() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.longHistory(in: folder)
        let cache = PageCache(folder: folder.appendingPathComponent("cache"))
        let before = try renderer(project, cache: cache, on: StatementDate(year: 2027, month: 6, day: 1)!).render()
        let keysBefore = Set(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path))
        let after = try renderer(project, cache: cache, on: StatementDate(year: 2027, month: 6, day: 2)!).render()
        let keysAfter = Set(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path))
        // Nothing about the archived versions changed from one day to the next.
        #expect(keysBefore == keysAfter)
        #expect(before.filter { $0.path.contains("/20") } == after.filter { $0.path.contains("/20") })
    }
}
