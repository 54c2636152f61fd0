import Foundation
import Testing
@testable import SitegenCore

@Suite struct ProjectScaffoldTests {
    static let scaffold = ProjectScaffold(date: StatementDate(iso: "2026-11-21")!, includeCheck: false)

    func options(_ folder: URL, templates: String = "templates") -> SiteBuild.Options {
        SiteBuild.Options(contentFolder: folder.appendingPathComponent("content").path,
                          templatesFolder: folder.appendingPathComponent(templates).path,
                          outputFolder: folder.appendingPathComponent("site").path, environment: [:])
    }

    @Test func anEmptyFolderBecomesAProjectThatBuilds() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.scaffold.write(into: folder.path).isEmpty)
        let paths = Set(Project.snapshot(of: folder).keys)
        for expected in ["content/site.yaml", "content/register.yaml", ".gitignore", ".github/workflows/privacy.yml",
                         "schemas/register.schema.json", "templates/statement.md.mustache", "templates/strings/nl.yaml"] {
            #expect(paths.contains(expected), "\(expected)")
        }
        let summary = try SiteBuild(options: options(folder)).run()
        #expect(summary.languages == [.nl, .en])
        #expect(summary.date == StatementDate(iso: "2026-11-21"))
        let page = try String(contentsOf: folder.appendingPathComponent("site/en/index.html"), encoding: .utf8)
        #expect(page.contains("Contact form"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/register.json").path))
    }

    /// After two builds (the second leaves the spare site and a full cache), git sees only the
    /// project's own files: nothing a build made would be committed.
    @Test func theGitignoreCoversEverythingABuildLeaves() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.scaffold.write(into: folder.path)
        _ = try SiteBuild(options: options(folder)).run()
        _ = try SiteBuild(options: options(folder)).run()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".site.cache/spare").path))
        let git = { (arguments: [String]) throws -> String in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", folder.path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: output, as: UTF8.self)
        }
        _ = try git(["init", "-q"])
        let untracked = try git(["status", "--porcelain", "--untracked-files=all"]).split(separator: "\n")
            .map { String($0.dropFirst(3)) }
        #expect(!untracked.isEmpty)
        #expect(untracked.filter { $0.hasPrefix("site/") || $0.hasPrefix(".site") } == [])
    }

    @Test func theProjectBuildsTheSameWithoutItsTemplatesFolder() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.scaffold.write(into: folder.path)
        let withCopies = try SiteBuild(options: options(folder)).renderFiles().files
        try FileManager.default.removeItem(at: folder.appendingPathComponent("templates"))
        #expect(try SiteBuild(options: options(folder)).renderFiles().files == withCopies)
    }

    @Test func anExistingFileMeansNothingIsWritten() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "mine\n".write(to: folder.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        try "# Our project\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let before = Project.snapshot(of: folder)
        #expect(try Self.scaffold.write(into: folder.path) == ["content/site.yaml"])
        #expect(Project.snapshot(of: folder) == before)
    }

    @Test func otherFilesInTheFolderAreLeftAlone() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# Our project\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        #expect(try Self.scaffold.write(into: folder.path).isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) == "# Our project\n")
    }

    @Test func theWorkflowChecksOnlyWhenTheCommandExists() throws {
        let without = try #require(Self.scaffold.files().first { $0.path == ".github/workflows/privacy.yml" })
        let with = try #require(ProjectScaffold(date: Self.scaffold.date, includeCheck: true).files()
            .first { $0.path == ".github/workflows/privacy.yml" })
        let withText = String(decoding: with.data, as: UTF8.self)
        #expect(!String(decoding: without.data, as: UTF8.self).contains("sitegen check"))
        let check = try #require(withText.range(of: "      - name: Check the register\n        run: sitegen check --strict --format github\n"))
        let build = try #require(withText.range(of: "      - name: Build the site\n        run: sitegen build --output site\n"))
        #expect(check.upperBound <= build.lowerBound)
    }

    /// The scaffold's YAML and workflow parse, and its content files validate against the schemas it writes.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with the jsonschema and yaml modules"))
    func theScaffoldValidatesAgainstItsOwnSchemas() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ProjectScaffold(date: Self.scaffold.date, includeCheck: true).write(into: folder.path)
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let results = try PythonJSONSchema.validate(
            [(SchemaGenerator.siteSchema, .yamlFile(path("content/site.yaml"))),
             (SchemaGenerator.registerSchema, .yamlFile(path("content/register.yaml")))],
            schemas: SchemaTests.schemas)
        #expect(results == [[], []])
        try PythonJSONSchema.run(script: "import sys, yaml; w = yaml.safe_load(open(sys.argv[1])); assert w['jobs']['build']['steps']",
                                 arguments: [path(".github/workflows/privacy.yml")])
    }
}
