/// One thing `sitegen check` found in the register: a gap the GDPR asks the statement to fill,
/// or wording the transparency guidelines call unfair. Printed like a compiler diagnostic:
/// `content/activities.yaml:12:5: warning: … [activity-missing-retention]`.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public let rule: String
    public let severity: Severity
    public let location: SourceLocation?
    public let message: String
    /// How to fix it.
    public let hint: String?
    /// What the finding is about; suppressions on that entry apply to it.
    public let subject: Subject?
    /// Set when the content silences this finding on purpose, with the reason.
    public internal(set) var suppression: Suppression?

    public var isSuppressed: Bool { suppression != nil }

    public init(rule: String, severity: Severity, location: SourceLocation?, message: String, hint: String?,
                subject: Subject?, suppression: Suppression? = nil) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.subject = subject
        self.suppression = suppression
    }
}

/// The entry of the register a finding is about.
public struct Subject: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case activity, recipient, cookie, section, controller, security, site
        /// A fixed text in the templates' `strings/<lang>.yaml`; `id` is its key.
        case string
    }

    public let kind: Kind
    /// The activity, recipient or section id, the cookie's name, or the string's key.
    public let id: String?

    public init(_ kind: Kind, _ id: String? = nil) {
        self.kind = kind
        self.id = id
    }
}
