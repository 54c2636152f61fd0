/// Who is responsible for the processing (Art. 13(1)(a) and (b)).
public struct Controller: Sendable, Hashable, Codable {
    public struct Address: Sendable, Hashable, Codable {
        public var street: String
        public var postcode: String?
        public var city: String
        public var country: Country
    }

    public struct Contact: Sendable, Hashable, Codable {
        public var name: String
        public var email: String?
        public var phone: String?
        public var address: Address?
    }

    public var name: String
    public var address: Address?
    public var email: String?
    public var phone: String?
    public var website: String?
    /// Kamer van Koophandel (Chamber of Commerce) number.
    public var chamberOfCommerce: String?
    public var dpo: Contact?
    /// The EU representative of a controller established outside the EU (Art. 27).
    public var representative: Contact?
    /// `sitegen check` rules silenced for the controller's details.
    public var suppressions: [Suppression] = []
    public var location: SourceLocation
}
