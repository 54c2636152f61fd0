/// A cookie (or similar storage) the website sets.
public struct Cookie: Sendable, Hashable, Codable {
    public enum Lifetime: Sendable, Hashable, Codable {
        /// Removed when the browser closes.
        case session
        case period(Period)
    }

    public var name: String
    /// The recipient id of the party that sets it; nil for our own cookies.
    public var provider: String?
    public var purpose: CookiePurpose
    public var lifetime: Lifetime?
    public var consent: Bool?
    public var description: LocalizedText?
    /// `sitegen check` rules silenced for this cookie.
    public var suppressions: [Suppression] = []
    public var location: SourceLocation
    public var fieldLocations: [String: SourceLocation]
}
