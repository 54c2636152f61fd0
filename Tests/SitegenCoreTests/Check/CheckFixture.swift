@testable import SitegenCore

/// A register in which every rule passes, and ways to take one fact out of it: each rule test
/// starts from here, so a firing rule is caused by the one change the test makes.
enum CheckFixture {
    static let controller = """
        controller:
          name: Voorbeeld B.V.
          email: privacy@voorbeeld.example
          address: {street: Kade 1, city: Utrecht, country: NL}
        """

    /// The keys of a complete activity, in order; a test replaces or removes some of them.
    static let activityKeys: [(String, String)] = [
        ("id", "contact"),
        ("name", "{nl: Contact, en: Contact}"),
        ("purpose", "{nl: Vragen beantwoorden., en: To answer questions.}"),
        ("legal_basis", "contract"),
        ("people", "[customers]"),
        ("data", "[name, email]"),
        ("recipients", "none"),
        ("retention", "6 months"),
        ("required", "no"),
    ]

    /// One activity: the complete one, with `changes` applied (nil removes a key) and `extra` lines added.
    static func activity(_ changes: [String: String?] = [:], extra: [String] = []) -> String {
        var lines: [String] = []
        for (key, value) in activityKeys {
            let replaced = changes.keys.contains(key) ? changes[key]! : value
            if let replaced { lines.append("\(key): \(replaced)") }
        }
        for (key, value) in changes where !activityKeys.contains(where: { $0.0 == key }) {
            if let value { lines.append("\(key): \(value)") }
        }
        lines += extra
        return "  - " + lines.joined(separator: "\n    ")
    }

    /// A register of the controller, the given activities and any other parts.
    static func register(activities: [String] = [activity()], _ parts: String = "") -> String {
        controller + "\nactivities:\n" + activities.joined(separator: "\n") + "\n" + parts
    }

    static func report(_ register: String, strings: [TemplateString] = []) throws -> CheckReport {
        let content = try ContentLoader.load(ContentFiles([
            .init(path: "content/site.yaml", text: InlineSite.site),
            .init(path: "content/register.yaml", text: register),
        ]))
        return Checker.check(CheckInput(content: content, strings: strings))
    }

    /// The rule ids that fail (unsuppressed) in a register.
    static func ids(_ register: String) throws -> Set<String> {
        try report(register).ruleIDs
    }
}
