/// A `sitegen check` rule silenced on purpose, written in the content with the reason why:
///
///     ignore:
///       - rule: cookie-without-consent
///         reason: "Analytics with masked IP addresses needs no consent in NL (AP, 2019)."
///
/// The reason is for reviewers of the register, not for the public statement, so it is one text
/// in whichever language the team writes. `check` prints it next to the finding it silences.
public struct Suppression: Sendable, Hashable, Codable {
    public var rule: String
    public var reason: String
    /// Only in the top-level `check:` part: the id of the activity, recipient or section (or the
    /// name of the cookie) the suppression is for. Nil there means every finding of the rule.
    public var target: String?
    public var location: SourceLocation

    public init(rule: String, reason: String, target: String? = nil, location: SourceLocation) {
        self.rule = rule
        self.reason = reason
        self.target = target
        self.location = location
    }
}
