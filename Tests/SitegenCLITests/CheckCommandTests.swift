import ArgumentParser
import Foundation
import Testing
@testable import SitegenCLI

/// `sitegen check`'s exit statuses: 0 clean, 1 failing findings, 2 unreadable input.
@Suite struct CheckCommandTests {
    static let root = BuildCommandTests.root
    static var templates: String { root.appendingPathComponent("templates").path }

    func run(_ content: String, _ options: [String] = []) throws {
        var command = try SitegenCommand.parseAsRoot(["check", "--content", content, "--templates", Self.templates] + options)
        try command.run()
    }

    @Test func theDemoPassesStrictCheck() throws {
        try run(Self.root.appendingPathComponent("content").path, ["--strict", "--format", "json"])
    }

    @Test func aSeedExampleFailsWithStatusOne() {
        let folder = Self.root.appendingPathComponent("examples/cyberbrain").path
        #expect(throws: ExitCode.failure) { try run(folder, ["--format", "github"]) }
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try scratch(register: """
            controller: {name: V, email: a@b.nl, address: {street: Kade 1, city: Utrecht, country: NL}}
            activities:
              - {id: a, name: {nl: A, en: A}, purpose: {nl: P, en: P}, legal_basis: contract, people: [customers],
                 data: [name], recipients: none, retention: 1 year}
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(folder.path)
        #expect(throws: ExitCode.failure) { try run(folder.path, ["--strict"]) }
    }

    @Test func unreadableContentExitsWithStatusTwo() throws {
        let folder = try scratch(register: "activities:\n  - {id: a, name: {nl: A, en: A}, purpse: x}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ExitCode(2)) { try run(folder.path) }
        #expect(throws: ExitCode(2)) { try run(folder.appendingPathComponent("missing").path) }
    }

    /// A copy of the demo, whose revisions a test may tamper with.
    func demoCopy() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-check-demo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("content"), to: url)
        return url
    }

    @Test func anEditedPublishedRevisionFailsTheCheck() throws {
        let folder = try demoCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(folder.path, ["--strict"])
        let frozen = folder.appendingPathComponent("revisions/2025-03-01/register/cookies.yaml")
        try "cookies: none\n".write(to: frozen, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode.failure) { try run(folder.path) }
    }

    @Test func anUnpublishedChangeIsAWarning() throws {
        let folder = try demoCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let activities = folder.appendingPathComponent("activities.yaml")
        try String(contentsOf: activities, encoding: .utf8).replacingOccurrences(of: "period: 6 months", with: "period: 5 months")
            .write(to: activities, atomically: true, encoding: .utf8)
        try run(folder.path)
        #expect(throws: ExitCode.failure) { try run(folder.path, ["--strict"]) }
    }

    @Test func anUnknownFormatIsRejected() {
        #expect(throws: (any Error).self) { try SitegenCommand.parseAsRoot(["check", "--format", "xml"]) }
    }

    /// A content folder with the standard site.yaml and the given register.
    func scratch(register: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-check-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try "base_url: https://x.nl\nlanguages: [nl, en]\ntitle: {nl: a, en: b}\n"
            .write(to: url.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        try register.write(to: url.appendingPathComponent("register.yaml"), atomically: true, encoding: .utf8)
        return url
    }
}
