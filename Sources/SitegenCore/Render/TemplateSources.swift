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

    /// The templates sitegen carries: a project without a templates folder builds with these.
    public static var builtIn: TemplateSources {
        TemplateSources(DefaultTemplates.files.map { File(name: $0.name, displayPath: "(built-in)/\($0.name)", data: $0.data) })
    }

    /// The built-in templates with the project's own files in place of those of the same name,
    /// so a project overrides only what it wants to change. Without the folder, only the built-in.
    public static func read(folder: String) throws(DiagnosticList) -> TemplateSources {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return builtIn
        }
        return builtIn.overridden(by: readOwn(folder: folder))
    }

    /// These files, with `other`'s files replacing those of the same name, sorted by name.
    public func overridden(by other: TemplateSources) -> TemplateSources {
        let replaced = Set(other.files.map(\.name))
        return TemplateSources((files.filter { !replaced.contains($0.name) } + other.files).sorted { $0.name < $1.name })
    }

    /// Every file under `folder`, sorted by name so the result never depends on the disk.
    public static func readOwn(folder: String) -> TemplateSources {
        let fileManager = FileManager.default
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
