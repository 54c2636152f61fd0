extension RegisterDocument {
    /// The document of a register as published on `date` in the site's languages.
    public init(register: Register, site: SiteSettings, date: StatementDate) {
        let languages = site.languages
        func text(_ value: LocalizedText) -> Text {
            Dictionary(uniqueKeysWithValues: languages.map { ($0.rawValue, value[$0]) })
        }
        func country(_ value: Country) -> CountryEntry {
            CountryEntry(code: value.code, name: Dictionary(uniqueKeysWithValues: languages.map { ($0.rawValue, value.name(in: $0)) }),
                         eea: value.inEEA, adequacy: value.adequacy)
        }
        func address(_ value: Controller.Address) -> AddressEntry {
            AddressEntry(street: value.street, postcode: value.postcode, city: value.city, country: country(value.country))
        }
        func contact(_ value: Controller.Contact) -> ContactEntry {
            ContactEntry(name: value.name, email: value.email, phone: value.phone, address: value.address.map(address))
        }
        func term(_ value: Term) -> TermEntry {
            TermEntry(key: value.key, text: text(value.text), special: value.special)
        }

        self.date = date.iso
        self.languages = languages.map(\.rawValue)
        self.site = Site(baseURL: site.baseURL, title: text(site.title))
        self.controller = register.controller.map { controller in
            ControllerEntry(name: controller.name, address: controller.address.map(address), email: controller.email,
                            phone: controller.phone, website: controller.website, kvk: controller.chamberOfCommerce,
                            dpo: controller.dpo.map(contact), representative: controller.representative.map(contact))
        }
        self.activities = register.activities?.map { activity in
            let retention: RetentionEntry? = switch activity.retention {
            case .period(let period, let note)?:
                RetentionEntry(kind: "period", period: Self.period(period), note: note.map(text), criterion: nil)
            case .criterion(let criterion)?:
                RetentionEntry(kind: "criterion", period: nil, note: nil, criterion: text(criterion))
            case nil: nil
            }
            let automated: AutomatedDecisionsEntry? = switch activity.automatedDecisions {
            case .none?: AutomatedDecisionsEntry(kind: "none", description: nil)
            case .described(let description)?: AutomatedDecisionsEntry(kind: "described", description: text(description))
            case nil: nil
            }
            return ActivityEntry(
                id: activity.id, name: text(activity.name), purpose: activity.purpose.map(text),
                legalBasis: activity.legalBasis?.rawValue, legitimateInterest: activity.legitimateInterest.map(text),
                people: activity.people?.map(term), data: activity.data?.map(term), source: activity.source.map(text),
                recipients: activity.recipients, retention: retention,
                required: activity.requirement.map { RequiredEntry(by: $0.basis.rawValue, otherwise: $0.consequence.map(text)) },
                automatedDecisions: automated)
        }
        self.recipients = register.recipients?.map { recipient in
            RecipientEntry(id: recipient.id, name: recipient.name, role: recipient.role.rawValue, service: recipient.service.map(text),
                           country: recipient.country.map(country), transferOutsideEEA: recipient.transfersOutsideEEA,
                           safeguard: recipient.safeguard?.rawValue, agreement: recipient.agreement, privacyURL: recipient.privacyURL)
        }
        self.cookies = register.cookies?.map { cookie in
            let lifetime: LifetimeEntry? = switch cookie.lifetime {
            case .session?: LifetimeEntry(kind: "session", period: nil)
            case .period(let period)?: LifetimeEntry(kind: "period", period: Self.period(period))
            case nil: nil
            }
            return CookieEntry(name: cookie.name, provider: cookie.provider, purpose: cookie.purpose.rawValue,
                               lifetime: lifetime, consent: cookie.consent, description: cookie.description.map(text))
        }
        self.security = register.security?.map(text)
        self.sections = register.sections?.map { SectionEntry(id: $0.id, title: text($0.title), body: text($0.body)) }
    }

    static func period(_ period: Period) -> PeriodEntry {
        PeriodEntry(amount: period.amount, unit: period.unit.rawValue, iso8601: period.iso8601)
    }
}

extension Period {
    /// `P6M`, `P2W`, `PT30M`: the ISO 8601 duration other tools (and DPV) read.
    public var iso8601: String {
        switch unit {
        case .minute: "PT\(amount)M"
        case .hour: "PT\(amount)H"
        case .day: "P\(amount)D"
        case .week: "P\(amount)W"
        case .month: "P\(amount)M"
        case .year: "P\(amount)Y"
        }
    }
}
