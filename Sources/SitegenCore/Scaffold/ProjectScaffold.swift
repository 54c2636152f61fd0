import Foundation

/// `sitegen init`: the files of a new project, so an organisation starts in one command with a
/// register that builds, schemas for its editor, the default templates, and CI.
public struct ProjectScaffold: Sendable {
    /// The date `site.yaml` gives the statement.
    public let date: StatementDate
    /// Whether the workflow runs `sitegen check --strict` (when this sitegen has that command).
    public let includeCheck: Bool

    public init(date: StatementDate, includeCheck: Bool) {
        self.date = date
        self.includeCheck = includeCheck
    }

    /// Every file, by path relative to the project folder.
    public func files() -> [OutputFile] {
        var files = [
            OutputFile(path: "content/site.yaml", text: ScaffoldTexts.site(date: date)),
            OutputFile(path: "content/register.yaml", text: ScaffoldTexts.register),
            OutputFile(path: ".gitignore", text: ScaffoldTexts.gitignore),
            OutputFile(path: ".github/workflows/privacy.yml", text: ScaffoldTexts.workflow(check: includeCheck)),
        ]
        files += SchemaGenerator().files().map { OutputFile(path: "schemas/\($0.name)", text: $0.text) }
        files += TemplateSources.builtIn.files.map { OutputFile(path: "templates/\($0.name)", data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the project into `folder`. If any of its files already exists, nothing is written
    /// and the existing paths are returned; an empty result means the project was created.
    public func write(into folder: String) throws -> [String] {
        let fileManager = FileManager.default
        let files = files()
        let conflicts = files.map(\.path).filter { fileManager.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        guard conflicts.isEmpty else { return conflicts }
        for file in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url, options: .withoutOverwriting)
        }
        return []
    }
}
