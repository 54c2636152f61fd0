/// A language the statement is written in. sitegen ships vocabulary and templates for these.
public enum Language: String, Sendable, CaseIterable, Hashable, Codable, Comparable {
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
