import Foundation

/// The frozen statement Markdown of one revision, per language, read from disk only when a page
/// needs it: a build whose archived pages come from the cache never reads the 60 MB that a
/// thousand revisions hold.
///
/// A statement is read lazily only after its file passed the hash check by its stamp in the
/// same build; a statement that had to be hashed is kept from that read.
public final class FrozenStatements: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var texts: [Language: String]
    private let files: [Language: String]

    /// Statements already in memory.
    public convenience init(_ texts: [Language: String]) {
        self.init(texts: texts, files: [:])
    }

    /// `texts` in memory, and `files` (by path) to read when asked for.
    init(texts: [Language: String], files: [Language: String]) {
        self.texts = texts
        self.files = files
    }

    /// The languages this revision has a statement in, without reading any.
    public var languages: Set<Language> { Set(texts.keys).union(files.keys) }

    public func has(_ language: Language) -> Bool { languages.contains(language) }

    public subscript(language: Language) -> String? {
        lock.withLock {
            if let text = texts[language] { return text }
            guard let path = files[language], let data = FileSystem.contents(path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            texts[language] = text
            return text
        }
    }

    public static func == (lhs: FrozenStatements, rhs: FrozenStatements) -> Bool {
        lhs.languages == rhs.languages && lhs.languages.allSatisfy { lhs[$0] == rhs[$0] }
    }
}
