/// Who is responsible, and how to reach them (Art. 13(1)(a)): people need it to use their rights.
enum ControllerRules: RuleGroup {
    static let missing = Rule("controller-missing", .error,
                              "The register names the controller (Art. 13(1)(a)).")
    static let missingContact = Rule("controller-missing-contact", .error,
                                     "The controller has an e-mail address, phone number or postal address.")
    static let missingEmail = Rule("controller-missing-email", .warning,
                                   "The controller has an e-mail address, where the statement sends requests.")
    static let missingAddress = Rule("controller-missing-address", .warning,
                                     "The controller has a postal address.")

    static let rules = [missing, missingContact, missingEmail, missingAddress]

    static func check(_ input: CheckInput, into findings: inout Findings) {
        guard let controller = input.register.controller else {
            findings.add(missing, Subject(.controller), at: nil, "the register does not name the controller",
                         hint: "add a `controller:` part with `name`, `address` and `email`")
            return
        }
        let subject = Subject(.controller)
        if controller.email == nil, controller.phone == nil, controller.address == nil {
            findings.add(missingContact, subject, at: controller.location, "the controller has no contact details at all",
                         hint: "add `email`, `phone` and `address` under `controller:`")
            return
        }
        if controller.email == nil {
            findings.add(missingEmail, subject, at: controller.location, "the controller has no e-mail address",
                         hint: "add `email:`; the statement asks people to send requests about their rights there")
        }
        if controller.address == nil {
            findings.add(missingAddress, subject, at: controller.location, "the controller has no postal address",
                         hint: "add `address: {street: …, postcode: …, city: …, country: NL}`")
        }
    }
}
