import Testing
@testable import SitegenCore

/// The demo statement, as Markdown (easy to read in a diff) and as the final HTML page.
@Suite struct DemoStatementGoldenTests {
    @Test(arguments: [Language.nl, Language.en])
    func statementMarkdown(language: Language) throws {
        let markdown = try Project.demoRenderer().statementMarkdown(language)
        Golden.check(markdown, against: "demo.\(language.rawValue).md")
    }

    @Test(arguments: [Language.nl, Language.en])
    func statementPage(language: Language) throws {
        let files = try Project.demoRenderer().render()
        let page = try #require(files.first { $0.path == "\(language.rawValue)/index.html" })
        Golden.check(String(decoding: page.data, as: UTF8.self), against: "demo.\(language.rawValue).html")
    }

    @Test func siteHoldsBothLanguagesTheRootPageTheAssetsAndTheSitemap() throws {
        let paths = try Project.demoRenderer().render().map(\.path)
        #expect(paths == ["en/index.html", "en/print.css", "favicon.svg", "index.html", "nl/index.html", "nl/print.css", "sitemap.xml", "style.css"])
    }
}
