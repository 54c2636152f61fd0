import SitegenMarkdown
import Testing
@testable import SitegenCore

/// The pass over cmark-gfm's HTML: ids from `{#id}` marks, and tables that say what they are.
@Suite struct StatementHTMLTests {
    func finish(_ markdown: String) throws -> StatementHTML {
        try StatementHTML(MarkdownRenderer().html(from: markdown))
    }

    @Test func aMarkBecomesTheHeadingsId() throws {
        let result = try finish("# Title\n\n## Who we are {#who}\n\n### Contact form {#activity-contact-form}\n\n## No mark\n")
        #expect(result.html.contains("<h2 id=\"who\">Who we are</h2>"))
        #expect(result.html.contains("<h3 id=\"activity-contact-form\">Contact form</h3>"))
        #expect(result.html.contains("<h2>No mark</h2>"))
        #expect(result.html.contains("<h1>Title</h1>"))
        #expect(result.headings == [
            .init(level: 2, id: "who", html: "Who we are"),
            .init(level: 3, id: "activity-contact-form", html: "Contact form"),
        ])
    }

    /// Register text is escaped and always followed by the template's mark, so it can show a
    /// mark-like text but never choose an id.
    @Test func escapedRegisterTextCannotChooseTheId() throws {
        let name = MarkdownText.escape("Sneaky {#rights}")
        let result = try finish("### \(name) {#activity-sneaky}\n")
        #expect(result.html == "<h3 id=\"activity-sneaky\">Sneaky {#rights}</h3>\n")
        #expect(result.headings.map(\.id) == ["activity-sneaky"])
    }

    @Test(arguments: ["## A {#Upper}", "## A {#with space}", "## A {#}", "## A {#-dash-first}", "## A {#a\"b}"])
    func marksThatAreNoValidIdStayText(markdown: String) throws {
        let result = try finish(markdown + "\n")
        #expect(result.headings.isEmpty)
        #expect(!result.html.contains(" id="))
    }

    @Test func anIdUsedTwiceFailsTheBuild() {
        let error = #expect(throws: DiagnosticList.self) { try finish("## A {#same}\n\n## B {#same}\n") }
        #expect(error?.items.first?.message.contains("`same`") == true)
    }

    @Test func tablesGetACaptionHeaderScopesAndCellLabels() throws {
        let result = try finish("## Cookies {#cookies}\n\n| Name | Purpose |\n|---|---|\n| a | b |\n")
        #expect(result.html.contains("<table>\n<caption class=\"visually-hidden\">Cookies</caption>"))
        #expect(result.html.contains("<th scope=\"col\">Name</th>"))
        #expect(result.html.contains("<td data-label=\"Name\">a</td>\n<td data-label=\"Purpose\">b</td>"))
    }

    @Test func linksThatShowTheirAddressAreMarkedForPrint() throws {
        let result = try finish("See <https://example.nl/> and [the authority](https://ap.nl/).\n")
        #expect(result.html.contains("<a class=\"url\" href=\"https://example.nl/\">https://example.nl/</a>"))
        #expect(result.html.contains("<a href=\"https://ap.nl/\">the authority</a>"))
    }

    @Test func theFirstLayerGoesBeforeTheFirstSection() throws {
        let result = try finish("# Title\n\nIntro.\n\n## One {#one}\n\n## Two {#two}\n")
        let page = result.inserting("<nav>contents</nav>")
        #expect(page.hasPrefix("<h1>Title</h1>\n<p>Intro.</p>\n<nav>contents</nav>\n<h2 id=\"one\">"))
    }
}
