import ArgumentParser
import Foundation
import Testing
@testable import SitegenCLI

@Suite struct BuildCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cli-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildHonoursTheFolderOptions() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        var command = try SitegenCommand.parseAsRoot([
            "build", "--content", Self.root.appendingPathComponent("content").path,
            "--templates", Self.root.appendingPathComponent("templates").path,
            "--output", output.path, "--date", "2026-02-01",
        ])
        try command.run()
        // On 1 February 2026 the demo's revision of 1 September 2025 is in effect, and the one of
        // 16 November 2026 is announced.
        let page = try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8)
        #expect(page.contains("<time datetime=\"2025-09-01\">1 September 2025</time>"))
        #expect(page.contains("This privacy statement changes on <time datetime=\"2026-11-16\">16 November 2026</time>. <a href=\"../en/2026-11-16/\">"))
    }

    @Test func brokenContentExitsWithStatusOneAndLeavesNoSite() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "base_url: https://x.nl\nlanguages: [nl, en]\ntitle: {nl: a}\n"
            .write(to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        var command = try SitegenCommand.parseAsRoot([
            "build", "--content", content.path, "--templates", Self.root.appendingPathComponent("templates").path,
            "--output", output.path,
        ])
        #expect(throws: ExitCode.failure) { try command.run() }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aBadDateOptionIsRejectedBeforeAnythingRuns() {
        #expect(throws: (any Error).self) { try SitegenCommand.parseAsRoot(["build", "--date", "2026-13-01"]) }
    }
}
