import Foundation

/// A retention criterion must let a reader work out when their data is gone. "For a longer period"
/// does not: Art. 13(2)(a) allows criteria instead of a period, but the WP29 transparency
/// guidelines ask that they let people assess how long data is kept.
enum RetentionRules: RuleGroup {
    static let vagueRetention = Rule("activity-vague-retention", .warning,
                                     "A retention criterion names a period or number, and no vague wording.")

    static let rules = [vagueRetention]

    /// Wording that says "some time" without saying how long.
    static let vaguePhrases = [
        "langere periode", "langere tijd", "enige tijd", "onbepaalde tijd", "een tijd", "voorlopig",
        "longer period", "some time", "a while", "indefinitely", "for the time being",
    ]

    /// Number words up to a few hundred, in both languages. "een"/"a" alone are articles, so they
    /// only count before a unit ("een jaar", "a year").
    static let numberWords = [
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
        "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ]
    static let units = "(dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|day|days|week|weeks|month|months|year|years|hour|hours)"

    static func check(_ input: CheckInput, into findings: inout Findings) {
        let vague = TextMatch.compile(vaguePhrases.map { "\\b\($0)\\b" })
        let numbers = TextMatch.compile([
            "\\b(\(numberWords.joined(separator: "|")))\\b", "\\b(een|a|an)\\s+\(units)\\b",
        ])
        for activity in input.register.activities ?? [] {
            guard case .criterion(let text)? = activity.retention else { continue }
            let location = activity.fieldLocations["retention"] ?? activity.location
            let subject = Subject(.activity, activity.id)
            let texts = text.values.values.map(TextMatch.fold)
            if let phrase = zip(vaguePhrases, vague).first(where: { _, regex in
                texts.contains { TextMatch.matches($0, regex) }
            })?.0 {
                findings.add(vagueRetention, subject, at: location,
                             "retention of activity `\(activity.id)` is vague: \"\(phrase)\" does not say how long",
                             hint: "state a period (`retention: 2 years`) or a criterion with one, e.g. \"until two years after the last contact\"")
            } else if !texts.contains(where: { namesANumber($0, numbers) }) {
                findings.add(vagueRetention, subject, at: location,
                             "retention of activity `\(activity.id)` is a criterion without any period or number",
                             hint: "add the longest period, e.g. {period: 2 years, note: {nl: …, en: …}}; if the event is clear enough, suppress with a reason")
            }
        }
    }

    /// A digit, a number word, or "a year"-like phrase.
    static func namesANumber(_ folded: String, _ numbers: [Regex<AnyRegexOutput>]) -> Bool {
        folded.contains(where: \.isNumber) || numbers.contains { TextMatch.matches(folded, $0) }
    }
}

/// Case- and accent-insensitive matching of wording in texts written by people.
enum TextMatch {
    /// Lower case, without accents and with single spaces, so "Zo  lang\nals" matches "zo lang als".
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Compiles once per run: building a `Regex` costs far more than matching with it.
    static func compile(_ patterns: [String]) -> [Regex<AnyRegexOutput>] {
        patterns.compactMap { try? Regex($0) }
    }

    static func matches(_ folded: String, _ regex: Regex<AnyRegexOutput>) -> Bool {
        firstMatch(folded, regex) != nil
    }

    static func firstMatch(_ folded: String, _ regex: Regex<AnyRegexOutput>) -> String? {
        folded.firstMatch(of: regex).map { String(folded[$0.range]) }
    }
}
