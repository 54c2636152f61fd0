import Foundation

/// Reads typed values out of YAML and reports every problem with its place, instead of stopping
/// at the first one. Missing values are not errors here unless a caller says the key is required.
final class ContentReader {
    var diagnostics = DiagnosticList()
    let languages: [Language]

    init(languages: [Language]) {
        self.languages = languages
    }

    func error(at location: SourceLocation?, _ message: String, hint: String? = nil) {
        diagnostics.error(at: location, message, hint: hint)
    }

    // MARK: Structure

    /// A mapping with only the allowed keys; unknown keys are reported with a suggestion.
    func mapping(_ value: YAMLValue, _ what: String, allowed: [String], required: [String] = []) -> YAMLMapping? {
        guard let pairs = value.pairs else {
            error(at: value.location, "\(what) should be a mapping of keys, but is \(value.kindDescription)",
                  hint: "write it as `key: value` lines; allowed keys: \(allowed.joined(separator: ", "))")
            return nil
        }
        var kept: [(key: YAMLValue, value: YAMLValue)] = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                error(at: pair.key.location, "a key in \(what) must be a plain word")
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Suggestion.closest(to: key, in: allowed)
                error(at: pair.key.location, "unknown key `\(key)` in \(what)",
                      hint: suggestion.map { "did you mean `\($0)`?" }
                          ?? "allowed keys: \(allowed.joined(separator: ", "))")
                continue
            }
            kept.append(pair)
        }
        let mapping = YAMLMapping(value: value, entries: kept)
        for key in required where mapping[key] == nil || mapping[key]!.isNull {
            error(at: value.location, "\(what) needs `\(key)`", hint: "add a `\(key):` line")
        }
        return mapping
    }

    /// A list. `none` (or `[]`) is an explicit empty list; a missing key is "not stated" (nil).
    func list(_ value: YAMLValue?, _ what: String) -> [YAMLValue]? {
        guard let value else { return nil }
        if value.isNull {
            error(at: value.location, "\(what) is empty",
                  hint: "list the entries, write `none` if there are none, or remove the key if it is not known yet")
            return nil
        }
        if let scalar = value.scalar, scalar == "none" { return [] }
        guard let items = value.items else {
            error(at: value.location, "\(what) should be a list, but is \(value.kindDescription)",
                  hint: "write each entry on its own `- ` line, or `[a, b]`; write `none` for an empty list")
            return nil
        }
        return items
    }

    // MARK: Scalars

    func string(_ value: YAMLValue?, _ what: String) -> String? {
        guard let value else { return nil }
        guard let text = value.scalar, !value.isNull else {
            error(at: value.location, "\(what) should be a single text, but is \(value.kindDescription)")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            error(at: value.location, "\(what) is empty")
            return nil
        }
        return trimmed
    }

    func bool(_ value: YAMLValue?, _ what: String) -> Bool? {
        guard let value else { return nil }
        switch value.scalar?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(at: value.location, "\(what) should be `yes` or `no`")
            return nil
        }
    }

    /// One of a closed set of keys, such as a legal basis.
    func choice<T: RawRepresentable & CaseIterable>(_ value: YAMLValue?, _ what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(value, what), let value else { return nil }
        if let choice = T(rawValue: text) { return choice }
        let options = T.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: text, in: options)
        error(at: value.location, "unknown \(what) `\(text)`",
              hint: (suggestion.map { "did you mean `\($0)`? " } ?? "") + "choose one of: \(options.joined(separator: ", "))")
        return nil
    }

    func date(_ value: YAMLValue?, _ what: String) -> StatementDate? {
        guard let text = string(value, what), let value else { return nil }
        guard let date = StatementDate(iso: text) else {
            error(at: value.location, "\(what) `\(text)` is not a valid date",
                  hint: "write dates as YYYY-MM-DD, e.g. 2026-03-01")
            return nil
        }
        return date
    }

    func period(_ value: YAMLValue?, _ what: String) -> Period? {
        guard let text = string(value, what), let value else { return nil }
        switch Period.parse(text) {
        case .success(let period):
            return period
        case .failure(.unknownUnit(let unit, let suggestion)):
            error(at: value.location, "unknown unit `\(unit)` in \(what) `\(text)`",
                  hint: suggestion.map { "did you mean `\($0)`?" } ?? "use days, weeks, months or years")
        case .failure(.badAmount(let amount)):
            error(at: value.location, "`\(amount)` in \(what) `\(text)` is not a whole number above zero",
                  hint: "write e.g. `14 months` or `12 days`")
        case .failure(.notAPeriod):
            error(at: value.location, "\(what) `\(text)` is not a period",
                  hint: "write a number and a unit, e.g. `14 months` or `12 days`")
        }
        return nil
    }

    /// A web address readers may follow: only `https:` and `http:`, so no `javascript:` link is possible.
    func webURL(_ value: YAMLValue?, _ what: String) -> String? {
        guard let text = string(value, what), let value else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty,
              !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
        else {
            error(at: value.location, "\(what) `\(text)` is not a web address",
                  hint: "write a full address starting with https://")
            return nil
        }
        return text
    }

    func email(_ value: YAMLValue?, _ what: String) -> String? {
        guard let text = string(value, what), let value else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_+"))
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              text.unicodeScalars.allSatisfy({ allowed.contains($0) || $0 == "@" })
        else {
            error(at: value.location, "\(what) `\(text)` is not an e-mail address", hint: "write e.g. privacy@example.nl")
            return nil
        }
        return text
    }

    // MARK: Texts in every language

    /// A human text in every language of the site: `{nl: "…", en: "…"}`. When `sameInAllLanguages`
    /// is allowed (proper names), a single text is accepted as well.
    func localized(_ value: YAMLValue?, _ what: String, sameInAllLanguages: Bool = false) -> LocalizedText? {
        guard let value else { return nil }
        if let text = value.scalar, !value.isNull {
            if sameInAllLanguages {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { error(at: value.location, "\(what) is empty"); return nil }
                return LocalizedText(same: trimmed, at: value.location)
            }
            error(at: value.location, "\(what) must be given in every language",
                  hint: "write it as {\(languages.map { "\($0.rawValue): \"…\"" }.joined(separator: ", "))}")
            return nil
        }
        guard let mapping = mapping(value, what, allowed: languages.map(\.rawValue)) else { return nil }
        return translations(in: mapping, what)
    }

    /// The text of every site language from a mapping whose keys were already checked.
    private func translations(in mapping: YAMLMapping, _ what: String) -> LocalizedText? {
        var texts: [Language: String] = [:]
        var locations: [Language: SourceLocation] = [:]
        for language in languages {
            guard let translation = mapping[language.rawValue] else {
                error(at: mapping.location, "missing \(language.englishName) (\(language.rawValue)) translation of \(what)",
                      hint: "add `\(language.rawValue): \"…\"`")
                continue
            }
            if let text = string(translation, "the \(language.englishName) text of \(what)") {
                texts[language] = text
                locations[language] = translation.location
            }
        }
        return texts.count == languages.count ? LocalizedText(texts, locations: locations) : nil
    }

    /// A built-in vocabulary key (`email`), or an own text in every language, optionally flagged
    /// as a special category: `{nl: …, en: …, special: yes}`.
    func term(_ value: YAMLValue, in vocabulary: Vocabulary, _ what: String) -> Term? {
        if let key = value.scalar, !value.isNull {
            if let entry = vocabulary[key] { return Term(entry: entry) }
            let suggestion = Suggestion.closest(to: key, in: vocabulary.keys)
            error(at: value.location, "unknown \(vocabulary.name) `\(key)` in \(what)",
                  hint: (suggestion.map { "did you mean `\($0)`? Or " } ?? "")
                      + "write your own as {\(languages.map { "\($0.rawValue): \"…\"" }.joined(separator: ", "))}")
            return nil
        }
        let allowed = languages.map(\.rawValue) + ["special"]
        guard let mapping = mapping(value, "a \(vocabulary.name) in \(what)", allowed: allowed) else { return nil }
        let special = bool(mapping["special"], "`special`") ?? false
        guard let text = translations(in: mapping, "a \(vocabulary.name) in \(what)") else { return nil }
        return Term(key: nil, text: text, special: special)
    }
}
