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

    /// The point of Art. 6(1) this basis rests on: `a` for consent … `f` for legitimate interests.
    public var point: Character {
        switch self {
        case .consent: "a"
        case .contract: "b"
        case .legalObligation: "c"
        case .vitalInterests: "d"
        case .publicTask: "e"
        case .legitimateInterests: "f"
        }
    }

    /// "artikel 6 lid 1 sub f AVG" / "Article 6(1)(f) GDPR", as each language cites the law.
    public func citation(in language: Language) -> String {
        switch language {
        case .nl: "artikel 6 lid 1 sub \(point) AVG"
        case .en: "Article 6(1)(\(point)) GDPR"
        }
    }
}
