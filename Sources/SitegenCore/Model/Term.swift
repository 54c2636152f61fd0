/// A category of data or of people: a built-in key with its translations, or the user's own text.
public struct Term: Sendable, Hashable, Codable {
    /// The vocabulary key, or nil for a text the user wrote.
    public let key: String?
    public let text: LocalizedText
    /// A special category of personal data (Art. 9) or criminal data (Art. 10).
    public let special: Bool

    public init(key: String?, text: LocalizedText, special: Bool) {
        self.key = key
        self.text = text
        self.special = special
    }

    public init(entry: VocabularyEntry) {
        self.init(key: entry.key, text: entry.localized, special: entry.special)
    }
}
