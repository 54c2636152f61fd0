/// The six legal bases of Art. 6(1) GDPR.
public enum LegalBasis: String, Sendable, CaseIterable, Codable {
    case consent
    case contract
    case legalObligation = "legal-obligation"
    case vitalInterests = "vital-interests"
    case publicTask = "public-task"
    case legitimateInterests = "legitimate-interests"

    public var entry: VocabularyEntry {
        switch self {
        case .consent: VocabularyEntry(rawValue, nl: "toestemming", en: "consent")
        case .contract: VocabularyEntry(rawValue, nl: "uitvoering van een overeenkomst", en: "performance of a contract")
        case .legalObligation: VocabularyEntry(rawValue, nl: "wettelijke verplichting", en: "legal obligation")
        case .vitalInterests: VocabularyEntry(rawValue, nl: "vitale belangen", en: "vital interests")
        case .publicTask: VocabularyEntry(rawValue, nl: "taak van algemeen belang", en: "public task")
        case .legitimateInterests: VocabularyEntry(rawValue, nl: "gerechtvaardigd belang", en: "legitimate interests")
        }
    }

    /// The point of Art. 6(1) this basis is, for readers who look it up.
    public var article: String {
        switch self {
        case .consent: "6(1)(a)"
        case .contract: "6(1)(b)"
        case .legalObligation: "6(1)(c)"
        case .vitalInterests: "6(1)(d)"
        case .publicTask: "6(1)(e)"
        case .legitimateInterests: "6(1)(f)"
        }
    }
}
