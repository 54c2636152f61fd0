import Testing
@testable import SitegenCore

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("a*b*c", #"a\*b\*c"#),
        ("[x](javascript:y)", #"\[x\]\(javascript\:y\)"#),
        ("<script>", #"\<script\>"#),
        ("cell | cell", #"cell \| cell"#),
        ("line one\n\n- line two", #"line one \- line two"#),
        ("  # not a heading  ", ##"\# not a heading"##),
        ("café & ümlaut", #"café \& ümlaut"#),
    ])
    func escapesMarkdownSyntax(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }
}
