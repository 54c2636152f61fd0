/// A language the statement is written in. sitegen ships vocabulary and templates for these.
///
/// A coding key, so a text per language encodes as a JSON object (`{"en": …, "nl": …}`) that
/// sorted keys make byte-stable; otherwise it encodes as a list in the dictionary's order, which
/// changes from one process to the next and made cache keys miss at random.
public enum Language: String, Sendable, CaseIterable, Hashable, Codable, Comparable, CodingKeyRepresentable {
    case nl
    case en

    /// The language's own name, as shown in the language switch.
    public var nativeName: String {
        switch self {
        case .nl: "Nederlands"
        case .en: "English"
        }
    }

    /// The language's name in English, for messages.
    public var englishName: String {
        switch self {
        case .nl: "Dutch"
        case .en: "English"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
