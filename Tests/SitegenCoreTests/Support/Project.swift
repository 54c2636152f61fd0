import Foundation
@testable import SitegenCore

/// The repository's own demo project and scratch folders for tests that write files.
enum Project {
    /// The package root, found from this file's place in Tests/SitegenCoreTests/Support/.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var content: String { root.appendingPathComponent("content").path }
    static var templates: String { root.appendingPathComponent("templates").path }
    static var golden: URL { root.appendingPathComponent("Tests/SitegenCoreTests/Golden") }

    /// A fixed date, so golden files do not change with the content's date.
    static let date = StatementDate(year: 2026, month: 11, day: 16)!

    static func demoRenderer(date: StatementDate = Project.date) throws -> SiteRenderer {
        let content = try ContentLoader.load(folder: content)
        let templates = try Templates.load(folder: templates, languages: content.site.languages)
        return SiteRenderer(content: content, templates: templates, date: date)
    }

    /// A new empty folder under the system's temporary folder, removed by the caller.
    static func scratchFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-tests-\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the demo content and templates into `folder`, so a test may change them.
    static func copyDemo(to folder: URL) throws -> (content: URL, templates: URL) {
        let content = folder.appendingPathComponent("content")
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: self.content), to: content)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: self.templates), to: templates)
        return (content, templates)
    }

    /// Every file under `folder` with its bytes, by relative path: a snapshot to compare.
    static func snapshot(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
        for case let path as String in enumerator {
            let full = base + "/" + path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }
}
