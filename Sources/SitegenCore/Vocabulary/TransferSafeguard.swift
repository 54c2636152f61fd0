/// What makes a transfer of personal data outside the EEA lawful (Chapter V GDPR).
public enum TransferSafeguard: String, Sendable, CaseIterable, Codable {
    case adequacy
    case dataPrivacyFramework = "dpf"
    case standardContractualClauses = "scc"
    case bindingCorporateRules = "bcr"

    public var entry: VocabularyEntry {
        switch self {
        case .adequacy:
            VocabularyEntry(rawValue, nl: "een adequaatheidsbesluit van de Europese Commissie",
                            en: "an adequacy decision of the European Commission")
        case .dataPrivacyFramework:
            VocabularyEntry(rawValue, nl: "het EU-VS Data Privacy Framework",
                            en: "the EU-US Data Privacy Framework")
        case .standardContractualClauses:
            VocabularyEntry(rawValue, nl: "modelcontractbepalingen van de Europese Commissie",
                            en: "standard contractual clauses of the European Commission")
        case .bindingCorporateRules:
            VocabularyEntry(rawValue, nl: "bindende bedrijfsvoorschriften",
                            en: "binding corporate rules")
        }
    }
}
