import Foundation

/// `register.json`: the register as published, for other tools (format `sitegen-register`,
/// version 1, described in the README). Keys are the YAML keys; values are normalised (periods
/// split into amount and unit, vocabulary keys with their texts, countries with their status),
/// and source locations are left out. Raise `version` on any change that could break a reader.
public struct RegisterDocument: Encodable, Sendable {
    public static let formatName = "sitegen-register"
    public static let formatVersion = 1

    public typealias Text = [String: String]

    let format = RegisterDocument.formatName
    let version = RegisterDocument.formatVersion
    /// The date the statement built from this register takes effect.
    let date: String
    let languages: [String]
    let site: Site
    let controller: ControllerEntry?
    let activities: [ActivityEntry]?
    let recipients: [RecipientEntry]?
    let cookies: [CookieEntry]?
    let security: [Text]?
    let sections: [SectionEntry]?

    struct Site: Encodable, Sendable {
        let baseURL: String
        let title: Text
    }

    struct ControllerEntry: Encodable, Sendable {
        let name: String
        let address: AddressEntry?
        let email: String?
        let phone: String?
        let website: String?
        let kvk: String?
        let dpo: ContactEntry?
        let representative: ContactEntry?
    }

    struct AddressEntry: Encodable, Sendable {
        let street: String
        let postcode: String?
        let city: String
        let country: CountryEntry
    }

    struct ContactEntry: Encodable, Sendable {
        let name: String
        let email: String?
        let phone: String?
        let address: AddressEntry?
    }

    struct CountryEntry: Encodable, Sendable {
        let code: String
        let name: Text
        /// In the European Economic Area: no transfer safeguard is needed.
        let eea: Bool
        /// Covered by an adequacy decision of the European Commission.
        let adequacy: Bool
    }

    struct ActivityEntry: Encodable, Sendable {
        let id: String
        let name: Text
        let purpose: Text?
        let legalBasis: String?
        let legitimateInterest: Text?
        let people: [TermEntry]?
        let data: [TermEntry]?
        let source: Text?
        /// Recipient ids; an empty list states that nobody receives the data.
        let recipients: [String]?
        let retention: RetentionEntry?
        let required: RequiredEntry?
        let automatedDecisions: AutomatedDecisionsEntry?
    }

    struct TermEntry: Encodable, Sendable {
        /// The built-in vocabulary key; absent for an own text.
        let key: String?
        let text: Text
        let special: Bool
    }

    struct PeriodEntry: Encodable, Sendable {
        let amount: Int
        let unit: String
        /// The same period as an ISO 8601 duration, e.g. `P6M`.
        let iso8601: String
    }

    struct RetentionEntry: Encodable, Sendable {
        /// `period` or `criterion`.
        let kind: String
        let period: PeriodEntry?
        let note: Text?
        let criterion: Text?
    }

    struct RequiredEntry: Encodable, Sendable {
        let by: String
        let otherwise: Text?
    }

    struct AutomatedDecisionsEntry: Encodable, Sendable {
        /// `none` or `described`.
        let kind: String
        let description: Text?
    }

    struct RecipientEntry: Encodable, Sendable {
        let id: String
        let name: String
        let role: String
        let service: Text?
        let country: CountryEntry?
        let transferOutsideEEA: Bool
        let safeguard: String?
        let agreement: Bool?
        let privacyURL: String?
    }

    struct CookieEntry: Encodable, Sendable {
        let name: String
        let provider: String?
        let purpose: String
        let lifetime: LifetimeEntry?
        let consent: Bool?
        let description: Text?
    }

    struct LifetimeEntry: Encodable, Sendable {
        /// `session` or `period`.
        let kind: String
        let period: PeriodEntry?
    }

    struct SectionEntry: Encodable, Sendable {
        let id: String
        let title: Text
        let body: Text
    }

    /// Sorted keys and fixed indentation: the same register always gives the same bytes.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding plain structs of strings, numbers and booleans cannot fail.
        return (try? encoder.encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }
}
