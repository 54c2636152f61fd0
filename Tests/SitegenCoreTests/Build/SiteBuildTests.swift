import Foundation
import Testing
@testable import SitegenCore

@Suite struct SiteBuildTests {
    func options(_ project: (content: URL, templates: URL), output: URL, date: StatementDate? = nil,
                 environment: [String: String] = [:]) -> SiteBuild.Options {
        SiteBuild.Options(contentFolder: project.content.path, templatesFolder: project.templates.path,
                          outputFolder: output.path, date: date, environment: environment)
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.copyDemo(to: folder)
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        let epoch = ["SOURCE_DATE_EPOCH": "1790000000"]
        _ = try SiteBuild(options: options(project, output: first, environment: epoch)).run()
        _ = try SiteBuild(options: options(project, output: second, environment: epoch)).run()
        let a = Project.snapshot(of: first), b = Project.snapshot(of: second)
        #expect(a.count == 28)  // pages, feeds, styles and sitemap, plus register.json and one per revision
        #expect(a == b)
    }

    /// Builds a copy of the demo once, breaks it with `breakIt`, builds again, and returns the
    /// second build's problems; the site must be byte for byte what the first build wrote.
    func rebuildAfterBreaking(_ breakIt: ((content: URL, templates: URL)) throws -> Void) throws -> DiagnosticList? {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.copyDemo(to: folder)
        let output = folder.appendingPathComponent("site")
        _ = try SiteBuild(options: options(project, output: output)).run()
        let before = Project.snapshot(of: output)
        try breakIt(project)
        let error = #expect(throws: DiagnosticList.self) { try SiteBuild(options: options(project, output: output)).run() }
        #expect(Project.snapshot(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".site.cache", "content", "site", "templates"])
        return error
    }

    @Test func aBuildWithBrokenContentLeavesTheSiteUntouched() throws {
        let error = try rebuildAfterBreaking { project in
            let cookies = project.content.appendingPathComponent("cookies.yaml")
            try (String(contentsOf: cookies, encoding: .utf8) + "\n  - name: broken\n    purpose: snacks\n")
                .write(to: cookies, atomically: true, encoding: .utf8)
        }
        #expect(error?.description.contains("error: unknown cookie purpose `snacks`") == true)
    }

    @Test func aBuildWithABrokenTemplateLeavesTheSiteUntouched() throws {
        let error = try rebuildAfterBreaking { project in
            let layout = project.templates.appendingPathComponent("layout.html.mustache")
            try "<p>{{t.no_such_string}}</p>".write(to: layout, atomically: true, encoding: .utf8)
        }
        #expect(error?.description.contains("layout.html.mustache:1:6: error: template uses string `t.no_such_string`") == true)
    }

    @Test func theDateComesFromTheOptionThenContentThenSourceDateEpoch() throws {
        let june = StatementDate(year: 2025, month: 6, day: 1)!
        let march = StatementDate(year: 2024, month: 3, day: 9)!
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        #expect(try BuildDate.resolve(option: june, content: march, environment: epoch) == (june, .option))
        #expect(try BuildDate.resolve(option: nil, content: march, environment: epoch) == (march, .content))
        #expect(try BuildDate.resolve(option: nil, content: nil, environment: epoch)
                == (StatementDate(year: 2023, month: 11, day: 14)!, .sourceDateEpoch))
        let clock = Date(timeIntervalSince1970: 86_400 * 365)
        #expect(try BuildDate.resolve(option: nil, content: nil, environment: [:], now: clock)
                == (StatementDate(year: 1971, month: 1, day: 1)!, .clock))
        #expect(throws: DiagnosticList.self) {
            try BuildDate.resolve(option: nil, content: nil, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        }
    }

    @Test func sourceDateEpochDatesAStatementWithoutRevisions() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.copyDemo(to: folder)
        // A project without revisions: the statement takes the build's date.
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("revisions"))
        let output = folder.appendingPathComponent("site")
        let summary = try SiteBuild(options: options(project, output: output, environment: ["SOURCE_DATE_EPOCH": "951782400"])).run()
        #expect(summary.date == StatementDate(year: 2000, month: 2, day: 29)!)
        #expect(summary.dateSource == .sourceDateEpoch)
        let page = try #require(Project.snapshot(of: output)["en/index.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("<time datetime=\"2000-02-29\">29 February 2000</time>"))
    }

    /// A preview builds in memory, without an output folder, and keeps its cache where it is told.
    @Test func anInMemoryBuildUsesTheCacheFolderItIsGiven() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.copyDemo(to: folder)
        let cache = folder.appendingPathComponent("preview-cache")
        var preview = SiteBuild.Options(contentFolder: project.content.path, templatesFolder: project.templates.path,
                                        outputFolder: "", draft: true, environment: [:])
        let uncached = try SiteBuild(options: preview).renderFiles().files
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        preview.cacheFolder = cache.path
        let filling = try SiteBuild(options: preview).renderFiles().files
        let cached = try SiteBuild(options: preview).renderFiles().files
        #expect(filling == uncached)
        #expect(cached == uncached)
        let parts = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        #expect(parts == ["changelog", "pages", "revisions.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("pages").path).count == 6)
    }
}
