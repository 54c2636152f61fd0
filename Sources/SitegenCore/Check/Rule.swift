/// A check with a stable id. Ids are part of the interface: they appear in output, in `ignore:`
/// entries and in CI logs, so a rule is never renamed, only retired.
public struct Rule: Sendable, Hashable {
    public let id: String
    public let severity: Finding.Severity
    /// What the rule asks of the register, for `README.md` and `--help`-like listings.
    public let summary: String

    public init(_ id: String, _ severity: Finding.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

/// A group of related rules, one file each.
protocol RuleGroup {
    static var rules: [Rule] { get }
    static func check(_ input: CheckInput, into findings: inout Findings)
}

/// What the rules look at: the loaded content, and the fixed wording of the templates.
public struct CheckInput: Sendable {
    public var content: Content
    public var strings: [TemplateString]
    /// Published revisions that were edited afterwards, as the revision store found them.
    public var revisionProblems: [Diagnostic]
    /// Set when the register would give another statement than the newest revision.
    public var unpublishedChange: Diagnostic?

    public init(content: Content, strings: [TemplateString] = [], revisionProblems: [Diagnostic] = [],
                unpublishedChange: Diagnostic? = nil) {
        self.content = content
        self.strings = strings
        self.revisionProblems = revisionProblems
        self.unpublishedChange = unpublishedChange
    }

    var register: Register { content.register }
}

/// Collects findings while the rules run.
struct Findings {
    private(set) var items: [Finding] = []

    mutating func append(_ finding: Finding) {
        items.append(finding)
    }

    mutating func add(_ rule: Rule, _ subject: Subject?, at location: SourceLocation?, _ message: String, hint: String?) {
        items.append(Finding(rule: rule.id, severity: rule.severity, location: location, message: message,
                             hint: hint, subject: subject))
    }
}
