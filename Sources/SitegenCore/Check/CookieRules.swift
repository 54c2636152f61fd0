/// Cookies: tracking needs consent first (Dutch Telecommunicatiewet art. 11.7a, ePrivacy Art. 5(3)).
enum CookieRules: RuleGroup {
    static let withoutConsent = Rule("cookie-without-consent", .error,
                                     "A statistics or marketing cookie is only set after consent, `consent: yes`.")

    static let rules = [withoutConsent]

    static func check(_ input: CheckInput, into findings: inout Findings) {
        for cookie in input.register.cookies ?? [] where [.statistics, .marketing].contains(cookie.purpose) {
            guard cookie.consent != true else { continue }
            let stated = cookie.consent == false
            findings.add(withoutConsent, Subject(.cookie, cookie.name),
                         at: stated ? cookie.fieldLocations["consent"] ?? cookie.location : cookie.location,
                         "\(cookie.purpose.rawValue) cookie `\(cookie.name)` "
                             + (stated ? "is set without consent" : "does not say whether consent is asked first"),
                         hint: "ask consent before setting it and write `consent: yes`; if it is exempt (e.g. analytics with no "
                             + "privacy impact), suppress this rule with the reason")
        }
    }
}
