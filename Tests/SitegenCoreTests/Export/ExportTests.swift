import Foundation
import Testing
@testable import SitegenCore

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\r\nlf", "\"cr\r\nlf\""),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+31 570 745 210", "'+31 570 745 210"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("=1,2", "\"'=1,2\""),
        ("a=b", "a=b"),
    ])
    func fieldsAreQuotedAndNeutralised(value: String, expected: String) {
        #expect(CSV.field(value) == expected)
    }

    @Test func rowsEndInCRLF() {
        #expect(CSV.text([["a", "b"], ["c", "d"]]) == "a,b\r\nc,d\r\n")
    }
}

@Suite struct Art30ExportTests {
    static let register = """
        controller:
          name: "Voorbeeld, \\"De Eerste\\" B.V."
          email: privacy@voorbeeld.nl
          dpo: {name: A. Jansen, email: fg@voorbeeld.nl}
        activities:
          - id: hostile
            name: {nl: "=HYPERLINK(\\"http://x\\")", en: "=HYPERLINK(\\"http://x\\")"}
            purpose: {nl: "Eén, twee\\nen \\"drie\\"", en: "One, two\\nand \\"three\\""}
            legal_basis: consent
            people: [customers, {nl: "-eigen groep", en: "-own group"}]
            data: [email, health]
            recipients: [cloud]
            retention: 2 years
          - id: quiet
            name: {nl: Stil, en: Quiet}
            recipients: none
        recipients:
          - {id: cloud, name: Cloud Inc., country: US, safeguard: scc}
        security:
          - {nl: Versleuteling., en: Encryption.}
        """

    static func content() throws -> Content {
        try ContentLoader.load(ContentFiles([
            .init(path: "site.yaml", text: InlineSite.site), .init(path: "register.yaml", text: register),
        ]))
    }

    /// RFC 4180, read back independently of the writer.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { row.append(field); field = ""
            } else if character == "\r", characters.first == "\n" { characters.removeFirst(); row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(character) }
        }
        return rows
    }

    @Test(arguments: [
        (Language.en, ["ID", "Controller", "Data protection officer", "Processing activity", "Purposes", "Legal basis",
                       "Categories of data subjects", "Categories of personal data", "Recipients",
                       "Transfers to third countries and safeguards", "Retention period", "Security measures (general description)"]),
        (Language.nl, ["ID", "Verwerkingsverantwoordelijke", "Functionaris gegevensbescherming", "Verwerking", "Doeleinden", "Grondslag",
                       "Categorieën van betrokkenen", "Categorieën van persoonsgegevens", "Ontvangers",
                       "Doorgifte naar derde landen en waarborgen", "Bewaartermijn", "Beveiligingsmaatregelen (algemene beschrijving)"]),
    ])
    func columnsInEachLanguage(language: Language, columns: [String]) throws {
        let rows = Self.parse(RegisterExport.text(try Self.content(), format: .csv, language: language))
        #expect(rows.first == columns)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == columns.count })
    }

    @Test func cellsSurviveTheRoundTripAndFormulasAreNeutralised() throws {
        let rows = Self.parse(RegisterExport.text(try Self.content(), format: .csv, language: .en))
        let hostile = rows[1]
        #expect(hostile[0] == "hostile")
        #expect(hostile[1] == "Voorbeeld, \"De Eerste\" B.V., privacy@voorbeeld.nl")
        #expect(hostile[2] == "A. Jansen, fg@voorbeeld.nl")
        #expect(hostile[3] == "'=HYPERLINK(\"http://x\")")
        #expect(hostile[4] == "One, two\nand \"three\"")
        #expect(hostile[5] == "consent (Article 6(1)(a) GDPR)")
        #expect(hostile[6] == "customers; -own group")
        #expect(hostile[7] == "e-mail address; health data (special category)")
        #expect(hostile[8] == "Cloud Inc. (processor, United States)")
        #expect(hostile[9] == "Cloud Inc., United States: standard contractual clauses of the European Commission")
        #expect(hostile[10] == "2 years")
        #expect(hostile[11] == "Encryption.")
        // Not stated stays empty; stated as nothing says so.
        let quiet = rows[2]
        #expect(quiet[4] == "" && quiet[5] == "" && quiet[10] == "")
        #expect(quiet[8] == "none" && quiet[9] == "none")
    }

    @Test func jsonHoldsTheSameRecord() throws {
        let content = try Self.content()
        let text = RegisterExport.text(content, format: .json, language: .nl)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "sitegen-art30")
        #expect(object["version"] as? Int == 1)
        #expect(object["language"] as? String == "nl")
        let records = try #require(object["records"] as? [[String: String]])
        let record = Art30Record(register: content.register, language: .nl)
        #expect(records.count == record.rows.count)
        for (json, row) in zip(records, record.rows) {
            for (column, cell) in zip(Art30Record.columns, row) { #expect(json[column.key] == cell) }
        }
        // JSON needs no spreadsheet protection: the name is as written.
        #expect(records[0]["activity"] == "=HYPERLINK(\"http://x\")")
    }

    @Test func theDemoExportsOneRowPerActivity() throws {
        let content = try ContentLoader.load(folder: Project.content)
        let rows = Self.parse(RegisterExport.text(content, format: .csv, language: .nl))
        #expect(rows.count == (content.register.activities?.count ?? 0) + 1)
        #expect(rows.dropFirst().map { $0[0] } == content.register.activities?.map(\.id))
    }
}

