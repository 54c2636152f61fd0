import Foundation
import Testing
@testable import SitegenCore

/// The templates built into the binary are exactly templates/, and a project's own files
/// replace them one by one.
@Suite struct DefaultTemplatesTests {
    @Test func theBuiltInTemplatesAreTheTemplatesFolder() {
        let onDisk = TemplateSources.readOwn(folder: Project.templates).files
        let builtIn = TemplateSources.builtIn.files
        let stale = "Sources/SitegenCore/Render/DefaultTemplates.swift is out of date: run scripts/embed-templates"
        #expect(builtIn.map(\.name) == onDisk.map(\.name), Comment(rawValue: stale))
        for file in onDisk {
            #expect(builtIn.first { $0.name == file.name }?.data == file.data, Comment(rawValue: "\(file.name): \(stale)"))
        }
    }

    @Test func aProjectWithoutTemplatesBuildsWithTheBuiltInOnes() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (content, _) = try Project.copyDemo(to: folder)
        let missing = folder.appendingPathComponent("no-templates-here")
        let withOwn = try SiteBuild(options: .init(contentFolder: content.path, templatesFolder: Project.templates,
                                                   date: Project.date, environment: [:])).renderFiles()
        let builtIn = try SiteBuild(options: .init(contentFolder: content.path, templatesFolder: missing.path,
                                                   date: Project.date, environment: [:])).renderFiles()
        #expect(builtIn.files == withOwn.files)
        #expect(builtIn.files.contains { $0.path == "style.css" })
    }

    @Test func aProjectFileReplacesOnlyTheBuiltInFileOfTheSameName() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (content, _) = try Project.copyDemo(to: folder)
        let own = folder.appendingPathComponent("own-templates")
        try FileManager.default.createDirectory(at: own.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "body { color: rebeccapurple; }\n".write(to: own.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        let files = try SiteBuild(options: .init(contentFolder: content.path, templatesFolder: own.path,
                                                 date: Project.date, environment: [:])).renderFiles().files
        let css = try #require(files.first { $0.path == "style.css" })
        #expect(String(decoding: css.data, as: UTF8.self) == "body { color: rebeccapurple; }\n")
        // Everything else still comes from the built-in templates.
        let page = try #require(files.first { $0.path == "en/index.html" })
        #expect(String(decoding: page.data, as: UTF8.self).contains("Skip to content"))
    }

    @Test func messagesAboutABuiltInTemplateSayItIsBuiltIn() {
        #expect(TemplateSources.builtIn.files.allSatisfy { $0.displayPath == "(built-in)/\($0.name)" })
    }
}
