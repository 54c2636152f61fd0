/// A human text given once per language.
public struct LocalizedText: Sendable, Hashable, Codable {
    public private(set) var values: [Language: String]

    public init(_ values: [Language: String]) {
        self.values = values
    }

    /// The same text in every language, for proper names.
    public init(same text: String) {
        self.values = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) })
    }

    public subscript(language: Language) -> String {
        values[language] ?? ""
    }
}
