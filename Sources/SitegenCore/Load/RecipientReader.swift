/// Reads one entry of `recipients:`: processors and others who receive personal data.
enum RecipientReader {
    static func read(_ value: YAMLValue, with reader: ContentReader) -> Recipient? {
        guard let mapping = reader.mapping(value, "a recipient", shape: ContentShapes.recipient)
        else { return nil }
        // A bad id is reported, and the rest of the entry is still checked under the id as written.
        let validID = IdentifierReader.read(mapping["id"], "recipient id", with: reader)
        let id = validID ?? mapping["id"]?.scalar ?? "?"
        let owner = "recipient `\(id)`"
        var locations: [String: SourceLocation] = [:]
        for key in mapping.keys { locations[key] = mapping[key]?.location }
        let name = reader.string(mapping["name"], "`name` of \(owner)")
        let role = mapping["role"] == nil ? .processor : reader.choice(mapping["role"], "role", as: RecipientRole.self)
        let service = reader.localized(mapping["service"], "`service` of \(owner)")
        let country = CountryReader.read(mapping["country"], "\(owner)", with: reader)
        let safeguard = reader.choice(mapping["safeguard"], "transfer safeguard", as: TransferSafeguard.self)
        let agreement = reader.bool(mapping["agreement"], "`agreement` of \(owner)")
        let url = reader.webURL(mapping["privacy_url"], "`privacy_url` of \(owner)")
        let suppressions = SuppressionReader.read(mapping["ignore"], owner, with: reader)
        guard let name, let role, validID != nil else { return nil }
        return Recipient(id: id, name: name, role: role, service: service, country: country, safeguard: safeguard,
                         agreement: agreement, privacyURL: url, suppressions: suppressions, location: mapping.location, fieldLocations: locations)
    }
}
