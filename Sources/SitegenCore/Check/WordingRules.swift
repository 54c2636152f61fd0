/// Wording the WP29/EDPB transparency guidelines (WP260 rev.01) call unfair or too vague, in
/// Dutch and English. Each phrase group is its own rule, so a deliberate quotation can be
/// suppressed without silencing the others.
enum WordingRules: RuleGroup {
    struct PhraseRule {
        let rule: Rule
        /// Regular expressions over folded text (lower case, no accents, single spaces).
        let patterns: [String]
        let why: String
        let hint: String
    }

    static let checkRegularly = PhraseRule(
        rule: Rule("wording-check-regularly", .warning,
                   "No asking readers to check the statement regularly; changes are to be communicated."),
        patterns: [
            "regelmatig (te )?(raadplegen|bekijken|controleren|nakijken|lezen|checken)",
            "(raadpleeg|bekijk|controleer|lees|check) (deze|onze|de) (pagina|verklaring|privacyverklaring) regelmatig",
            "(houd|houdt) (deze|onze|de) (pagina|verklaring|privacyverklaring) in de gaten",
            "check (back )?(this|our|the) (page|statement|policy|privacy (statement|policy|notice)) (regularly|periodically|from time to time|often)",
            "(regularly|periodically) (check|review|consult|visit|read)",
            "check back (regularly|periodically|often)",
            "(review|consult|visit|read) (this|our|the) (page|statement|policy|privacy (statement|policy|notice)) (regularly|periodically|from time to time)",
        ],
        why: "asking readers to check for changes themselves is unfair; changes must be communicated",
        hint: "say how changes are announced (a notice on the page, an e-mail) instead")

    static let reserveRight = PhraseRule(
        rule: Rule("wording-reserve-right", .warning,
                   "No \"we reserve the right\": the statement tells what happens, not what might."),
        patterns: [
            "(wij|we) behouden (ons )?het recht",
            "behoudt? zich (steeds |altijd )?het recht",
            "reserves? the right",
        ],
        why: "reserving a right tells readers nothing they can rely on",
        hint: "state what will happen and how readers are told, e.g. \"we announce changes on this page and by e-mail\"")

    static let asLongAsNecessary = PhraseRule(
        rule: Rule("wording-as-long-as-necessary", .warning,
                   "No \"as long as necessary\" for how long data is kept; name the period or criterion."),
        patterns: [
            "zo ?lang (als )?(dat |het )?(nodig|noodzakelijk)",
            "niet langer (bewaard |bewaren )?dan (nodig|noodzakelijk)",
            "as long as (is |it is )?(necessary|needed|required)",
            "no longer than (is |it is )?(necessary|needed|required)",
        ],
        why: "\"as long as necessary\" does not let readers work out how long their data is kept",
        hint: "name the period (\"12 months\") or the event it is counted from")

    static let phraseRules = [checkRegularly, reserveRight, asLongAsNecessary]
    static let rules = phraseRules.map(\.rule)

    static func check(_ input: CheckInput, into findings: inout Findings) {
        let compiled = phraseRules.map { ($0, TextMatch.compile($0.patterns)) }
        func flag(_ text: String, in field: String, _ subject: Subject, at location: SourceLocation?) {
            let folded = TextMatch.fold(text)
            for (phrase, patterns) in compiled {
                guard let match = patterns.lazy.compactMap({ TextMatch.firstMatch(folded, $0) }).first else { continue }
                findings.add(phrase.rule, subject, at: location, "\(field) says \"\(match)\": \(phrase.why)", hint: phrase.hint)
            }
        }
        for entry in TextCatalogue.texts(in: input.content) {
            for language in entry.text.values.keys.sorted() {
                flag(entry.text[language], in: "\(entry.field) (\(language.rawValue))", entry.subject,
                     at: entry.text.locations[language] ?? entry.fallback)
            }
        }
        for string in input.strings {
            flag(string.text, in: "template string `\(string.key)` (\(string.language.rawValue))",
                 Subject(.string, string.key), at: string.location)
        }
    }
}
