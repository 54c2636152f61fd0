import Foundation

/// The YAML files of a content folder, read into memory: path as shown to the user, and text.
public struct ContentFiles: Sendable {
    public struct File: Sendable {
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public var files: [File]

    public init(_ files: [File]) {
        self.files = files
    }

    /// Every `*.yaml` directly in `folder`, sorted by name so loading never depends on the disk's order.
    /// Sub-folders are left alone: they belong to other stages (e.g. frozen revisions).
    public static func read(folder: String) throws(DiagnosticList) -> ContentFiles {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(at: nil, "content folder `\(folder)` does not exist",
                                             hint: "run sitegen in a project folder, or pass --content <folder>")])
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        var files: [File] = []
        var problems = DiagnosticList()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = fileManager.contents(atPath: path) else {
                problems.error(at: nil, "cannot read `\(path)`")
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.error(at: SourceLocation(file: path, line: 1, column: 1), "file is not UTF-8 text",
                               hint: "save it as UTF-8")
                continue
            }
            files.append(File(path: path, text: text))
        }
        if problems.hasErrors { throw problems }
        return ContentFiles(files)
    }
}
