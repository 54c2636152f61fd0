/// What changed between two versions of the register, written as changelog lines in every
/// language: "Bewaartermijn van “Contactformulier”: 6 maanden → 3 maanden."
///
/// Values are compared as the statement phrases them (through `StatementViewBuilder`), so a
/// change shows up exactly when a reader of the statement would see one.
public enum RegisterDiff {
    public static func changes(from old: Register, to new: Register) -> [Revision.Change] {
        var changes: [Revision.Change] = []
        changes += controllerChanges(old.controller, new.controller)
        changes += activityChanges(old, new)
        changes += recipientChanges(old, new)
        changes += cookieChanges(old, new)
        changes += listChanges(group: .security, old: old.security ?? [], new: new.security ?? [],
                               added: ("Nieuwe beveiligingsmaatregel", "New security measure"),
                               removed: ("Vervallen beveiligingsmaatregel", "Security measure removed"))
        changes += sectionChanges(old.sections ?? [], new.sections ?? [])
        return changes
    }

    // MARK: Phrasing of one change

    static func quote(_ text: String) -> String { "“\(text)”" }

    static func change(_ group: ChangeGroup, _ text: (Language) -> String) -> Revision.Change {
        Revision.Change(group: group, text: LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text($0)) })))
    }

    static func notStated(_ language: Language) -> String {
        language == .nl ? "niet vermeld" : "not stated"
    }

    /// "Label of “name”: old → new." when the value reads differently in any language.
    static func fieldChange(_ group: ChangeGroup, label: LocalizedText, of name: LocalizedText?,
                            old: (Language) -> String?, new: (Language) -> String?) -> Revision.Change? {
        guard Language.allCases.contains(where: { old($0) != new($0) }) else { return nil }
        return change(group) { language in
            let owner = name.map { (language == .nl ? " van " : " of ") + quote($0[language]) } ?? ""
            let after = new(language) ?? notStated(language)
            return "\(label[language])\(owner): \(old(language) ?? notStated(language)) → \(after)\(after.hasSuffix(".") ? "" : ".")"
        }
    }

    static func text(_ nl: String, _ en: String) -> LocalizedText {
        LocalizedText([.nl: nl, .en: en])
    }

    // MARK: Parts

    static func controllerChanges(_ old: Controller?, _ new: Controller?) -> [Revision.Change] {
        let fields: [(LocalizedText, (StatementView.ControllerView) -> String?)] = [
            (text("Naam", "Name"), { $0.name }),
            (text("Adres", "Address"), { [$0.street, $0.postcodeAndCity, $0.country].compactMap { $0 }.joined(separator: ", ") }),
            (text("E-mailadres", "E-mail address"), { $0.email }),
            (text("Telefoonnummer", "Phone number"), { $0.phone }),
            (text("Website", "Website"), { $0.website }),
            (text("KvK-nummer", "Chamber of Commerce number"), { $0.kvk }),
            (text("Functionaris gegevensbescherming", "Data protection officer"),
             { $0.dpo.map { [$0.name, $0.email, $0.phone].compactMap { $0 }.joined(separator: ", ") } }),
            (text("Vertegenwoordiger in de EU", "EU representative"),
             { $0.representative.map { [$0.name, $0.email, $0.address].compactMap { $0 }.joined(separator: ", ") } }),
        ]
        return fields.compactMap { label, value in
            fieldChange(.controller, label: label, of: nil,
                        old: { language in old.map { StatementViewBuilder.controller($0, language) }.flatMap(value) },
                        new: { language in new.map { StatementViewBuilder.controller($0, language) }.flatMap(value) })
        }
    }

    static func activityChanges(_ old: Register, _ new: Register) -> [Revision.Change] {
        let before = old.activities ?? [], after = new.activities ?? []
        var changes: [Revision.Change] = []
        for activity in after where !before.contains(where: { $0.id == activity.id }) {
            changes.append(change(.activities) { language in
                (language == .nl ? "Nieuwe verwerking: " : "New processing activity: ") + quote(activity.name[language]) + "."
            })
        }
        for activity in before where !after.contains(where: { $0.id == activity.id }) {
            changes.append(change(.activities) { language in
                language == .nl ? "Verwerking \(quote(activity.name[language])) is vervallen."
                    : "Processing activity \(quote(activity.name[language])) was removed."
            })
        }
        let fields: [(LocalizedText, (StatementView.ActivityView) -> String?)] = [
            (text("Doel", "Purpose"), { $0.purpose }),
            (text("Grondslag", "Legal basis"), { view in
                view.legalBasis.map { basis in [basis, view.legitimateInterest].compactMap { $0 }.joined(separator: ": ") } }),
            (text("Betrokkenen", "People concerned"), { $0.people }),
            (text("Gegevens", "Data"), { $0.data }),
            (text("Ontvangers", "Recipients"), { view in view.recipientsNone ? "-" : view.recipients }),
            (text("Bewaartermijn", "Retention period"), { $0.retentionPeriod ?? $0.retention }),
        ]
        for activity in after {
            guard let previous = before.first(where: { $0.id == activity.id }) else { continue }
            for (label, value) in fields {
                let change = fieldChange(
                    .activities, label: label, of: activity.name,
                    old: { language in value(StatementViewBuilder.activity(previous, old, language)).flatMap { noneText($0, language) } },
                    new: { language in value(StatementViewBuilder.activity(activity, new, language)).flatMap { noneText($0, language) } })
                if let change { changes.append(change) }
            }
            // A period that stayed the same with a reworded explanation is still a change to report.
            let periodChanged = Language.allCases.contains {
                StatementViewBuilder.activity(previous, old, $0).retentionPeriod != StatementViewBuilder.activity(activity, new, $0).retentionPeriod
            }
            let explanationChanged = Language.allCases.contains {
                StatementViewBuilder.activity(previous, old, $0).retention != StatementViewBuilder.activity(activity, new, $0).retention
            }
            if !periodChanged, explanationChanged, StatementViewBuilder.activity(activity, new, .en).retentionPeriod != nil {
                changes.append(change(.activities) { language in
                    (language == .nl ? "De toelichting bij de bewaartermijn van " : "The explanation of the retention period of ")
                        + quote(activity.name[language]) + (language == .nl ? " is aangepast." : " was reworded.")
                })
            }
        }
        return changes
    }

    /// The view writes "no recipients" as a flag; the changelog says it in words.
    private static func noneText(_ value: String, _ language: Language) -> String? {
        value == "-" ? (language == .nl ? "niemand" : "no one") : value
    }

    static func recipientChanges(_ old: Register, _ new: Register) -> [Revision.Change] {
        let before = old.recipients ?? [], after = new.recipients ?? []
        var changes: [Revision.Change] = []
        for recipient in after where !before.contains(where: { $0.id == recipient.id }) {
            changes.append(change(.recipients) { language in
                let country = recipient.country.map { " (\($0.name(in: language)))" } ?? ""
                return (language == .nl ? "Nieuwe ontvanger: " : "New recipient: ") + recipient.name + country + "."
            })
        }
        for recipient in before where !after.contains(where: { $0.id == recipient.id }) {
            changes.append(change(.recipients) { language in
                language == .nl ? "\(recipient.name) ontvangt geen gegevens meer." : "\(recipient.name) no longer receives data."
            })
        }
        let fields: [(LocalizedText, (StatementView.RecipientView) -> String?)] = [
            (text("Land", "Country"), { $0.country }),
            (text("Waarborg voor doorgifte", "Transfer safeguard"), { $0.safeguard }),
            (text("Dienst", "Service"), { $0.service }),
        ]
        for recipient in after {
            guard let previous = before.first(where: { $0.id == recipient.id }) else { continue }
            for (label, value) in fields {
                let change = fieldChange(
                    .recipients, label: label, of: LocalizedText(same: recipient.name),
                    old: { value(StatementViewBuilder.recipient(previous, $0)) },
                    new: { value(StatementViewBuilder.recipient(recipient, $0)) })
                if let change { changes.append(change) }
            }
        }
        return changes
    }

    static func cookieChanges(_ old: Register, _ new: Register) -> [Revision.Change] {
        let before = old.cookies ?? [], after = new.cookies ?? []
        var changes: [Revision.Change] = []
        for cookie in after where !before.contains(where: { $0.name == cookie.name }) {
            changes.append(change(.cookies) { language in
                (language == .nl ? "Nieuwe cookie: " : "New cookie: ") + "\(cookie.name) (\(cookie.purpose.entry.text(in: language)))."
            })
        }
        for cookie in before where !after.contains(where: { $0.name == cookie.name }) {
            changes.append(change(.cookies) { language in
                language == .nl ? "Cookie \(cookie.name) wordt niet meer geplaatst." : "Cookie \(cookie.name) is no longer set."
            })
        }
        let lifetime = { (view: StatementView.CookieView, language: Language) -> String? in
            view.session ? (language == .nl ? "sessie" : "session") : view.lifetime
        }
        let fields: [(LocalizedText, (StatementView.CookieView, Language) -> String?)] = [
            (text("Bewaarduur", "Lifetime"), lifetime),
            (text("Doel", "Purpose"), { view, _ in view.purpose }),
            (text("Toestemming gevraagd", "Consent asked"), { view, language in
                view.consent ? (language == .nl ? "ja" : "yes") : (language == .nl ? "nee" : "no") }),
        ]
        for cookie in after {
            guard let previous = before.first(where: { $0.name == cookie.name }) else { continue }
            for (label, value) in fields {
                let change = fieldChange(
                    .cookies, label: label, of: LocalizedText(same: cookie.name),
                    old: { value(StatementViewBuilder.cookie(previous, old, $0), $0) },
                    new: { value(StatementViewBuilder.cookie(cookie, new, $0), $0) })
                if let change { changes.append(change) }
            }
        }
        return changes
    }

    static func listChanges(group: ChangeGroup, old: [LocalizedText], new: [LocalizedText],
                            added: (String, String), removed: (String, String)) -> [Revision.Change] {
        var changes: [Revision.Change] = []
        for item in new where !old.contains(item) {
            changes.append(change(group) { "\($0 == .nl ? added.0 : added.1): \(item[$0])" })
        }
        for item in old where !new.contains(item) {
            changes.append(change(group) { "\($0 == .nl ? removed.0 : removed.1): \(item[$0])" })
        }
        return changes
    }

    static func sectionChanges(_ old: [FreeSection], _ new: [FreeSection]) -> [Revision.Change] {
        var changes: [Revision.Change] = []
        for section in new {
            let title = quote(section.title[.nl]), titleEN = quote(section.title[.en])
            guard let previous = old.first(where: { $0.id == section.id }) else {
                changes.append(change(.sections) { $0 == .nl ? "Nieuw onderdeel: \(title)." : "New section: \(titleEN)." })
                continue
            }
            if previous.body != section.body || previous.title != section.title {
                changes.append(change(.sections) { $0 == .nl ? "Onderdeel \(title) is herschreven." : "Section \(titleEN) was rewritten." })
            }
        }
        for section in old where !new.contains(where: { $0.id == section.id }) {
            changes.append(change(.sections) { language in
                language == .nl ? "Onderdeel \(quote(section.title[.nl])) is vervallen." : "Section \(quote(section.title[.en])) was removed."
            })
        }
        return changes
    }
}
