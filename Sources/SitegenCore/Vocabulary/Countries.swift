/// A country, written as its ISO 3166-1 alpha-2 code (e.g. `NL`, `US`).
///
/// The statement names the countries where data is stored or sent, and must say for each
/// transfer outside the EEA which safeguard applies; the two flags let the renderer decide that.
public struct Country: Sendable, Hashable, Codable {
    public let code: String
    public let nl: String
    public let en: String
    /// Member of the European Economic Area (the EU plus Iceland, Liechtenstein and Norway):
    /// no transfer safeguard is needed.
    public let inEEA: Bool
    /// The European Commission has adopted an adequacy decision for this country (Art. 45 GDPR),
    /// as of 2025: Andorra, Argentina, Canada (commercial organisations), Faroe Islands, Guernsey,
    /// Israel, Isle of Man, Japan, Jersey, New Zealand, Republic of Korea, Switzerland,
    /// United Kingdom, Uruguay. The United States is deliberately not marked: the EU-US Data
    /// Privacy Framework only covers certified organisations, so it is a separate safeguard.
    public let adequacy: Bool

    public func name(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// Every country sitegen knows, EEA members first, then adequacy countries, then others.
    public static let all: [Country] = [
        // European Union
        Country(code: "AT", nl: "Oostenrijk", en: "Austria", inEEA: true, adequacy: false),
        Country(code: "BE", nl: "België", en: "Belgium", inEEA: true, adequacy: false),
        Country(code: "BG", nl: "Bulgarije", en: "Bulgaria", inEEA: true, adequacy: false),
        Country(code: "HR", nl: "Kroatië", en: "Croatia", inEEA: true, adequacy: false),
        Country(code: "CY", nl: "Cyprus", en: "Cyprus", inEEA: true, adequacy: false),
        Country(code: "CZ", nl: "Tsjechië", en: "Czechia", inEEA: true, adequacy: false),
        Country(code: "DK", nl: "Denemarken", en: "Denmark", inEEA: true, adequacy: false),
        Country(code: "EE", nl: "Estland", en: "Estonia", inEEA: true, adequacy: false),
        Country(code: "FI", nl: "Finland", en: "Finland", inEEA: true, adequacy: false),
        Country(code: "FR", nl: "Frankrijk", en: "France", inEEA: true, adequacy: false),
        Country(code: "DE", nl: "Duitsland", en: "Germany", inEEA: true, adequacy: false),
        Country(code: "GR", nl: "Griekenland", en: "Greece", inEEA: true, adequacy: false),
        Country(code: "HU", nl: "Hongarije", en: "Hungary", inEEA: true, adequacy: false),
        Country(code: "IE", nl: "Ierland", en: "Ireland", inEEA: true, adequacy: false),
        Country(code: "IT", nl: "Italië", en: "Italy", inEEA: true, adequacy: false),
        Country(code: "LV", nl: "Letland", en: "Latvia", inEEA: true, adequacy: false),
        Country(code: "LT", nl: "Litouwen", en: "Lithuania", inEEA: true, adequacy: false),
        Country(code: "LU", nl: "Luxemburg", en: "Luxembourg", inEEA: true, adequacy: false),
        Country(code: "MT", nl: "Malta", en: "Malta", inEEA: true, adequacy: false),
        Country(code: "NL", nl: "Nederland", en: "Netherlands", inEEA: true, adequacy: false),
        Country(code: "PL", nl: "Polen", en: "Poland", inEEA: true, adequacy: false),
        Country(code: "PT", nl: "Portugal", en: "Portugal", inEEA: true, adequacy: false),
        Country(code: "RO", nl: "Roemenië", en: "Romania", inEEA: true, adequacy: false),
        Country(code: "SK", nl: "Slowakije", en: "Slovakia", inEEA: true, adequacy: false),
        Country(code: "SI", nl: "Slovenië", en: "Slovenia", inEEA: true, adequacy: false),
        Country(code: "ES", nl: "Spanje", en: "Spain", inEEA: true, adequacy: false),
        Country(code: "SE", nl: "Zweden", en: "Sweden", inEEA: true, adequacy: false),
        // EEA members outside the EU
        Country(code: "IS", nl: "IJsland", en: "Iceland", inEEA: true, adequacy: false),
        Country(code: "LI", nl: "Liechtenstein", en: "Liechtenstein", inEEA: true, adequacy: false),
        Country(code: "NO", nl: "Noorwegen", en: "Norway", inEEA: true, adequacy: false),
        // Adequacy decisions (Art. 45 GDPR)
        Country(code: "AD", nl: "Andorra", en: "Andorra", inEEA: false, adequacy: true),
        Country(code: "AR", nl: "Argentinië", en: "Argentina", inEEA: false, adequacy: true),
        Country(code: "CA", nl: "Canada", en: "Canada", inEEA: false, adequacy: true), // commercial organisations only
        Country(code: "FO", nl: "Faeröer", en: "Faroe Islands", inEEA: false, adequacy: true),
        Country(code: "GG", nl: "Guernsey", en: "Guernsey", inEEA: false, adequacy: true),
        Country(code: "IL", nl: "Israël", en: "Israel", inEEA: false, adequacy: true),
        Country(code: "IM", nl: "Isle of Man", en: "Isle of Man", inEEA: false, adequacy: true),
        Country(code: "JP", nl: "Japan", en: "Japan", inEEA: false, adequacy: true),
        Country(code: "JE", nl: "Jersey", en: "Jersey", inEEA: false, adequacy: true),
        Country(code: "NZ", nl: "Nieuw-Zeeland", en: "New Zealand", inEEA: false, adequacy: true),
        Country(code: "KR", nl: "Zuid-Korea", en: "South Korea", inEEA: false, adequacy: true),
        Country(code: "CH", nl: "Zwitserland", en: "Switzerland", inEEA: false, adequacy: true),
        Country(code: "GB", nl: "Verenigd Koninkrijk", en: "United Kingdom", inEEA: false, adequacy: true),
        Country(code: "UY", nl: "Uruguay", en: "Uruguay", inEEA: false, adequacy: true),
        // Other countries: a transfer needs a safeguard such as standard contractual clauses or the DPF
        Country(code: "US", nl: "Verenigde Staten", en: "United States", inEEA: false, adequacy: false),
        Country(code: "CN", nl: "China", en: "China", inEEA: false, adequacy: false),
        Country(code: "IN", nl: "India", en: "India", inEEA: false, adequacy: false),
        Country(code: "AU", nl: "Australië", en: "Australia", inEEA: false, adequacy: false),
        Country(code: "SG", nl: "Singapore", en: "Singapore", inEEA: false, adequacy: false),
        Country(code: "BR", nl: "Brazilië", en: "Brazil", inEEA: false, adequacy: false),
        Country(code: "ZA", nl: "Zuid-Afrika", en: "South Africa", inEEA: false, adequacy: false),
        Country(code: "TR", nl: "Turkije", en: "Turkey", inEEA: false, adequacy: false),
        Country(code: "RU", nl: "Rusland", en: "Russia", inEEA: false, adequacy: false),
        Country(code: "UA", nl: "Oekraïne", en: "Ukraine", inEEA: false, adequacy: false),
        Country(code: "AE", nl: "Verenigde Arabische Emiraten", en: "United Arab Emirates", inEEA: false, adequacy: false),
        Country(code: "MX", nl: "Mexico", en: "Mexico", inEEA: false, adequacy: false),
        Country(code: "HK", nl: "Hongkong", en: "Hong Kong", inEEA: false, adequacy: false),
        Country(code: "TW", nl: "Taiwan", en: "Taiwan", inEEA: false, adequacy: false),
        Country(code: "ID", nl: "Indonesië", en: "Indonesia", inEEA: false, adequacy: false),
        Country(code: "PH", nl: "Filipijnen", en: "Philippines", inEEA: false, adequacy: false),
        Country(code: "VN", nl: "Vietnam", en: "Vietnam", inEEA: false, adequacy: false),
        Country(code: "TH", nl: "Thailand", en: "Thailand", inEEA: false, adequacy: false),
        Country(code: "MY", nl: "Maleisië", en: "Malaysia", inEEA: false, adequacy: false),
        Country(code: "SA", nl: "Saoedi-Arabië", en: "Saudi Arabia", inEEA: false, adequacy: false),
        Country(code: "EG", nl: "Egypte", en: "Egypt", inEEA: false, adequacy: false),
        Country(code: "NG", nl: "Nigeria", en: "Nigeria", inEEA: false, adequacy: false),
        Country(code: "KE", nl: "Kenia", en: "Kenya", inEEA: false, adequacy: false),
        Country(code: "MA", nl: "Marokko", en: "Morocco", inEEA: false, adequacy: false),
        Country(code: "RS", nl: "Servië", en: "Serbia", inEEA: false, adequacy: false),
        Country(code: "BA", nl: "Bosnië en Herzegovina", en: "Bosnia and Herzegovina", inEEA: false, adequacy: false),
        Country(code: "MK", nl: "Noord-Macedonië", en: "North Macedonia", inEEA: false, adequacy: false),
        Country(code: "AL", nl: "Albanië", en: "Albania", inEEA: false, adequacy: false),
        Country(code: "ME", nl: "Montenegro", en: "Montenegro", inEEA: false, adequacy: false),
        Country(code: "MD", nl: "Moldavië", en: "Moldova", inEEA: false, adequacy: false),
        Country(code: "GE", nl: "Georgië", en: "Georgia", inEEA: false, adequacy: false),
    ]

    /// Built once, so that lookups while reading a register are cheap.
    private static let byCode: [String: Country] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The country with this ISO code, ignoring case, so users may write `nl` as well as `NL`.
    public static func named(_ code: String) -> Country? {
        byCode[code.uppercased()]
    }
}
