/// Why a cookie is set; the categories most consent banners and the Dutch Telecommunicatiewet use.
public enum CookiePurpose: String, Sendable, CaseIterable, Codable {
    case necessary
    case preferences
    case statistics
    case marketing

    public var entry: VocabularyEntry {
        switch self {
        case .necessary: VocabularyEntry(rawValue, nl: "noodzakelijk", en: "necessary")
        case .preferences: VocabularyEntry(rawValue, nl: "voorkeuren", en: "preferences")
        case .statistics: VocabularyEntry(rawValue, nl: "statistieken", en: "statistics")
        case .marketing: VocabularyEntry(rawValue, nl: "marketing", en: "marketing")
        }
    }
}
