import Foundation

/// One file of the generated site, still in memory.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the site folder, with `/` separators, e.g. `nl/index.html`.
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}
