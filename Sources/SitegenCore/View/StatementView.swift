/// Everything a statement template can show, already in one language. Templates only arrange
/// these values; all wording that depends on data is decided here, where it can be tested.
public struct StatementView: Sendable {
    public struct ControllerView: Sendable {
        public let name: String
        public let street: String?
        public let postcodeAndCity: String?
        public let country: String?
        public let email: String?
        public let phone: String?
        public let website: String?
        public let kvk: String?
        public let dpo: ContactView?
        public let representative: ContactView?
    }

    public struct ContactView: Sendable {
        public let name: String
        public let email: String?
        public let phone: String?
        public let address: String?
    }

    public struct ActivityView: Sendable {
        public let id: String
        public let name: String
        public let purpose: String?
        public let legalBasis: String?
        public let legalBasisArticle: String?
        public let legitimateInterest: String?
        /// How to withdraw consent for this activity.
        public let withdrawal: String?
        public let people: String?
        public let data: String?
        public let specialData: String?
        /// The Art. 9(2) exception that allows the special categories in `specialData`.
        public let specialException: String?
        public let source: String?
        public let recipients: String?
        public let recipientsNone: Bool
        public let retention: String?
        /// Just the period ("6 maanden"), without its explanation; nil for a criterion.
        public let retentionPeriod: String?
        public let requiredByContract: Bool
        public let requiredByLaw: Bool
        public let requiredNot: Bool
        public let requiredOtherwise: String?
        public let automatedDecisions: String?
        public let automatedDecisionsNone: Bool
    }

    public struct RecipientView: Sendable {
        public let id: String
        public let name: String
        public let role: String
        public let service: String?
        public let country: String?
        public let outsideEEA: Bool
        public let safeguard: String?
        public let agreement: Bool
        /// False when the register does not say: the cell stays empty instead of claiming "no".
        public let agreementStated: Bool
        /// Only processors need a data processing agreement.
        public let agreementApplies: Bool
        public let privacyURL: String?
    }

    public struct CookieView: Sendable {
        public let name: String
        public let provider: String?
        public let purpose: String
        public let lifetime: String?
        public let session: Bool
        public let consent: Bool
        /// False when the register does not say: the cell stays empty instead of claiming "no".
        public let consentStated: Bool
        public let description: String?
    }

    public struct SectionView: Sendable {
        public let id: String
        public let title: String
        /// Markdown written by the user; cmark-gfm drops any raw HTML in it.
        public let body: String
    }

    public let lang: String
    public let title: String
    public let date: String
    public let dateISO: String
    public let controller: ControllerView?
    public let activities: [ActivityView]
    public let recipients: [RecipientView]
    public let transfers: [RecipientView]
    public let cookies: [CookieView]
    public let security: [String]
    public let sections: [SectionView]
    /// Some activity rests on consent, so the statement explains how to withdraw it.
    public let hasConsent: Bool
}
