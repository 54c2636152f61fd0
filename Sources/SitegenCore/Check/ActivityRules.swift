/// What Art. 13 and 14 ask the statement to say about each processing activity, and what
/// Art. 30 asks the register to hold. A missing key is "not stated"; `none` is a fact and passes.
enum ActivityRules: RuleGroup {
    static let missingPurpose = Rule("activity-missing-purpose", .error,
                                     "An activity states its purpose (Art. 13(1)(c)).")
    static let missingLegalBasis = Rule("activity-missing-legal-basis", .error,
                                        "An activity states its legal basis (Art. 6(1), 13(1)(c)).")
    static let missingLegitimateInterest = Rule("activity-missing-legitimate-interest", .error,
                                                "An activity based on legitimate interests names the interest (Art. 13(1)(d)).")
    static let missingRetention = Rule("activity-missing-retention", .error,
                                       "An activity states how long data is kept, or the criteria (Art. 13(2)(a)).")
    static let missingRecipients = Rule("activity-missing-recipients", .error,
                                        "An activity lists its recipients, or `none` (Art. 13(1)(e)).")
    static let missingRequirement = Rule("activity-missing-requirement", .warning,
                                         "An activity says whether people must provide the data (Art. 13(2)(e)).")
    static let missingSource = Rule("activity-missing-source", .error,
                                    "Data not obtained from the person (`from_person: no`) names its source (Art. 14(2)(f)).")
    static let missingData = Rule("activity-missing-data", .warning,
                                  "An activity lists the categories of data (Art. 14(1)(d), 30(1)(c)).")
    static let missingPeople = Rule("activity-missing-people", .warning,
                                    "An activity lists whose data it is (Art. 30(1)(c)).")
    static let specialWithoutException = Rule("activity-special-data-without-exception", .error,
                                              "Special categories of data name the Art. 9(2) exception (`special_exception`).")
    static let consentWithoutWithdrawal = Rule("activity-consent-without-withdrawal", .warning,
                                               "An activity based on consent says how to withdraw it (`withdraw`, Art. 7(3), 13(2)(c)).")

    static let rules = [
        missingPurpose, missingLegalBasis, missingLegitimateInterest, missingRetention, missingRecipients,
        missingRequirement, missingSource, missingData, missingPeople, specialWithoutException, consentWithoutWithdrawal,
    ]

    static func check(_ input: CheckInput, into findings: inout Findings) {
        for activity in input.register.activities ?? [] {
            check(activity, into: &findings)
        }
    }

    private static func check(_ activity: Activity, into findings: inout Findings) {
        let subject = Subject(.activity, activity.id)
        let name = "activity `\(activity.id)`"
        func at(_ key: String) -> SourceLocation { activity.fieldLocations[key] ?? activity.location }

        if activity.purpose == nil {
            findings.add(missingPurpose, subject, at: activity.location, "\(name) does not state its purpose",
                         hint: "add `purpose: {nl: …, en: …}` saying why the data is processed")
        }
        switch activity.legalBasis {
        case nil:
            findings.add(missingLegalBasis, subject, at: activity.location, "\(name) does not state its legal basis",
                         hint: "add `legal_basis:` with one of \(LegalBasis.allCases.map(\.rawValue).joined(separator: ", "))")
        case .legitimateInterests? where activity.legitimateInterest == nil:
            findings.add(missingLegitimateInterest, subject, at: at("legal_basis"),
                         "\(name) rests on legitimate interests but does not say which interest",
                         hint: "add `legitimate_interest: {nl: …, en: …}`")
        case .consent? where activity.withdrawal == nil:
            findings.add(consentWithoutWithdrawal, subject, at: at("legal_basis"),
                         "\(name) rests on consent but does not say how to withdraw it",
                         hint: "add `withdraw: {nl: …, en: …}`, e.g. the unsubscribe link or the cookie settings")
        default:
            break
        }
        if activity.retention == nil {
            findings.add(missingRetention, subject, at: activity.location, "\(name) does not say how long the data is kept",
                         hint: "add `retention:` with a period such as `12 months`, or the criteria as {nl: …, en: …}")
        }
        if activity.recipients == nil {
            findings.add(missingRecipients, subject, at: activity.location, "\(name) does not say who receives the data",
                         hint: "add `recipients: [ids]` naming the processors and others, or `recipients: none`")
        }
        if activity.requirement == nil {
            findings.add(missingRequirement, subject, at: activity.location,
                         "\(name) does not say whether people must provide the data",
                         hint: "add `required: no`, `contract` or `law`, and what happens otherwise")
        }
        if activity.fromPerson == false, activity.source == nil {
            findings.add(missingSource, subject, at: at("from_person"),
                         "\(name) does not get its data from the person, but does not say where it comes from",
                         hint: "add `source: {nl: …, en: …}`, saying whether it is a public source")
        }
        if activity.data == nil {
            findings.add(missingData, subject, at: activity.location, "\(name) does not list the data it processes",
                         hint: "add `data: [name, email, …]` with built-in keys or {nl: …, en: …}")
        }
        if activity.people == nil {
            findings.add(missingPeople, subject, at: activity.location, "\(name) does not say whose data it processes",
                         hint: "add `people: [customers, …]` with built-in keys or {nl: …, en: …}")
        }
        if activity.data?.contains(where: \.special) == true, activity.specialException == nil {
            findings.add(specialWithoutException, subject, at: at("data"),
                         "\(name) processes special categories of data without naming the exception that allows it",
                         hint: "add `special_exception: {nl: …, en: …}`, e.g. explicit consent (Art. 9(2)(a))")
        }
    }
}
