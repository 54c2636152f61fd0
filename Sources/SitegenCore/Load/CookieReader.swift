/// Reads one entry of `cookies:`.
enum CookieReader {
    static func read(_ value: YAMLValue, with reader: ContentReader) -> Cookie? {
        guard let mapping = reader.mapping(value, "a cookie", shape: ContentShapes.cookie),
              let name = reader.string(mapping["name"], "cookie `name`")
        else { return nil }
        let owner = "cookie `\(name)`"
        var locations: [String: SourceLocation] = [:]
        for key in mapping.keys { locations[key] = mapping[key]?.location }
        let provider = IdentifierReader.read(mapping["provider"], "`provider` of \(owner)", with: reader)
        let purpose = reader.choice(mapping["purpose"], "cookie purpose", as: CookiePurpose.self)
        var lifetime: Cookie.Lifetime?
        if let value = mapping["lifetime"] {
            lifetime = value.scalar == "session" ? .session : reader.period(value, "`lifetime` of \(owner)").map { .period($0) }
        }
        let consent = reader.bool(mapping["consent"], "`consent` of \(owner)")
        let description = reader.localized(mapping["description"], "`description` of \(owner)")
        let suppressions = SuppressionReader.read(mapping["ignore"], owner, with: reader)
        guard let purpose else { return nil }
        return Cookie(name: name, provider: provider, purpose: purpose, lifetime: lifetime, consent: consent,
                      description: description, suppressions: suppressions, location: mapping.location, fieldLocations: locations)
    }
}
