/// Writes JSON Schema (draft 2020-12) for the content files from `ContentShapes`, so editors with
/// the YAML language server complete keys and flag mistakes while typing.
///
/// The schema follows the loader, not an ideal: where the loader accepts a value (a number where
/// a text is expected, `yes` for true, `nl` for `NL`) the schema accepts it too, so an editor never
/// flags what a build accepts. A few checks stay with the loader alone: whether a date exists,
/// whether an id that is referred to is defined, and texts in languages a site does not use.
public struct SchemaGenerator: Sendable {
    /// One schema file: its name under `schemas/` and its text.
    public struct File: Sendable, Equatable {
        public let name: String
        public let text: String
    }

    /// Every translation is required in these languages.
    public let languages: [Language]

    public init(languages: [Language] = Language.allCases) {
        self.languages = languages
    }

    public static let siteSchema = "site.schema.json"
    public static let registerSchema = "register.schema.json"
    public static let revisionSchema = "revision.schema.json"

    public func files() -> [File] {
        [
            File(name: Self.siteSchema, text: schema(for: ContentShapes.site, title: "sitegen site.yaml").text()),
            File(name: Self.registerSchema, text: schema(for: ContentShapes.register, title: "sitegen register file").text()),
            File(name: Self.revisionSchema, text: schema(for: ContentShapes.revision, title: "sitegen revision.yaml").text()),
        ]
    }

    /// A root shape, with every shape and shared kind it uses under `$defs`.
    public func schema(for root: Shape, title: String) -> JSONValue {
        var definitions = Definitions()
        let body = object(root, into: &definitions)
        guard case .object(let members) = body else { return body }
        var result: [(String, JSONValue)] = [
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("title", .string(title)),
        ]
        result += members
        if !definitions.members.isEmpty { result.append(("$defs", .object(definitions.members))) }
        return .object(result)
    }

    /// Definitions in the order they were first used, each written once.
    struct Definitions {
        var members: [(String, JSONValue)] = []

        mutating func reference(_ name: String, _ make: (inout Definitions) -> JSONValue) -> JSONValue {
            if !members.contains(where: { $0.0 == name }) {
                members.append((name, .bool(false)))  // reserves the place, and stops recursion
                let value = make(&self)
                members[members.firstIndex { $0.0 == name }!].1 = value
            }
            return ["$ref": .string("#/$defs/\(name)")]
        }
    }

    func object(_ shape: Shape, into definitions: inout Definitions) -> JSONValue {
        var properties: [(String, JSONValue)] = []
        for field in shape.fields {
            var property = schema(field.kind, into: &definitions)
            if case .object(var members) = property {
                members.append(("description", .string(field.help)))
                property = .object(members)
            }
            properties.append((field.key, property))
        }
        var members: [(String, JSONValue)] = [
            ("description", .string(shape.summary)),
            ("type", "object"),
            ("properties", .object(properties)),
        ]
        if !shape.requiredKeys.isEmpty { members.append(("required", .array(shape.requiredKeys.map(JSONValue.string)))) }
        members.append(("additionalProperties", false))
        return .object(members)
    }

