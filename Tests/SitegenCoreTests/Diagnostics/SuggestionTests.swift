import Testing
@testable import SitegenCore

@Suite("Suggestion")
struct SuggestionTests {
    static let activityKeys = ActivityReader.keys

    @Test(arguments: [
        ("purpse", "purpose"),
        ("purpos", "purpose"),
        ("Purpose", "purpose"),
        ("PURPOSE", "purpose"),
        ("legal_bassis", "legal_basis"),
        ("legal-basis", "legal_basis"),
        ("recipient", "recipients"),
        ("retension", "retention"),
        ("nme", "name"),
    ])
    func findsTheIntendedKey(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, in: Self.activityKeys) == expected)
    }

    @Test(arguments: ["foo", "colour", "x", "website", "description"])
    func nothingForWordsFarOff(word: String) {
        #expect(Suggestion.closest(to: word, in: Self.activityKeys) == nil)
    }

    @Test func legalBasis() {
        let options = LegalBasis.allCases.map(\.rawValue)
        #expect(Suggestion.closest(to: "legitimate-interest", in: options) == "legitimate-interests")
        #expect(Suggestion.closest(to: "legitimate interests", in: options) == "legitimate-interests")
        #expect(Suggestion.closest(to: "consnt", in: options) == "consent")
        #expect(Suggestion.closest(to: "gdpr", in: options) == nil)
    }

    @Test func returnsTheCandidateAsSpelled() {
        #expect(Suggestion.closest(to: "gb", in: ["GB", "NL"]) == "GB")
        #expect(Suggestion.closest(to: "NAME", in: ["name"]) == "name")
    }

    @Test func noCandidates() {
        #expect(Suggestion.closest(to: "purpose", in: []) == nil)
    }

    @Test func anExactMatchWins() {
        #expect(Suggestion.closest(to: "month", in: ["months", "month"]) == "month")
    }

    @Test func onATieTheFirstCandidateWins() {
        #expect(Suggestion.closest(to: "ab", in: ["ac", "ad"]) == "ac")
        #expect(Suggestion.closest(to: "ab", in: ["ad", "ac"]) == "ad")
    }

    /// About one typo per three characters of the shorter word, and always at least one.
    @Test func threshold() {
        #expect(Suggestion.closest(to: "abcdef", in: ["abcxyf"]) == "abcxyf", "2 edits in 6 letters")
        #expect(Suggestion.closest(to: "abcdef", in: ["axcxyf"]) == nil, "3 edits in 6 letters")
        #expect(Suggestion.closest(to: "ab", in: ["ax"]) == "ax", "short words allow one edit")
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
    }

    /// Swapping two neighbouring letters is the most common typo; it should cost one edit, not
    /// two, or short words like `emial` find nothing.
    @Test(arguments: [("emial", "email"), ("yaers", "years"), ("purpsoe", "purpose"), ("nmae", "name")])
    func swappedLettersAreOneTypo(word: String, expected: String) {
        let candidates = Vocabulary.dataCategories.keys + ["years", "months"] + ActivityReader.keys
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0),
        ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("monts", "month", 1), ("monts", "months", 1),
        ("café", "cafe", 1),
    ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
        #expect(Suggestion.editDistance(b, a) == expected, "symmetric")
    }
}
