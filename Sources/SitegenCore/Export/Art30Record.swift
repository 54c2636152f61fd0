/// The record of processing activities of GDPR Art. 30(1), plus the legal basis the Dutch DPA
/// expects: one row per activity, phrased in one language, for a supervisor or a spreadsheet.
///
/// Cells are plain text. Lists are joined with "; " so a cell reads as one line. An empty cell
/// means the register does not state it; "none" means it states there is nothing.
public struct Art30Record: Sendable {
    public struct Column: Sendable {
        public let key: String
        public let label: LocalizedText
    }

    public static let columns: [Column] = [
        Column(key: "id", label: text("ID", "ID")),
        Column(key: "controller", label: text("Verwerkingsverantwoordelijke", "Controller")),
        Column(key: "dpo", label: text("Functionaris gegevensbescherming", "Data protection officer")),
        Column(key: "activity", label: text("Verwerking", "Processing activity")),
        Column(key: "purposes", label: text("Doeleinden", "Purposes")),
        Column(key: "legal_basis", label: text("Grondslag", "Legal basis")),
        Column(key: "data_subjects", label: text("Categorieën van betrokkenen", "Categories of data subjects")),
        Column(key: "personal_data", label: text("Categorieën van persoonsgegevens", "Categories of personal data")),
        Column(key: "recipients", label: text("Ontvangers", "Recipients")),
        Column(key: "transfers", label: text("Doorgifte naar derde landen en waarborgen", "Transfers to third countries and safeguards")),
        Column(key: "retention", label: text("Bewaartermijn", "Retention period")),
        Column(key: "security", label: text("Beveiligingsmaatregelen (algemene beschrijving)", "Security measures (general description)")),
    ]

    public let language: Language
    /// One cell per column, per activity.
    public let rows: [[String]]

    public var header: [String] { Self.columns.map { $0.label[language] } }

    public init(register: Register, language: Language) {
        self.language = language
        let phrase = Phrases(register: register, language: language)
        rows = (register.activities ?? []).map { activity in
            [
                activity.id, phrase.controller, phrase.dpo, activity.name[language], activity.purpose?[language] ?? "",
                phrase.legalBasis(activity), phrase.terms(activity.people), phrase.terms(activity.data),
                phrase.recipients(activity), phrase.transfers(activity), phrase.retention(activity), phrase.security,
            ]
        }
    }

    static func text(_ nl: String, _ en: String) -> LocalizedText {
        LocalizedText([.nl: nl, .en: en])
    }

    /// The wording of each cell in one language.
    struct Phrases {
        let register: Register
        let language: Language

        var none: String { language == .nl ? "geen" : "none" }

        func joined(_ parts: [String?]) -> String {
            parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        }

        var controller: String {
            guard let controller = register.controller else { return "" }
            let view = StatementViewBuilder.controller(controller, language)
            var cell = joined([view.name, view.street, view.postcodeAndCity, view.country, view.email, view.phone, view.website,
                               view.kvk.map { (language == .nl ? "KvK " : "Chamber of Commerce ") + $0 }])
            if let representative = view.representative {
                cell += (language == .nl ? "; vertegenwoordiger in de EU: " : "; EU representative: ")
                    + joined([representative.name, representative.email, representative.phone, representative.address])
            }
            return cell
        }

        var dpo: String {
            guard let dpo = register.controller?.dpo else { return "" }
            let view = StatementViewBuilder.contact(dpo, language)
            return joined([view.name, view.email, view.phone, view.address])
        }

        var security: String {
            (register.security ?? []).map { $0[language] }.joined(separator: "; ")
        }

        func legalBasis(_ activity: Activity) -> String {
            guard let basis = activity.legalBasis else { return "" }
            let interest = activity.legitimateInterest.map { ": " + $0[language] } ?? ""
            return "\(basis.entry.text(in: language)) (\(basis.citation(in: language)))\(interest)"
        }

        func terms(_ terms: [Term]?) -> String {
            guard let terms else { return "" }
            guard !terms.isEmpty else { return none }
            let special = language == .nl ? " (bijzonder persoonsgegeven)" : " (special category)"
            return terms.map { $0.text[language] + ($0.special ? special : "") }.joined(separator: "; ")
        }

        func recipients(_ activity: Activity) -> String {
            guard let ids = activity.recipients else { return "" }
            guard !ids.isEmpty else { return none }
            return ids.map { id in
                guard let recipient = register.recipient(id: id) else { return id }
                let details = [recipient.role.entry.text(in: language), recipient.country?.name(in: language)].compactMap { $0 }
                return "\(recipient.name) (\(details.joined(separator: ", ")))"
            }.joined(separator: "; ")
        }

        /// Recipients outside the EEA, each with its safeguard (Art. 30(1)(e)).
        func transfers(_ activity: Activity) -> String {
            guard let ids = activity.recipients else { return "" }
            let abroad = ids.compactMap { register.recipient(id: $0) }.filter(\.transfersOutsideEEA)
            guard !abroad.isEmpty else { return none }
            let noSafeguard = language == .nl ? "geen waarborg vastgelegd" : "no safeguard recorded"
            return abroad.map { recipient in
                "\(recipient.name), \(recipient.country?.name(in: language) ?? ""): "
                    + (recipient.safeguard?.entry.text(in: language) ?? noSafeguard)
            }.joined(separator: "; ")
        }

        func retention(_ activity: Activity) -> String {
            switch activity.retention {
            case .period(let period, let note)?: Phrasing.period(period, in: language) + (note.map { ". " + $0[language] } ?? "")
            case .criterion(let criterion)?: criterion[language]
            case nil: ""
            }
        }
    }
}
