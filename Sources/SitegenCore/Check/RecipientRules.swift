/// Processors and other recipients: where the data goes, under which safeguard and agreement.
enum RecipientRules: RuleGroup {
    static let transferWithoutSafeguard = Rule("recipient-transfer-without-safeguard", .error,
                                               "A recipient outside the EEA without an adequacy decision names a safeguard (Art. 13(1)(f), 46).")
    static let missingCountry = Rule("recipient-missing-country", .warning,
                                     "A recipient states the country where the data is stored, so transfers can be judged.")
    static let missingAgreement = Rule("recipient-missing-agreement", .error,
                                       "A processor has a data processing agreement, `agreement: yes` (Art. 28(3)).")
    static let unused = Rule("recipient-unused", .warning,
                             "Every recipient is used by an activity or sets a cookie.")

    static let rules = [transferWithoutSafeguard, missingCountry, missingAgreement, unused]

    static func check(_ input: CheckInput, into findings: inout Findings) {
        let register = input.register
        let used = Set((register.activities ?? []).flatMap { $0.recipients ?? [] })
            .union((register.cookies ?? []).compactMap(\.provider))
        for recipient in register.recipients ?? [] {
            let subject = Subject(.recipient, recipient.id)
            let name = "recipient `\(recipient.id)`"
            func at(_ key: String) -> SourceLocation { recipient.fieldLocations[key] ?? recipient.location }

            if let country = recipient.country {
                if !country.inEEA, !country.adequacy, recipient.safeguard == nil {
                    findings.add(transferWithoutSafeguard, subject, at: at("country"),
                                 "\(name) receives data in \(country.en), outside the EEA, without a stated safeguard",
                                 hint: "add `safeguard:` with one of \(TransferSafeguard.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            } else {
                findings.add(missingCountry, subject, at: recipient.location,
                             "\(name) does not say in which country the data is stored",
                             hint: "add `country:` with a two-letter ISO code such as NL, DE or US")
            }
            if recipient.role == .processor, recipient.agreement != true {
                let stated = recipient.agreement == false
                findings.add(missingAgreement, subject, at: stated ? at("agreement") : recipient.location,
                             stated ? "\(name) is a processor without a data processing agreement"
                                    : "\(name) is a processor, but the register does not say whether a data processing agreement is signed",
                             hint: stated ? "sign a data processing agreement (verwerkersovereenkomst) and write `agreement: yes`"
                                          : "write `agreement: yes` once it is signed; if they are not a processor, set `role: recipient`")
            }
            if !used.contains(recipient.id) {
                findings.add(unused, subject, at: recipient.location,
                             "\(name) is not used by any activity or cookie",
                             hint: "add `\(recipient.id)` to the `recipients` of the activities that share data with them, or remove the entry")
            }
        }
    }
}
