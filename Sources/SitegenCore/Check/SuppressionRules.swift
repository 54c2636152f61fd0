/// Applies the `ignore:` entries of the content to the findings, and checks the entries
/// themselves: a suppression naming a rule that does not exist, or one that no longer silences
/// anything, would otherwise hide mistakes or linger after the gap was closed.
enum SuppressionRules {
    static let unknownRule = Rule("check-unknown-rule", .error,
                                  "An `ignore:` entry names an existing rule id.")
    static let unused = Rule("check-unused-suppression", .warning,
                             "An `ignore:` entry silences at least one finding; remove it once the gap is closed.")

    static let rules = [unknownRule, unused]

    /// Marks suppressed findings and adds findings about the suppressions. These never suppress
    /// each other: a suppression cannot hide a problem with suppressions.
    static func apply(to findings: inout Findings, register: Register, knownRules: [Rule]) {
        let entries = suppressions(in: register)
        var used = Set<SourceLocation>()
        var items = findings.items
        for index in items.indices {
            guard let suppression = matching(items[index], entries) else { continue }
            items[index].suppression = suppression
            used.insert(suppression.location)
        }
        var result = Findings(items)
        let ids = knownRules.map(\.id)
        for (subject, suppression) in entries {
            if !ids.contains(suppression.rule) {
                let hint = Suggestion.closest(to: suppression.rule, in: ids).map { "did you mean `\($0)`?" }
                    ?? "see the rules table in README.md"
                result.add(unknownRule, subject, at: suppression.location, "`ignore` names unknown rule `\(suppression.rule)`", hint: hint)
            } else if !used.contains(suppression.location) {
                result.add(unused, subject, at: suppression.location,
                           "`ignore` of rule `\(suppression.rule)` silences nothing\(suppression.target.map { " for `\($0)`" } ?? "")",
                           hint: "remove the entry: the gap it was written for is closed")
            }
        }
        findings = result
    }

    /// Every suppression with the entry it is written on (nil for the top-level `check:` part).
    static func suppressions(in register: Register) -> [(Subject?, Suppression)] {
        var result: [(Subject?, Suppression)] = []
        result += (register.controller?.suppressions ?? []).map { (Subject(.controller), $0) }
        for activity in register.activities ?? [] { result += activity.suppressions.map { (Subject(.activity, activity.id), $0) } }
        for recipient in register.recipients ?? [] { result += recipient.suppressions.map { (Subject(.recipient, recipient.id), $0) } }
        for cookie in register.cookies ?? [] { result += cookie.suppressions.map { (Subject(.cookie, cookie.name), $0) } }
        for section in register.sections ?? [] { result += section.suppressions.map { (Subject(.section, section.id), $0) } }
        result += (register.checkSuppressions ?? []).map { (nil, $0) }
        return result
    }

    /// An entry's own suppression first, then a top-level one for the same target or for all.
    private static func matching(_ finding: Finding, _ entries: [(Subject?, Suppression)]) -> Suppression? {
        guard !rules.map(\.id).contains(finding.rule) else { return nil }
        let sameRule = entries.filter { $0.1.rule == finding.rule }
        if let own = sameRule.first(where: { $0.0 != nil && $0.0 == finding.subject }) { return own.1 }
        return sameRule.first { subject, suppression in
            subject == nil && (suppression.target == nil || suppression.target == finding.subject?.id)
        }?.1
    }
}

extension Findings {
    init(_ items: [Finding]) {
        self.init()
        for item in items { append(item) }
    }
}
