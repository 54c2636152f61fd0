/// Every human text of the content, with the entry it belongs to, so rules about wording can
/// look at all of them: a phrase is just as unfair in a cookie description as in a free section.
struct CatalogueText {
    let subject: Subject
    /// The field, for messages: "`purpose` of activity `email`".
    let field: String
    let text: LocalizedText
    /// Where the entry is, for texts whose translations carry no location.
    let fallback: SourceLocation?
}

enum TextCatalogue {
    static func texts(in content: Content) -> [CatalogueText] {
        let register = content.register
        var texts: [CatalogueText] = [CatalogueText(subject: Subject(.site), field: "the site `title`",
                                                    text: content.site.title, fallback: nil)]
        func add(_ subject: Subject, _ field: String, _ text: LocalizedText?, _ fallback: SourceLocation?) {
            if let text { texts.append(CatalogueText(subject: subject, field: field, text: text, fallback: fallback)) }
        }
        for activity in register.activities ?? [] {
            let subject = Subject(.activity, activity.id)
            let owner = "of activity `\(activity.id)`"
            add(subject, "`name` \(owner)", activity.name, activity.location)
            add(subject, "`purpose` \(owner)", activity.purpose, activity.location)
            add(subject, "`legitimate_interest` \(owner)", activity.legitimateInterest, activity.location)
            add(subject, "`source` \(owner)", activity.source, activity.location)
            add(subject, "`special_exception` \(owner)", activity.specialException, activity.location)
            add(subject, "`withdraw` \(owner)", activity.withdrawal, activity.location)
            add(subject, "`required` \(owner)", activity.requirement?.consequence, activity.location)
            switch activity.retention {
            case .period(_, let note)?: add(subject, "`retention` \(owner)", note, activity.location)
            case .criterion(let text)?: add(subject, "`retention` \(owner)", text, activity.location)
            case nil: break
            }
            if case .described(let text)? = activity.automatedDecisions {
                add(subject, "`automated_decisions` \(owner)", text, activity.location)
            }
            for term in (activity.people ?? []) + (activity.data ?? []) where term.key == nil {
                add(subject, "a category \(owner)", term.text, activity.location)
            }
        }
        for recipient in register.recipients ?? [] {
            add(Subject(.recipient, recipient.id), "`service` of recipient `\(recipient.id)`", recipient.service, recipient.location)
        }
        for cookie in register.cookies ?? [] {
            add(Subject(.cookie, cookie.name), "`description` of cookie `\(cookie.name)`", cookie.description, cookie.location)
        }
        for (index, measure) in (register.security ?? []).enumerated() {
            add(Subject(.security), "security measure \(index + 1)", measure, nil)
        }
        for section in register.sections ?? [] {
            let subject = Subject(.section, section.id)
            add(subject, "`title` of section `\(section.id)`", section.title, section.location)
            add(subject, "`body` of section `\(section.id)`", section.body, section.location)
        }
        return texts
    }
}
