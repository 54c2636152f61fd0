/// One processing activity of the register (Art. 30(1)) and what the statement says about it.
///
/// Optional fields are "not stated" when nil. An explicit "none" is an empty list or a case of
/// its own, so the statement and `sitegen check` can tell a fact from a gap.
public struct Activity: Sendable, Hashable, Codable {
    public var id: String
    public var name: LocalizedText
    public var purpose: LocalizedText?
    public var legalBasis: LegalBasis?
    /// The interest pursued, when the basis is legitimate interests (Art. 13(1)(d)).
    public var legitimateInterest: LocalizedText?
    public var people: [Term]?
    public var data: [Term]?
    /// False when the data is not obtained from the person themselves (Art. 14); nil when the
    /// register does not say, which reads as "from the person" (Art. 13).
    public var fromPerson: Bool?
    /// Where the data comes from when not from the person (Art. 14(2)(f)).
    public var source: LocalizedText?
    /// Ids of recipients; empty means "shared with no one".
    public var recipients: [String]?
    public var retention: Retention?
    public var requirement: Requirement?
    public var automatedDecisions: AutomatedDecisions?
    /// The exception of Art. 9(2) (or the ground of Art. 10) that allows special categories of data.
    public var specialException: LocalizedText?
    /// How people withdraw their consent for this activity (Art. 7(3), 13(2)(c)).
    public var withdrawal: LocalizedText?
    /// `sitegen check` rules silenced for this activity.
    public var suppressions: [Suppression] = []
    public var location: SourceLocation
    /// Where each key was written, for diagnostics of later stages.
    public var fieldLocations: [String: SourceLocation]
}

/// How long data is kept (Art. 13(2)(a)): a period, or the criteria that decide it.
public enum Retention: Sendable, Hashable, Codable {
    case period(Period, note: LocalizedText?)
    case criterion(LocalizedText)
}

/// Whether people must provide the data, and what happens if they do not (Art. 13(2)(e)).
public struct Requirement: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, CaseIterable, Codable {
        case contract, law, no
    }

    public var basis: Basis
    public var consequence: LocalizedText?
}

/// Automated decision-making, including profiling (Art. 13(2)(f)).
public enum AutomatedDecisions: Sendable, Hashable, Codable {
    case none
    case described(LocalizedText)
}
