/// The register as JSON-LD in the W3C Data Privacy Vocabulary: one `dpv:Process` per activity
/// with its purpose, legal basis, data subjects, personal data, recipients, storage duration and
/// security measures, and the controller and recipients as nodes of their own. Texts carry every
/// site language; nodes are named under the site's address.
public enum DPVExport {
    public static let context: JSONValue = [
        "dpv": "https://w3id.org/dpv#",
        "pd": "https://w3id.org/dpv/pd#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]

    public static func document(_ content: Content) -> JSONValue {
        Builder(content: content).document()
    }

    struct Builder {
        let content: Content
        var register: Register { content.register }
        var base: String { content.site.baseURL }

        func document() -> JSONValue {
            var graph: [JSONValue] = []
            if let controller = register.controller { graph.append(self.controller(controller)) }
            graph += (register.recipients ?? []).map(recipient)
            graph += (register.security ?? []).enumerated().map { index, measure in
                ["@id": .string(securityID(index)), "@type": "dpv:TechnicalOrganisationalMeasure", "rdfs:label": label(measure)]
            }
            graph += (register.activities ?? []).map(activity)
            return ["@context": DPVExport.context, "@graph": .array(graph)]
        }

        func label(_ text: LocalizedText) -> JSONValue {
            .array(content.site.languages.map { ["@value": .string(text[$0]), "@language": .string($0.rawValue)] })
        }

        func reference(_ id: String) -> JSONValue { ["@id": .string(id)] }
        var controllerID: String { base + "#controller" }
        func recipientID(_ id: String) -> String { base + "#recipient-\(id)" }
        func securityID(_ index: Int) -> String { base + "#security-\(index + 1)" }

        /// Only the keys that have a value, in the order given.
        func node(_ members: [(String, JSONValue?)]) -> JSONValue {
            .object(members.compactMap { key, value in value.map { (key, $0) } })
        }

        func contacts(_ values: [String?]) -> JSONValue? {
            let present = values.compactMap { $0 }
            return present.isEmpty ? nil : .array(present.map(JSONValue.string))
        }

        func address(_ address: Controller.Address?) -> JSONValue? {
            address.map { .string([$0.street, [$0.postcode, $0.city].compactMap { $0 }.joined(separator: " "), $0.country.code].joined(separator: ", ")) }
        }

        func controller(_ controller: Controller) -> JSONValue {
            let person = { (type: String, contact: Controller.Contact) -> JSONValue in
                node([("@type", .string(type)), ("dpv:hasName", .string(contact.name)),
                      ("dpv:hasContact", contacts([contact.email, contact.phone])), ("dpv:hasAddress", address(contact.address))])
            }
            return node([
                ("@id", .string(controllerID)), ("@type", "dpv:DataController"), ("dpv:hasName", .string(controller.name)),
                ("dpv:hasAddress", address(controller.address)),
                ("dpv:hasContact", contacts([controller.email, controller.phone, controller.website])),
                ("dpv:hasIdentifier", controller.chamberOfCommerce.map { .string("KvK \($0)") }),
                ("dpv:hasDataProtectionOfficer", controller.dpo.map { person("dpv:DataProtectionOfficer", $0) }),
                ("dpv:hasRepresentative", controller.representative.map { person("dpv:Representative", $0) }),
            ])
        }

        func recipient(_ recipient: Recipient) -> JSONValue {
            let country = recipient.country.map { country -> JSONValue in
                ["@type": recipient.transfersOutsideEEA ? "dpv:ThirdCountry" : "dpv:Country",
                 "dpv:hasIdentifier": .string(country.code),
                 "rdfs:label": label(LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, country.name(in: $0)) })))]
            }
            let safeguard = recipient.safeguard.map { safeguard -> JSONValue in
                ["@type": "dpv:SafeguardForDataTransfer", "rdfs:label": label(safeguard.entry.localized)]
            }
            return node([
                ("@id", .string(recipientID(recipient.id))), ("@type", .string(DPVTerms.recipientRoles[recipient.role]!)),
                ("dpv:hasName", .string(recipient.name)), ("rdfs:comment", recipient.service.map(label)),
                (recipient.transfersOutsideEEA ? "dpv:hasThirdCountry" : "dpv:hasCountry", country),
                ("dpv:hasTechnicalOrganisationalMeasure", safeguard),
            ])
        }

        func activity(_ activity: Activity) -> JSONValue {
            node([
                ("@id", .string(base + "#activity-\(activity.id)")), ("@type", "dpv:Process"), ("rdfs:label", label(activity.name)),
                ("dpv:hasDataController", register.controller.map { _ in reference(controllerID) }),
                ("dpv:hasPurpose", activity.purpose.map { ["@type": "dpv:Purpose", "rdfs:label": label($0)] }),
                ("dpv:hasLegalBasis", activity.legalBasis.map { legalBasis($0, interest: activity.legitimateInterest) }),
                ("dpv:hasDataSubject", activity.people.map { .array($0.map { term($0, DPVTerms.dataSubjects, otherwise: "dpv:DataSubject") }) }),
                ("dpv:hasPersonalData", activity.data.map { .array($0.map(personalData)) }),
                ("dpv:hasRecipient", activity.recipients.map { .array($0.map { reference(recipientID($0)) }) }),
                ("dpv:hasStorageCondition", activity.retention.map(storage)),
                ("dpv:hasTechnicalOrganisationalMeasure",
                 register.security.flatMap { $0.isEmpty ? nil : .array($0.indices.map { reference(securityID($0)) }) }),
            ])
        }

        /// The basis as the DPV concept; with legitimate interests, a node that also says which.
        func legalBasis(_ basis: LegalBasis, interest: LocalizedText?) -> JSONValue {
            let term = DPVTerms.legalBases[basis]!
            guard basis == .legitimateInterests, let interest else { return reference(term) }
            return ["@type": .string(term), "rdfs:label": label(interest)]
        }

        func term(_ term: Term, _ mapping: [String: String], otherwise type: String) -> JSONValue {
            if let key = term.key, let mapped = mapping[key] { return reference(mapped) }
            return ["@type": .string(type), "rdfs:label": label(term.text)]
        }

        func personalData(_ term: Term) -> JSONValue {
            self.term(term, DPVTerms.personalData, otherwise: term.special ? "dpv:SpecialCategoryPersonalData" : "dpv:PersonalData")
        }

        func storage(_ retention: Retention) -> JSONValue {
            switch retention {
            case .period(let period, let note):
                let duration: JSONValue = [
                    "@type": "dpv:TemporalDuration",
                    "rdf:value": ["@value": .string(period.iso8601), "@type": "xsd:duration"],
                ]
                return node([("@type", "dpv:StorageDuration"), ("dpv:hasDuration", duration), ("rdfs:comment", note.map(label))])
            case .criterion(let criterion):
                return ["@type": "dpv:StorageDuration", "rdfs:label": label(criterion)]
            }
        }
    }
}
