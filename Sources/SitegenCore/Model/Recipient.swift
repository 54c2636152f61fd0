/// A processor or other recipient of personal data (Art. 13(1)(e) and (f)).
public struct Recipient: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var role: RecipientRole
    /// What they do for us.
    public var service: LocalizedText?
    public var country: Country?
    public var safeguard: TransferSafeguard?
    /// Whether a data processing agreement (verwerkersovereenkomst) is in place.
    public var agreement: Bool?
    public var privacyURL: String?
    /// `sitegen check` rules silenced for this recipient.
    public var suppressions: [Suppression] = []
    public var location: SourceLocation
    public var fieldLocations: [String: SourceLocation]

    /// Data goes outside the European Economic Area.
    public var transfersOutsideEEA: Bool { country.map { !$0.inEEA } ?? false }
}