    func schema(_ kind: ValueKind, into definitions: inout Definitions) -> JSONValue {
        switch kind {
        case .text:
            return definitions.reference("text") { _ in Self.text }
        case .digits(let count):
            let low = Int("1" + String(repeating: "0", count: count - 1))!, high = Int(String(repeating: "9", count: count))!
            return ["anyOf": [
                ["type": "string", "pattern": .string("^[0-9]{\(count)}$")],
                ["type": "integer", "minimum": .int(low), "maximum": .int(high)],
            ]]
        case .identifier:
            return definitions.reference("identifier") { _ in
                ["description": "Lower-case letters, digits, - and _.", "type": "string", "pattern": "^[a-z0-9_-]+$"]
            }
        case .localizedText:
            return definitions.reference("localized-text") { definitions in localized(extra: [], into: &definitions) }
        case .list(let item, let emptyAllowed, let unique):
            var array: [(String, JSONValue)] = [("type", "array"), ("items", schema(item, into: &definitions))]
            if !emptyAllowed { array.append(("minItems", 1)) }
            if unique { array.append(("uniqueItems", true)) }
            // `none` states that there is nothing, where leaving the key out means "not stated".
            return emptyAllowed ? ["anyOf": [.object(array), ["const": "none"]]] : .object(array)
        case .choice(let options):
            return ["enum": .array(options.map(JSONValue.string))]
        case .period:
            return definitions.reference("period") { _ in Self.period }
        case .date:
            return definitions.reference("date") { _ in
                ["description": "A date as YYYY-MM-DD.", "type": "string", "format": "date",
                 "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
            }
        case .webURL:
            return definitions.reference("web-address") { _ in
                ["description": "An https: or http: address.", "type": "string", "format": "uri",
                 "pattern": .string("^" + Self.caseInsensitive("http") + "[Ss]?://[^\\s<>\"/?#][^\\s<>\"]*$")]
            }
        case .email:
            return definitions.reference("email") { _ in
                ["type": "string", "format": "email", "pattern": "^[A-Za-z0-9._+-]+@[A-Za-z0-9._+-]*\\.[A-Za-z0-9._+-]*$"]
            }
        case .bool:
            return definitions.reference("yes-or-no") { _ in Self.yesOrNo }
        case .country:
            return definitions.reference("country") { _ in
                let codes = Country.all.map(\.code).sorted()
                return ["description": "A two-letter ISO 3166-1 code.", "enum": .array((codes + codes.map { $0.lowercased() }).map(JSONValue.string))]
            }
        case .term(let vocabulary):
            let name = vocabulary.name.split(separator: " ").joined(separator: "-")
            return definitions.reference(name) { definitions in
                ["anyOf": [
                    ["description": .string("A built-in \(vocabulary.name)."), "enum": .array(vocabulary.keys.map(JSONValue.string))],
                    localized(extra: [("special", schema(.bool, into: &definitions))], into: &definitions),
                ]]
            }
        case .mapping(let shape):
            return definitions.reference(shape.name) { definitions in object(shape, into: &definitions) }
        case .dictionary(let value):
            return ["type": "object", "additionalProperties": schema(value, into: &definitions)]
        case .word(let word):
            return ["const": .string(word)]
        case .oneOf(let kinds):
            return ["anyOf": .array(kinds.map { schema($0, into: &definitions) })]
        }
    }

    /// `{nl: …, en: …}`: every language required, no other key (but `extra`).
    func localized(extra: [(String, JSONValue)], into definitions: inout Definitions) -> JSONValue {
        let text = schema(.text, into: &definitions)
        return [
            "description": .string("A text in every language: " + languages.map { "\($0.rawValue): …" }.joined(separator: ", ") + "."),
            "type": "object",
            "properties": .object(languages.map { ($0.rawValue, text) } + extra),
            "required": .array(languages.map { .string($0.rawValue) }),
            "additionalProperties": false,
        ]
    }

    /// Any single value the loader reads as a text: YAML numbers and booleans are texts there too.
    static let text: JSONValue = [
        "description": "A single text.", "type": ["string", "number", "boolean"], "pattern": "\\S",
    ]

    static let yesOrNo: JSONValue = [
        "description": "yes or no.",
        "anyOf": [
            ["type": "boolean"],
            ["type": "string", "pattern": .string("^(" + ["yes", "no", "true", "false"].map(caseInsensitive).joined(separator: "|") + ")$")],
        ],
    ]

    /// A whole number above zero and a unit, spelled in English or Dutch, in any case.
    static let period: JSONValue = {
        let units = Period.unitSpellings.keys.sorted().map(caseInsensitive).joined(separator: "|")
        return [
            "description": "A whole number and a unit: minutes, hours, days, weeks, months or years, in English or Dutch.",
            "type": "string",
            "pattern": .string("^\\s*\\+?[0-9]*[1-9][0-9]*\\s+(\(units))\\s*$"),
        ]
    }()

    /// `[Yy][Ee][Ss]`: JSON Schema's regular expressions (ECMA-262) have no case-insensitive flag.
    static func caseInsensitive(_ word: String) -> String {
        word.map { character in
            let lower = character.lowercased(), upper = character.uppercased()
            return lower == upper ? String(character) : "[\(lower)\(upper)]"
        }.joined()
    }
}
