/// `sitegen check`: runs every rule over loaded content and applies the content's suppressions.
/// Findings never stop a build; the report decides whether `check` fails.
public enum Checker {
    // Computed: a stored array of metatypes is not Sendable.
    static var groups: [any RuleGroup.Type] {
        [ControllerRules.self, ActivityRules.self, RetentionRules.self, RecipientRules.self, CookieRules.self, WordingRules.self,
         RevisionRules.self]
    }

    /// Every rule, in the order of the README's table.
    public static let rules: [Rule] = groups.flatMap { $0.rules } + SuppressionRules.rules

    public static func check(_ input: CheckInput) -> CheckReport {
        var findings = Findings()
        for group in groups { group.check(input, into: &findings) }
        SuppressionRules.apply(to: &findings, register: input.register, knownRules: rules)
        return CheckReport(findings: findings.items)
    }
}

/// The findings of one run, in file order, and what they add up to.
public struct CheckReport: Sendable {
    public let findings: [Finding]

    public init(findings: [Finding]) {
        // File order reads top to bottom like the files; findings without a place come first.
        self.findings = findings.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            switch (l.location, r.location) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return true
            case (_?, nil): return false
            default: return l.rule != r.rule ? l.rule < r.rule : lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    public var errors: Int { findings.count { !$0.isSuppressed && $0.severity == .error } }
    public var warnings: Int { findings.count { !$0.isSuppressed && $0.severity == .warning } }
    public var suppressed: Int { findings.count(where: \.isSuppressed) }

    /// Errors always fail; warnings fail with `--strict`; suppressed findings never do.
    public func failed(strict: Bool) -> Bool {
        errors > 0 || (strict && warnings > 0)
    }

    /// The ids of rules with unsuppressed findings.
    public var ruleIDs: Set<String> { Set(findings.filter { !$0.isSuppressed }.map(\.rule)) }
}
