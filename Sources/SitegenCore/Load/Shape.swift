/// What one mapping of a content file may hold: its keys, which of them are required, and the
/// kind of value each takes.
///
/// The readers check unknown and missing keys against a shape, and `SchemaGenerator` turns the
/// same shapes into JSON Schema for editors, so the loader and the schema cannot disagree on
/// which keys exist. The value kinds are proven against the readers by the schema conformance
/// tests, which feed a sample of every kind, and a wrong value for every field, through both.
public struct Shape: Sendable {
    /// The name of the definition in the schema, e.g. `activity`.
    public let name: String
    /// What the mapping is, for the schema's description.
    public let summary: String
    public let fields: [Field]

    public init(_ name: String, _ summary: String, _ fields: [Field]) {
        self.name = name
        self.summary = summary
        self.fields = fields
    }

    public var keys: [String] { fields.map(\.key) }
    public var requiredKeys: [String] { fields.filter(\.required).map(\.key) }

    public subscript(key: String) -> Field? { fields.first { $0.key == key } }
}

/// One key of a shape.
public struct Field: Sendable {
    public let key: String
    public let required: Bool
    public let kind: ValueKind
    /// One line for the editor's hover text.
    public let help: String

    public static func required(_ key: String, _ kind: ValueKind, _ help: String) -> Field {
        Field(key: key, required: true, kind: kind, help: help)
    }

    public static func optional(_ key: String, _ kind: ValueKind, _ help: String) -> Field {
        Field(key: key, required: false, kind: kind, help: help)
    }
}

/// The kinds of value a content file holds, each read by one method of `ContentReader`.
public indirect enum ValueKind: Sendable {
    /// A single non-empty text (`ContentReader.string`).
    case text
    /// A text of exactly this many digits, such as a Chamber of Commerce number.
    case digits(Int)
    /// Lower-case letters, digits, `-` and `_` (`IdentifierReader`).
    case identifier
    /// A text in every language: `{nl: …, en: …}`.
    case localizedText
    /// A list of values; `none` is an explicit empty list unless `emptyAllowed` is false.
    case list(ValueKind, emptyAllowed: Bool = true, unique: Bool = false)
    /// One of a closed set of words.
    case choice([String])
    /// A whole number and a unit: `14 months`.
    case period
    /// `YYYY-MM-DD`.
    case date
    /// An `https:` or `http:` address.
    case webURL
    case email
    /// `yes`/`no` or `true`/`false`.
    case bool
    /// An ISO 3166-1 alpha-2 code sitegen knows.
    case country
    /// A vocabulary key, or an own text in every language with an optional `special` flag.
    case term(Vocabulary)
    case mapping(Shape)
    /// Any keys, each with a value of this kind (e.g. file names and their hashes).
    case dictionary(ValueKind)
    /// Exactly this word, e.g. `none` or `session`.
    case word(String)
    /// One of several kinds, tried in order.
    case oneOf([ValueKind])

    /// A closed set from a Swift enum, so new cases reach the schema by themselves.
    public static func choice<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> ValueKind where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }
}

extension ContentReader {
    /// A mapping with only the keys of `shape`, and all of its required keys.
    func mapping(_ value: YAMLValue, _ what: String, shape: Shape) -> YAMLMapping? {
        mapping(value, what, allowed: shape.keys, required: shape.requiredKeys)
    }
}
