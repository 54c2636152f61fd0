import Testing
@testable import SitegenCore

/// Each kind of change gives the right changelog line, in Dutch and in English.
@Suite struct RegisterDiffTests {
    static let site = "base_url: https://x.nl\nlanguages: [nl, en]\ntitle: {nl: P, en: P}\n"

    static let before = """
        controller: {name: Voorbeeld B.V., email: info@voorbeeld.nl, dpo: {name: An Jansen}}
        activities:
          - id: contact
            name: {nl: Contactformulier, en: Contact form}
            purpose: {nl: Vragen beantwoorden., en: Answering questions.}
            legal_basis: legitimate-interests
            legitimate_interest: {nl: Klanten helpen., en: Helping customers.}
            people: [website-visitors]
            data: [name, email]
            recipients: [mail]
            retention: 12 months
          - id: old
            name: {nl: Oude verwerking, en: Old activity}
        recipients:
          - {id: mail, name: Mail B.V., country: NL}
          - {id: tool, name: Tool Inc., country: US, safeguard: dpf}
          - {id: gone, name: Gone B.V., country: NL}
        cookies:
          - {name: sess, purpose: necessary, lifetime: session}
          - {name: _old, purpose: statistics, lifetime: 1 year}
        """

    func changes(after: String) throws -> [Revision.Change] {
        func load(_ register: String) throws -> Register {
            try ContentLoader.load(ContentFiles([.init(path: "site.yaml", text: Self.site),
                                                 .init(path: "register.yaml", text: register)])).register
        }
        return RegisterDiff.changes(from: try load(Self.before), to: try load(after))
    }

    func edited(_ replacements: [(String, String)]) -> String {
        replacements.reduce(Self.before) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test func noChangeGivesNoLines() throws {
        #expect(try changes(after: Self.before).isEmpty)
    }

    @Test(arguments: [
        (("retention: 12 months", "retention: 6 months"),
         "Bewaartermijn van “Contactformulier”: 12 maanden → 6 maanden.",
         "Retention period of “Contact form”: 12 months → 6 months."),
        (("purpose: {nl: Vragen beantwoorden., en: Answering questions.}", "purpose: {nl: Vragen beantwoorden en offertes maken., en: Answering questions and quoting.}"),
         "Doel van “Contactformulier”: Vragen beantwoorden. → Vragen beantwoorden en offertes maken.",
         "Purpose of “Contact form”: Answering questions. → Answering questions and quoting."),
        (("legal_basis: legitimate-interests\n    legitimate_interest: {nl: Klanten helpen., en: Helping customers.}", "legal_basis: consent"),
         "Grondslag van “Contactformulier”: gerechtvaardigd belang: Klanten helpen. → toestemming.",
         "Legal basis of “Contact form”: legitimate interests: Helping customers. → consent."),
        (("data: [name, email]", "data: [name, email, phone]"),
         "Gegevens van “Contactformulier”: naam en e-mailadres → naam, e-mailadres en telefoonnummer.",
         "Data of “Contact form”: name and e-mail address → name, e-mail address and phone number."),
        (("people: [website-visitors]", "people: [website-visitors, customers]"),
         "Betrokkenen van “Contactformulier”: websitebezoekers → websitebezoekers en klanten.",
         "People concerned of “Contact form”: website visitors → website visitors and customers."),
        (("recipients: [mail]", "recipients: none"),
         "Ontvangers van “Contactformulier”: Mail B.V. → niemand.",
         "Recipients of “Contact form”: Mail B.V. → no one."),
    ])
    func activityFieldChanges(edit: (String, String), dutch: String, english: String) throws {
        let lines = try changes(after: edited([edit]))
        #expect(lines.map { $0.text[.nl] } == [dutch])
        #expect(lines.map { $0.text[.en] } == [english])
        #expect(lines.allSatisfy { $0.group == .activities })
    }

    @Test func activitiesAddedAndRemoved() throws {
        let lines = try changes(after: edited([("  - id: old\n    name: {nl: Oude verwerking, en: Old activity}",
                                                "  - id: new\n    name: {nl: Nieuwsbrief, en: Newsletter}")]))
        #expect(lines.map { $0.text[.nl] } == ["Nieuwe verwerking: “Nieuwsbrief”.", "Verwerking “Oude verwerking” is vervallen."])
        #expect(lines.map { $0.text[.en] } == ["New processing activity: “Newsletter”.", "Processing activity “Old activity” was removed."])
    }

    @Test func recipientsAddedRemovedMovedAndSafeguarded() throws {
        let lines = try changes(after: edited([
            ("  - {id: gone, name: Gone B.V., country: NL}", "  - {id: fresh, name: Fresh GmbH, country: DE}"),
            ("{id: mail, name: Mail B.V., country: NL}", "{id: mail, name: Mail B.V., country: IE}"),
            ("safeguard: dpf", "safeguard: scc"),
        ]))
        #expect(lines.map { $0.text[.nl] } == [
            "Nieuwe ontvanger: Fresh GmbH (Duitsland).",
            "Gone B.V. ontvangt geen gegevens meer.",
            "Land van “Mail B.V.”: Nederland → Ierland.",
            "Waarborg voor doorgifte van “Tool Inc.”: het EU-VS Data Privacy Framework → modelcontractbepalingen van de Europese Commissie.",
        ])
        #expect(lines.map { $0.text[.en] } == [
            "New recipient: Fresh GmbH (Germany).",
            "Gone B.V. no longer receives data.",
            "Country of “Mail B.V.”: Netherlands → Ireland.",
            "Transfer safeguard of “Tool Inc.”: the EU-US Data Privacy Framework → standard contractual clauses of the European Commission.",
        ])
        #expect(lines.allSatisfy { $0.group == .recipients })
    }

    @Test func cookiesAddedRemovedAndLifetimeChanged() throws {
        let lines = try changes(after: edited([
            ("  - {name: _old, purpose: statistics, lifetime: 1 year}", "  - {name: _new, purpose: marketing, lifetime: 3 months}"),
            ("lifetime: session}", "lifetime: 1 day}"),
        ]))
        #expect(lines.map { $0.text[.nl] } == ["Nieuwe cookie: _new (marketing).", "Cookie _old wordt niet meer geplaatst.",
                                               "Bewaarduur van “sess”: sessie → 1 dag."])
        #expect(lines.map { $0.text[.en] } == ["New cookie: _new (marketing).", "Cookie _old is no longer set.",
                                               "Lifetime of “sess”: session → 1 day."])
    }

    @Test func controllerAndDPOContactChanges() throws {
        let lines = try changes(after: edited([("email: info@voorbeeld.nl, dpo: {name: An Jansen}",
                                                "email: privacy@voorbeeld.nl, dpo: {name: Bo de Wit, email: fg@voorbeeld.nl}")]))
        #expect(lines.map { $0.text[.nl] } == [
            "E-mailadres: info@voorbeeld.nl → privacy@voorbeeld.nl.",
            "Functionaris gegevensbescherming: An Jansen → Bo de Wit, fg@voorbeeld.nl.",
        ])
        #expect(lines.map { $0.text[.en] } == [
            "E-mail address: info@voorbeeld.nl → privacy@voorbeeld.nl.",
            "Data protection officer: An Jansen → Bo de Wit, fg@voorbeeld.nl.",
        ])
        #expect(lines.allSatisfy { $0.group == .controller })
    }
}
