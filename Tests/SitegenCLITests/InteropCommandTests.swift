import ArgumentParser
import Foundation
import Testing
@testable import SitegenCLI
import SitegenCore

/// `init`, `schema` and `export` as a user runs them.
@Suite struct InteropCommandTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cli-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) throws {
        var command = try SitegenCommand.parseAsRoot(arguments)
        try command.run()
    }

    func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return result
    }

    @Test func initGivesAProjectThatBuildsAndChecks() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(["init", folder.path, "--date", "2026-11-21"])
        let content = folder.appendingPathComponent("content").path
        try run(["build", "--content", content, "--templates", folder.appendingPathComponent("templates").path,
                 "--output", folder.appendingPathComponent("site").path])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/nl/index.html").path))
        // `check` is another command's work; when this sitegen has it, a new project must pass it strictly.
        if InitCommand.hasCheckCommand {
            try run(["check", "--strict", "--content", content])
        }
    }

    @Test func initIntoAFolderWithTheProjectsFilesChangesNothing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try "{}\n".write(to: folder.appendingPathComponent("schemas/site.schema.json"), atomically: true, encoding: .utf8)
        try "/site/\n".write(to: folder.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        let before = files(in: folder)
        #expect(throws: ExitCode.failure) { try run(["init", folder.path]) }
        #expect(files(in: folder) == before)
    }

    @Test func schemaWritesTheGeneratedSchemas() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(["schema", "--output", folder.path])
        for file in SchemaGenerator().files() {
            #expect(try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8) == file.text)
        }
    }

    @Test func exportWritesTheChosenFormatToTheOutputFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = BuildCommandTests.root.appendingPathComponent("content").path
        let csv = folder.appendingPathComponent("record.csv"), jsonld = folder.appendingPathComponent("register.jsonld")
        try run(["export", "--content", content, "--format", "csv", "--language", "en", "--output", csv.path])
        try run(["export", "--content", content, "--format", "jsonld", "--output", jsonld.path])
        #expect(try String(contentsOf: csv, encoding: .utf8).hasPrefix("ID,Controller,Data protection officer,Processing activity,"))
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: jsonld)) is [String: Any])
    }

    @Test func exportRejectsAnUnknownFormatOrLanguage() {
        #expect(throws: (any Error).self) { try SitegenCommand.parseAsRoot(["export", "--format", "xlsx"]) }
        #expect(throws: (any Error).self) { try SitegenCommand.parseAsRoot(["export", "--language", "de"]) }
    }

    @Test func aTemplatesFolderNamedOnTheCommandLineMustExist() {
        #expect(throws: (any Error).self) { try SitegenCommand.parseAsRoot(["build", "--templates", "/no/such/templates"]) }
    }
}
