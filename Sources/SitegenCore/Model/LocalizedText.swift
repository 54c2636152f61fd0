/// A human text given once per language.
public struct LocalizedText: Sendable, Hashable, Codable {
    public private(set) var values: [Language: String]
    /// Where each translation was written, so `sitegen check` can point at the words it flags.
    /// Not part of the text's identity: the same words written elsewhere are the same text.
    public private(set) var locations: [Language: SourceLocation] = [:]

    public init(_ values: [Language: String], locations: [Language: SourceLocation] = [:]) {
        self.values = values
        self.locations = locations
    }

    /// The same text in every language, for proper names.
    public init(same text: String, at location: SourceLocation? = nil) {
        self.values = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) })
        if let location {
            self.locations = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, location) })
        }
    }

    public subscript(language: Language) -> String {
        values[language] ?? ""
    }

    // Locations stay out of equality, hashing and encoding: they describe the file, not the text.
    private enum CodingKeys: String, CodingKey { case values }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool { lhs.values == rhs.values }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
