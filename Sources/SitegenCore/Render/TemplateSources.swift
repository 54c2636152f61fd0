import Foundation

/// The files of a templates folder, read into memory: Mustache templates, the UI strings of each
/// language (`strings/<lang>.yaml`) and static assets copied as they are (`assets/`).
public struct TemplateSources: Sendable {
    public struct File: Sendable {
        /// Relative to the templates folder, with `/` separators, e.g. `statement.md.mustache`.
        public let name: String
        /// The path shown in messages, e.g. `templates/statement.md.mustache`.
        public let displayPath: String
        public let data: Data

        public init(name: String, displayPath: String, data: Data) {
            self.name = name
            self.displayPath = displayPath
            self.data = data
        }

        public var text: String? { String(data: data, encoding: .utf8) }
    }

    public var files: [File]

    public init(_ files: [File]) {
        self.files = files
    }

    /// Reads every file under `folder`, sorted by name so the result never depends on the disk.
    public static func read(folder: String) throws(DiagnosticList) -> TemplateSources {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(at: nil, "templates folder `\(folder)` does not exist",
                                             hint: "pass --templates <folder>")])
        }
        let names = (fileManager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        var files: [File] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  !(name as NSString).lastPathComponent.hasPrefix("."),
                  let data = fileManager.contents(atPath: path)
            else { continue }
            files.append(File(name: name, displayPath: path, data: data))
        }
        return TemplateSources(files)
    }
}