/// The JSON-LD names only DPV terms from this list, each checked by hand against DPV 2.2
/// (https://w3id.org/dpv, https://w3id.org/dpv/pd). A new term in the export must be added here
/// after checking that it exists.
@Suite struct DPVExportTests {
    static let knownTerms: Set<String> = [
        // Classes and properties of DPV
        "dpv:Process", "dpv:DataController", "dpv:DataProcessor", "dpv:Recipient", "dpv:DataProtectionOfficer",
        "dpv:Representative", "dpv:Purpose", "dpv:DataSubject", "dpv:PersonalData", "dpv:SpecialCategoryPersonalData",
        "dpv:Country", "dpv:ThirdCountry", "dpv:StorageDuration", "dpv:TemporalDuration",
        "dpv:TechnicalOrganisationalMeasure", "dpv:SafeguardForDataTransfer",
        "dpv:hasName", "dpv:hasAddress", "dpv:hasContact", "dpv:hasIdentifier", "dpv:hasDataController",
        "dpv:hasDataProtectionOfficer", "dpv:hasRepresentative", "dpv:hasPurpose", "dpv:hasLegalBasis",
        "dpv:hasDataSubject", "dpv:hasPersonalData", "dpv:hasRecipient", "dpv:hasStorageCondition", "dpv:hasDuration",
        "dpv:hasCountry", "dpv:hasThirdCountry", "dpv:hasTechnicalOrganisationalMeasure",
        // Legal bases
        "dpv:Consent", "dpv:Contract", "dpv:LegalObligation", "dpv:VitalInterest", "dpv:PublicInterest", "dpv:LegitimateInterest",
        // Data subjects
        "dpv:Customer", "dpv:Visitor", "dpv:User", "dpv:Subscriber", "dpv:Member", "dpv:Participant", "dpv:Employee",
        "dpv:JobApplicant", "dpv:Child",
        // Personal data (pd:)
        "pd:Name", "pd:EmailAddress", "pd:TelephoneNumber", "pd:PhysicalAddress", "pd:Job", "pd:BirthDate", "pd:Gender",
        "pd:Nationality", "pd:Picture", "pd:SocialMedia", "pd:OfficialID", "pd:IPAddress", "pd:UserAgent",
        "pd:BrowsingBehaviour", "pd:BrowsingReferral", "pd:Location", "pd:EmailContent", "pd:BankAccount", "pd:Salary",
        "pd:Health", "pd:EthnicOrigin", "pd:PoliticalOpinion", "pd:ReligiousBelief", "pd:TradeUnionMembership",
        "pd:Genetic", "pd:Biometric", "pd:Sexual", "pd:Criminal",
    ]

