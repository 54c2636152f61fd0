/// How a recipient stands towards us.
public enum RecipientRole: String, Sendable, CaseIterable, Codable {
    /// Processes personal data on our behalf, under a data processing agreement (Art. 28).
    case processor
    /// Receives data for its own purposes, e.g. a tax authority or a bank.
    case recipient
    /// Decides on purposes and means together with us (Art. 26).
    case jointController = "joint-controller"

    public var entry: VocabularyEntry {
        switch self {
        case .processor: VocabularyEntry(rawValue, nl: "verwerker", en: "processor")
        case .recipient: VocabularyEntry(rawValue, nl: "ontvanger", en: "recipient")
        case .jointController: VocabularyEntry(rawValue, nl: "gezamenlijke verwerkingsverantwoordelijke", en: "joint controller")
        }
    }
}
