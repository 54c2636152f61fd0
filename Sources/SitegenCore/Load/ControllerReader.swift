/// Reads `controller:`, who is responsible and how to reach them.
enum ControllerReader {
    static func read(_ value: YAMLValue, with reader: ContentReader) -> Controller? {
        guard let mapping = reader.mapping(value, "`controller`", shape: ContentShapes.controller) else { return nil }
        let name = reader.string(mapping["name"], "the controller's `name`")
        let address = mapping["address"].flatMap { readAddress($0, "the controller's `address`", with: reader) }
        let email = reader.email(mapping["email"], "the controller's `email`")
        let phone = reader.string(mapping["phone"], "the controller's `phone`")
        let website = reader.webURL(mapping["website"], "the controller's `website`")
        let kvk = reader.string(mapping["kvk"], "the Chamber of Commerce number `kvk`")
        if let kvk, let location = mapping["kvk"]?.location, !(kvk.count == 8 && kvk.allSatisfy(\.isNumber)) {
            reader.error(at: location, "Chamber of Commerce number `\(kvk)` should be 8 digits",
                         hint: "quote it so leading zeros stay: kvk: \"01234567\"")
        }
        let dpo = mapping["dpo"].flatMap { readContact($0, "`dpo`", with: reader) }
        let representative = mapping["representative"].flatMap { readContact($0, "`representative`", with: reader) }
        let suppressions = SuppressionReader.read(mapping["ignore"], "`controller`", with: reader)
        guard let name else { return nil }
        return Controller(name: name, address: address, email: email, phone: phone, website: website,
                          chamberOfCommerce: kvk, dpo: dpo, representative: representative,
                          suppressions: suppressions, location: mapping.location)
    }

    static func readAddress(_ value: YAMLValue, _ what: String, with reader: ContentReader) -> Controller.Address? {
        guard let mapping = reader.mapping(value, what, shape: ContentShapes.address)
        else { return nil }
        let street = reader.string(mapping["street"], "`street` of \(what)")
        let postcode = reader.string(mapping["postcode"], "`postcode` of \(what)")
        let city = reader.string(mapping["city"], "`city` of \(what)")
        let country = CountryReader.read(mapping["country"], "`country` of \(what)", with: reader)
        guard let street, let city, let country else { return nil }
        return Controller.Address(street: street, postcode: postcode, city: city, country: country)
    }

    static func readContact(_ value: YAMLValue, _ what: String, with reader: ContentReader) -> Controller.Contact? {
        guard let mapping = reader.mapping(value, what, shape: ContentShapes.contact) else { return nil }
        let name = reader.string(mapping["name"], "`name` of \(what)")
        let email = reader.email(mapping["email"], "`email` of \(what)")
        let phone = reader.string(mapping["phone"], "`phone` of \(what)")
        let address = mapping["address"].flatMap { readAddress($0, "`address` of \(what)", with: reader) }
        guard let name else { return nil }
        return Controller.Contact(name: name, email: email, phone: phone, address: address)
    }
}

enum CountryReader {
    static func read(_ value: YAMLValue?, _ what: String, with reader: ContentReader) -> Country? {
        guard let code = reader.string(value, what), let value else { return nil }
        if let country = Country.named(code) { return country }
        reader.error(at: value.location, "unknown country code `\(code)` in \(what)",
                     hint: "write the two-letter ISO code, e.g. NL, DE or US"
                         + (suggestion(for: code).map { "; did you mean `\($0)`?" } ?? ""))
        return nil
    }

    /// Common non-ISO codes, and country names in either language. Two-letter codes are not
    /// guessed by spelling: `UK` is one letter from `DK`, and suggesting Denmark would be harmful.
    static func suggestion(for text: String) -> String? {
        let aliases = ["UK": "GB", "EL": "GR", "EN": "GB", "USA": "US"]
        if let alias = aliases[text.uppercased()] { return alias }
        guard text.count > 3 else { return nil }
        let names = Country.all.flatMap { [($0.nl, $0.code), ($0.en, $0.code)] }
        guard let name = Suggestion.closest(to: text, in: names.map(\.0)) else { return nil }
        return names.first { $0.0 == name }?.1
    }
}
