@testable import SitegenCore

/// Documents built from the shapes alone: one that holds only the required keys, and variants
/// that change one value each, to a valid value of another form or to a wrong one. Feeding them
/// to the loader and to the schema proves the two agree on every kind of every field.
enum ShapeSamples {
    struct Variant {
        let label: String
        let value: JSONValue
        let valid: Bool
    }

    /// The shape's required keys, each with a valid value.
    static func base(_ shape: Shape) -> JSONValue {
        .object(shape.fields.filter(\.required).map { ($0.key, valid($0.kind)) })
    }

    /// Every one-change variation of a mapping of this shape.
    static func variants(_ shape: Shape) -> [Variant] {
        guard case .object(let members) = base(shape) else { return [] }
        var result = [Variant(label: "\(shape.name) with required keys only", value: .object(members), valid: true)]
        result.append(Variant(label: "\(shape.name) with an unknown key", value: .object(members + [("unknown_key", "x")]), valid: false))
        for field in shape.fields {
            if field.required {
                result.append(Variant(label: "\(shape.name) without \(field.key)",
                                      value: .object(members.filter { $0.0 != field.key }), valid: false))
            }
            for variant in variants(field.kind) {
                let changed = members.filter { $0.0 != field.key } + [(field.key, variant.value)]
                result.append(Variant(label: "\(shape.name).\(field.key): \(variant.label)", value: .object(changed), valid: variant.valid))
            }
        }
        return result
    }

    static func variants(_ kind: ValueKind) -> [Variant] {
        switch kind {
        case .mapping(let shape):
            return variants(shape) + [Variant(label: "a text instead of a mapping", value: "text", valid: false)]
        case .list(let item, let emptyAllowed, let unique):
            var result: [Variant]
            if case .choice = item {
                // A list of choices (the site's languages) is tried whole: see `valid`.
                result = [Variant(label: "every choice", value: valid(kind), valid: true),
                          Variant(label: "list of a wrong choice", value: [wrong(item)], valid: false)]
            } else {
                result = variants(item).map { Variant(label: "list of \($0.label)", value: [$0.value], valid: $0.valid) }
            }
            result.append(Variant(label: "none", value: "none", valid: emptyAllowed))
            result.append(Variant(label: "a mapping instead of a list", value: ["a": "b"], valid: false))
            if unique, case .array(let items) = valid(kind), let first = items.first {
                result.append(Variant(label: "a value twice", value: .array(items + [first]), valid: false))
            }
            return result
        case .oneOf(let kinds):
            return kinds.flatMap(variants) + [Variant(label: "a list, which no form allows", value: ["x"], valid: false)]
        case .localizedText:
            return [
                Variant(label: "every language", value: valid(kind), valid: true),
                Variant(label: "a plain text", value: "plain", valid: false),
                Variant(label: "one language missing", value: ["nl": "alleen Nederlands"], valid: false),
                Variant(label: "an unknown language", value: ["nl": "a", "en": "b", "de": "c"], valid: false),
            ]
        case .term(let vocabulary):
            return [
                Variant(label: "a built-in key", value: valid(kind), valid: true),
                Variant(label: "an own text", value: ["nl": "eigen", "en": "own", "special": "yes"], valid: true),
                Variant(label: "an unknown key", value: "no-such-category", valid: false),
                Variant(label: "an own text without a language", value: ["nl": "eigen"], valid: false),
                Variant(label: "a key of another vocabulary", value: .string(vocabulary === .peopleCategories ? "email" : "customers"), valid: false),
            ]
        case .bool:
            return [Variant(label: "yes", value: "yes", valid: true), Variant(label: "false", value: false, valid: true),
                    Variant(label: "maybe", value: "maybe", valid: false)]
        case .period:
            return [Variant(label: "14 months", value: "14 months", valid: true), Variant(label: "1 jaar", value: "1 jaar", valid: true),
                    Variant(label: "14 fortnights", value: "14 fortnights", valid: false), Variant(label: "0 days", value: "0 days", valid: false)]
        case .country:
            return [Variant(label: "NL", value: "NL", valid: true), Variant(label: "us", value: "us", valid: true),
                    Variant(label: "XX", value: "XX", valid: false)]
        case .word(let word):
            return [Variant(label: word, value: .string(word), valid: true)]
        default:
            return [Variant(label: "valid", value: valid(kind), valid: true),
                    Variant(label: "wrong", value: wrong(kind), valid: false)]
        }
    }

    static func valid(_ kind: ValueKind) -> JSONValue {
        switch kind {
        case .text: "Sample text"
        case .digits(let count): .string(String(repeating: "1", count: count))
        // Every id is `sample`, so references meet the one recipient a variant may define.
        case .identifier: "sample"
        case .localizedText: .object(Language.allCases.map { ($0.rawValue, .string("text in \($0.englishName)")) })
        // A site's languages must be all of them, or the other texts' translations become unknown keys.
        case .list(.choice(let options), _, _): .array(options.map(JSONValue.string))
        case .list(let item, _, _): [valid(item)]
        case .choice(let options): .string(options[0])
        case .period: "6 months"
        case .date: "2026-03-01"
        case .webURL: "https://example.org/privacy"
        case .email: "privacy@example.org"
        case .bool: "no"
        case .country: "NL"
        case .term(let vocabulary): .string(vocabulary.keys[0])
        case .mapping(let shape): base(shape)
        case .dictionary(let value): ["sample.md": valid(value)]
        case .word(let word): .string(word)
        case .oneOf(let kinds): valid(kinds[0])
        }
    }

    static func wrong(_ kind: ValueKind) -> JSONValue {
        switch kind {
        case .text: ["a list"]
        case .digits: "1234"
        case .identifier: "Not An Id"
        case .choice: "not-a-choice"
        case .date: "2026-3-1"
        case .webURL: "javascript:alert(1)"
        case .email: "nobody"
        case .dictionary: "text"
        default: ["x"]
        }
    }
}

extension Vocabulary {
    static func === (lhs: Vocabulary, rhs: Vocabulary) -> Bool { lhs.name == rhs.name }
}
