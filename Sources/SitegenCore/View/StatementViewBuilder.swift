/// Builds the view of the statement in one language from the register.
public enum StatementViewBuilder {
    public static func build(_ content: Content, date: StatementDate, language: Language) -> StatementView {
        let register = content.register
        let recipients = (register.recipients ?? []).map { recipient($0, language) }
        return StatementView(
            lang: language.rawValue,
            title: content.site.title[language],
            date: Phrasing.date(date, in: language),
            dateISO: date.iso,
            controller: register.controller.map { controller($0, language) },
            activities: (register.activities ?? []).map { activity($0, register, language) },
            recipients: recipients,
            transfers: recipients.filter(\.outsideEEA),
            cookies: (register.cookies ?? []).map { cookie($0, register, language) },
            security: (register.security ?? []).map { $0[language] },
            sections: (register.sections ?? []).map { .init(id: $0.id, title: $0.title[language], body: $0.body[language]) },
            hasConsent: register.activities?.contains { $0.legalBasis == .consent } ?? false
                || register.cookies?.contains { $0.consent == true } ?? false
        )
    }

    static func controller(_ controller: Controller, _ language: Language) -> StatementView.ControllerView {
        let address = controller.address
        return .init(
            name: controller.name,
            street: address?.street,
            postcodeAndCity: address.map { [$0.postcode, $0.city].compactMap { $0 }.joined(separator: " ") },
            country: address?.country.name(in: language),
            email: controller.email, phone: controller.phone, website: controller.website,
            kvk: controller.chamberOfCommerce,
            dpo: controller.dpo.map { contact($0, language) },
            representative: controller.representative.map { contact($0, language) })
    }

    static func contact(_ contact: Controller.Contact, _ language: Language) -> StatementView.ContactView {
        let address = contact.address.map { address in
            [address.street, [address.postcode, address.city].compactMap { $0 }.joined(separator: " "),
             address.country.name(in: language)].joined(separator: ", ")
        }
        return .init(name: contact.name, email: contact.email, phone: contact.phone, address: address)
    }

    static func activity(_ activity: Activity, _ register: Register, _ language: Language) -> StatementView.ActivityView {
        let special = activity.data?.filter(\.special).map { $0.text[language] } ?? []
        let recipientNames = activity.recipients?.map { id in register.recipient(id: id)?.name ?? id }
        var retention: String?
        switch activity.retention {
        case .period(let period, let note)?:
            retention = Phrasing.period(period, in: language) + (note.map { ". \($0[language])" } ?? "")
        case .criterion(let text)?:
            retention = text[language]
        case nil:
            retention = nil
        }
        var automated: String?
        if case .described(let text)? = activity.automatedDecisions { automated = text[language] }
        return .init(
            id: activity.id,
            name: activity.name[language],
            purpose: activity.purpose?[language],
            legalBasis: activity.legalBasis?.entry.text(in: language),
            legalBasisArticle: activity.legalBasis?.citation(in: language),
            legitimateInterest: activity.legitimateInterest?[language],
            withdrawal: activity.withdrawal?[language],
            people: activity.people.map { Phrasing.list($0.map { $0.text[language] }, in: language) },
            data: activity.data.map { Phrasing.list($0.map { $0.text[language] }, in: language) },
            specialData: special.isEmpty ? nil : Phrasing.list(special, in: language),
            specialException: special.isEmpty ? nil : activity.specialException?[language],
            source: activity.source?[language],
            recipients: recipientNames.flatMap { $0.isEmpty ? nil : Phrasing.list($0, in: language) },
            recipientsNone: activity.recipients?.isEmpty ?? false,
            retention: retention,
            retentionPeriod: { if case .period(let period, _)? = activity.retention { Phrasing.period(period, in: language) } else { nil } }(),
            requiredByContract: activity.requirement?.basis == .contract,
            requiredByLaw: activity.requirement?.basis == .law,
            requiredNot: activity.requirement?.basis == Requirement.Basis.no,
            requiredOtherwise: activity.requirement?.consequence?[language],
            automatedDecisions: automated,
            automatedDecisionsNone: activity.automatedDecisions == AutomatedDecisions.none)
    }

    static func recipient(_ recipient: Recipient, _ language: Language) -> StatementView.RecipientView {
        .init(
            id: recipient.id, name: recipient.name, role: recipient.role.entry.text(in: language),
            service: recipient.service?[language], country: recipient.country?.name(in: language),
            outsideEEA: recipient.transfersOutsideEEA,
            safeguard: recipient.safeguard?.entry.text(in: language),
            agreement: recipient.agreement ?? false, agreementStated: recipient.agreement != nil, agreementApplies: recipient.role == .processor, privacyURL: recipient.privacyURL)
    }

    static func cookie(_ cookie: Cookie, _ register: Register, _ language: Language) -> StatementView.CookieView {
        var lifetime: String?
        if case .period(let period)? = cookie.lifetime { lifetime = Phrasing.period(period, in: language) }
        return .init(
            name: cookie.name,
            provider: cookie.provider.map { register.recipient(id: $0)?.name ?? $0 },
            purpose: cookie.purpose.entry.text(in: language),
            lifetime: lifetime,
            session: cookie.lifetime == .session,
            consent: cookie.consent ?? false,
            consentStated: cookie.consent != nil,
            description: cookie.description?[language])
    }
}
