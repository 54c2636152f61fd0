/// One entry of the built-in vocabulary: a key a user writes, and its text in every language.
public struct VocabularyEntry: Sendable, Hashable {
    public let key: String
    public let nl: String
    public let en: String
    /// A special category of personal data (Art. 9) or data on criminal convictions (Art. 10).
    public let special: Bool

    public init(_ key: String, nl: String, en: String, special: Bool = false) {
        self.key = key
        self.nl = nl
        self.en = en
        self.special = special
    }

    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    public var localized: LocalizedText {
        LocalizedText([.nl: nl, .en: en])
    }
}

/// A closed list of vocabulary entries, looked up by key.
public struct Vocabulary: Sendable {
    public let name: String
    public let entries: [VocabularyEntry]
    private let byKey: [String: VocabularyEntry]

    public init(name: String, _ entries: [VocabularyEntry]) {
        self.name = name
        self.entries = entries
        self.byKey = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0) })
    }

    public subscript(key: String) -> VocabularyEntry? { byKey[key] }

    public var keys: [String] { entries.map(\.key) }
}
