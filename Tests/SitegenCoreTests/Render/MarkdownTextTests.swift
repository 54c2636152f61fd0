import SitegenMarkdown
import Testing
@testable import SitegenCore

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("plain words, with (ordinary) punctuation: yes.", "plain words, with (ordinary) punctuation: yes."),
        ("a*b*c", #"a\*b\*c"#),
        ("[x](javascript:y)", #"\[x\](javascript:y)"#),
        ("<script>", #"\<script\>"#),
        ("cell | cell", #"cell \| cell"#),
        ("line one\n\n- line two", "line one - line two"),
        ("- starts a list", #"\- starts a list"#),
        ("= underline", #"\= underline"#),
        ("12. Main street", #"12\. Main street"#),
        ("3) item", #"3\) item"#),
        ("Brugwerk B.V. 2.0", "Brugwerk B.V. 2.0"),
        ("  # not a heading  ", ##"\# not a heading"##),
        ("café & ümlaut", #"café \& ümlaut"#),
    ])
    func escapesMarkdownSyntax(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    /// Whatever the text, cmark-gfm shows exactly its characters, as one paragraph.
    @Test(arguments: ["- a", "1. b", "# c", "> d", "=", "a | b", "**e**", "<b>f</b>", "`g`", "h  \ni", "~~j~~", "[k](l)", "&amp;"])
    func renderedTextIsTheTextItself(input: String) {
        let html = MarkdownRenderer().html(from: MarkdownText.escape(input))
        let expected = input.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(html == "<p>\(expected)</p>\n")
    }
}
