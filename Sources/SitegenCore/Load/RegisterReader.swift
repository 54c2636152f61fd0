import Foundation

/// Reads the parts of the register. Each reader reports its own problems and keeps going, so one
/// run lists every mistake.
enum RegisterReader {
    static func read(part: String, _ value: YAMLValue, into register: inout Register, with reader: ContentReader) {
        switch part {
        case "controller":
            register.controller = ControllerReader.read(value, with: reader)
        case "activities":
            register.activities = readList(value, "`activities`", with: reader, ActivityReader.read)
        case "recipients":
            register.recipients = readList(value, "`recipients`", with: reader, RecipientReader.read)
        case "cookies":
            register.cookies = readList(value, "`cookies`", with: reader, CookieReader.read)
        case "security":
            register.security = reader.list(value, "`security`")?.enumerated().compactMap { index, item in
                reader.localized(item, "security measure \(index + 1)")
            }
        case "sections":
            register.sections = readList(value, "`sections`", with: reader, readSection)
        case "check":
            register.checkSuppressions = SuppressionReader.readCheckPart(value, with: reader)
        default:
            break
        }
    }

    private static func readList<T>(
        _ value: YAMLValue, _ what: String, with reader: ContentReader,
        _ readItem: (YAMLValue, ContentReader) -> T?
    ) -> [T]? {
        guard let items = reader.list(value, what) else { return nil }
        return items.compactMap { readItem($0, reader) }
    }

    private static func readSection(_ value: YAMLValue, with reader: ContentReader) -> FreeSection? {
        guard let mapping = reader.mapping(value, "a section", shape: ContentShapes.section),
              let id = IdentifierReader.read(mapping["id"], "section id", with: reader)
        else { return nil }
        let title = reader.localized(mapping["title"], "`title` of section `\(id)`")
        let body = reader.localized(mapping["body"], "`body` of section `\(id)`")
        let suppressions = SuppressionReader.read(mapping["ignore"], "section `\(id)`", with: reader)
        guard let title, let body else { return nil }
        return FreeSection(id: id, title: title, body: body, suppressions: suppressions, location: mapping.location)
    }

    /// Ids must be unique, and every reference must point at something that exists.
    static func checkReferences(_ register: Register, with reader: ContentReader) {
        checkUnique(register.activities?.map { ($0.id, $0.location) } ?? [], "activity", with: reader)
        checkUnique(register.recipients?.map { ($0.id, $0.location) } ?? [], "recipient", with: reader)
        checkUnique(register.sections?.map { ($0.id, $0.location) } ?? [], "section", with: reader)
        checkUnique(register.cookies?.map { ($0.name, $0.location) } ?? [], "cookie", with: reader)

        let recipientIDs = register.recipients?.map(\.id) ?? []
        for activity in register.activities ?? [] {
            for (index, id) in (activity.recipients ?? []).enumerated() where !recipientIDs.contains(id) {
                let location = activity.fieldLocations["recipients.\(index)"] ?? activity.location
                reader.error(at: location, "activity `\(activity.id)` names unknown recipient `\(id)`",
                             hint: unknownRecipientHint(id, among: recipientIDs))
            }
        }
        for cookie in register.cookies ?? [] {
            guard let provider = cookie.provider, !recipientIDs.contains(provider) else { continue }
            reader.error(at: cookie.fieldLocations["provider"] ?? cookie.location,
                         "cookie `\(cookie.name)` names unknown provider `\(provider)`",
                         hint: unknownRecipientHint(provider, among: recipientIDs))
        }
    }

    private static func unknownRecipientHint(_ id: String, among ids: [String]) -> String {
        if let suggestion = Suggestion.closest(to: id, in: ids) { return "did you mean `\(suggestion)`?" }
        return "add it under `recipients:` with `id: \(id)`"
    }

    private static func checkUnique(_ items: [(String, SourceLocation)], _ what: String, with reader: ContentReader) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                reader.error(at: location, "duplicate \(what) id `\(id)`, first used at \(earlier)",
                             hint: "give each \(what) its own id")
            } else {
                first[id] = location
            }
        }
    }
}

/// Ids are what other parts and addresses refer to, so they stay simple: `contact-form`, `aws`.
enum IdentifierReader {
    static func read(_ value: YAMLValue?, _ what: String, with reader: ContentReader) -> String? {
        guard let text = reader.string(value, what), let value else { return nil }
        let allowed = CharacterSet.lowercaseLetters.union(.decimalDigits).union(CharacterSet(charactersIn: "-_"))
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            reader.error(at: value.location, "\(what) `\(text)` may only hold lower-case letters, digits, `-` and `_`",
                         hint: "e.g. `contact-form`")
            return nil
        }
        return text
    }
}
