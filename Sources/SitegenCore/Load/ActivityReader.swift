/// Reads one entry of `activities:`.
enum ActivityReader {
    static var keys: [String] { ContentShapes.activity.keys }

    static func read(_ value: YAMLValue, with reader: ContentReader) -> Activity? {
        guard let mapping = reader.mapping(value, "an activity", shape: ContentShapes.activity)
        else { return nil }
        // A bad id is reported, and the rest of the entry is still checked under the id as written.
        let validID = IdentifierReader.read(mapping["id"], "activity id", with: reader)
        let id = validID ?? mapping["id"]?.scalar ?? "?"
        let owner = "activity `\(id)`"
        var locations: [String: SourceLocation] = [:]
        for key in mapping.keys { locations[key] = mapping[key]?.location }

        let name = reader.localized(mapping["name"], "`name` of \(owner)")
        let purpose = reader.localized(mapping["purpose"], "`purpose` of \(owner)")
        let basis = reader.choice(mapping["legal_basis"], "legal basis", as: LegalBasis.self)
        let interest = reader.localized(mapping["legitimate_interest"], "`legitimate_interest` of \(owner)")
        let people = reader.list(mapping["people"], "`people` of \(owner)")?.compactMap {
            reader.term($0, in: .peopleCategories, "`people` of \(owner)")
        }
        let data = reader.list(mapping["data"], "`data` of \(owner)")?.compactMap {
            reader.term($0, in: .dataCategories, "`data` of \(owner)")
        }
        let fromPerson = reader.bool(mapping["from_person"], "`from_person` of \(owner)")
        let source = reader.localized(mapping["source"], "`source` of \(owner)")
        let specialException = reader.localized(mapping["special_exception"], "`special_exception` of \(owner)")
        let withdrawal = reader.localized(mapping["withdraw"], "`withdraw` of \(owner)")
        let suppressions = SuppressionReader.read(mapping["ignore"], owner, with: reader)
        var recipients: [String]?
        if let items = reader.list(mapping["recipients"], "`recipients` of \(owner)") {
            recipients = []
            for item in items {
                guard let ref = IdentifierReader.read(item, "recipient id", with: reader) else { continue }
                locations["recipients.\(recipients!.count)"] = item.location
                recipients!.append(ref)
            }
        }
        let retention = mapping["retention"].flatMap { readRetention($0, owner, with: reader) }
        let requirement = mapping["required"].flatMap { readRequirement($0, owner, with: reader) }
        let automated = mapping["automated_decisions"].flatMap { readAutomatedDecisions($0, owner, with: reader) }

        guard let name, validID != nil else { return nil }
        return Activity(
            id: id, name: name, purpose: purpose, legalBasis: basis, legitimateInterest: interest,
            people: people, data: data, fromPerson: fromPerson, source: source, recipients: recipients,
            retention: retention, requirement: requirement, automatedDecisions: automated,
            specialException: specialException, withdrawal: withdrawal, suppressions: suppressions,
            location: mapping.location, fieldLocations: locations)
    }

    /// `14 months`, a criterion `{nl: …, en: …}`, or `{period: 2 months, note: {nl: …, en: …}}`.
    static func readRetention(_ value: YAMLValue, _ owner: String, with reader: ContentReader) -> Retention? {
        let what = "`retention` of \(owner)"
        if value.scalar != nil {
            return reader.period(value, what).map { .period($0, note: nil) }
        }
        if let pairs = value.pairs, pairs.contains(where: { $0.key.scalar == "period" || $0.key.scalar == "note" }) {
            guard let mapping = reader.mapping(value, what, shape: ContentShapes.retentionWithNote) else { return nil }
            let note = reader.localized(mapping["note"], "`note` of \(what)")
            return reader.period(mapping["period"], what).map { .period($0, note: note) }
        }
        return reader.localized(value, what).map { .criterion($0) }
    }

    /// `no`, `contract` or `law`, or `{by: contract, otherwise: {nl: …, en: …}}`.
    static func readRequirement(_ value: YAMLValue, _ owner: String, with reader: ContentReader) -> Requirement? {
        let what = "`required` of \(owner)"
        if value.scalar != nil {
            return reader.choice(value, what, as: Requirement.Basis.self).map { Requirement(basis: $0, consequence: nil) }
        }
        guard let mapping = reader.mapping(value, what, shape: ContentShapes.requirement) else { return nil }
        let consequence = reader.localized(mapping["otherwise"], "`otherwise` of \(what)")
        return reader.choice(mapping["by"], "`by` of \(what)", as: Requirement.Basis.self)
            .map { Requirement(basis: $0, consequence: consequence) }
    }

    /// `none`, or a description of the logic and its consequences in every language.
    static func readAutomatedDecisions(_ value: YAMLValue, _ owner: String, with reader: ContentReader) -> AutomatedDecisions? {
        if value.scalar == "none" { return AutomatedDecisions.none }
        return reader.localized(value, "`automated_decisions` of \(owner)").map { .described($0) }
    }
}