    /// Every `dpv:` or `pd:` name in keys and values.
    static func terms(in value: Any) -> Set<String> {
        switch value {
        case let object as [String: Any]:
            return object.reduce(into: Set<String>()) { result, member in
                result.formUnion(terms(in: member.key))
                result.formUnion(terms(in: member.value))
            }
        case let array as [Any]: return array.reduce(into: Set<String>()) { $0.formUnion(terms(in: $1)) }
        case let text as String: return text.hasPrefix("dpv:") || text.hasPrefix("pd:") ? [text] : []
        default: return []
        }
    }

    static func export(_ content: Content) throws -> [String: Any] {
        let text = RegisterExport.text(content, format: .jsonld, language: .en)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theDemoExportParsesAndNamesOnlyKnownTerms() throws {
        let document = try Self.export(try ContentLoader.load(folder: Project.content))
        let context = try #require(document["@context"] as? [String: String])
        #expect(context["dpv"] == "https://w3id.org/dpv#")
        #expect(context["pd"] == "https://w3id.org/dpv/pd#")
        let used = Self.terms(in: document)
        #expect(used.subtracting(Self.knownTerms).isEmpty, "unknown: \(used.subtracting(Self.knownTerms).sorted())")
        for expected in ["dpv:Process", "dpv:hasPurpose", "dpv:LegitimateInterest", "pd:EmailAddress", "dpv:StorageDuration",
                         "dpv:ThirdCountry", "dpv:SafeguardForDataTransfer", "dpv:hasDataController"] {
            #expect(used.contains(expected), "\(expected)")
        }
    }

    @Test func theMappingTablesUseOnlyKnownTermsAndKnownKeys() {
        let mapped = Set(DPVTerms.legalBases.values).union(DPVTerms.recipientRoles.values)
            .union(DPVTerms.dataSubjects.values).union(DPVTerms.personalData.values)
        #expect(mapped.subtracting(Self.knownTerms).isEmpty, "unknown: \(mapped.subtracting(Self.knownTerms).sorted())")
        #expect(DPVTerms.legalBases.count == LegalBasis.allCases.count)
        #expect(DPVTerms.recipientRoles.count == RecipientRole.allCases.count)
        #expect(Set(DPVTerms.dataSubjects.keys).isSubset(of: Vocabulary.peopleCategories.keys))
        #expect(Set(DPVTerms.personalData.keys).isSubset(of: Vocabulary.dataCategories.keys))
    }

    @Test func unmappedCategoriesBecomeLabelledNodesAndPeriodsISODurations() throws {
        let document = try Self.export(try Art30ExportTests.content())
        let graph = try #require(document["@graph"] as? [[String: Any]])
        let activity = try #require(graph.first { $0["@id"] as? String == "https://privacy.example.nl/#activity-hostile" })
        #expect(activity["@type"] as? String == "dpv:Process")
        #expect((activity["dpv:hasLegalBasis"] as? [String: String])?["@id"] == "dpv:Consent")
        let subjects = try #require(activity["dpv:hasDataSubject"] as? [[String: Any]])
        #expect(subjects[0]["@id"] as? String == "dpv:Customer")
        #expect(subjects[1]["@type"] as? String == "dpv:DataSubject")
        let data = try #require(activity["dpv:hasPersonalData"] as? [[String: Any]])
        #expect(data.compactMap { $0["@id"] as? String } == ["pd:EmailAddress", "pd:Health"])
        let storage = try #require(activity["dpv:hasStorageCondition"] as? [String: Any])
        let duration = try #require((storage["dpv:hasDuration"] as? [String: Any])?["rdf:value"] as? [String: String])
        #expect(duration == ["@value": "P2Y", "@type": "xsd:duration"])
        let cloud = try #require(graph.first { $0["@id"] as? String == "https://privacy.example.nl/#recipient-cloud" })
        #expect((cloud["dpv:hasThirdCountry"] as? [String: Any])?["dpv:hasIdentifier"] as? String == "US")
    }
}
