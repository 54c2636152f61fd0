import Foundation
import Testing
@testable import SitegenCore

/// The layered demo statement: anchors that lead somewhere, a contents list that matches the
/// headings, and the metadata files and tags beside the pages.
@Suite struct PresentationTests {
    let pages: [String: String]

    init() throws {
        var pages: [String: String] = [:]
        for file in try Project.demoRenderer().render() { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        self.pages = pages
    }

    func statement(_ language: String) throws -> String {
        try #require(pages["\(language)/index.html"])
    }

    @Test(arguments: ["nl", "en"])
    func idsAreUniqueAndEveryInPageLinkLeadsToOne(language: String) throws {
        let page = try statement(language)
        let ids = HTMLScan.values(of: "id", in: page)
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids)")
        let targets = HTMLScan.values(of: "href", in: page).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "#\(target) leads nowhere") }
        for reference in HTMLScan.values(of: "aria-describedby", in: page).flatMap({ $0.split(separator: " ") }) {
            #expect(ids.contains(String(reference)), "aria-describedby names missing \(reference)")
        }
    }

    @Test(arguments: ["nl", "en"])
    func theContentsListEverySectionHeadingInOrder(language: String) throws {
        let page = try statement(language)
        let contents = try #require(HTMLScan.slice(page, from: "<nav class=\"contents\"", to: "</nav>"))
        let listed = HTMLScan.values(of: "href", in: contents).map { String($0.dropFirst()) }
        let after = String(page[page.range(of: "</nav>\n", range: page.range(of: "<nav class=\"contents\"")!.lowerBound..<page.endIndex)!.upperBound...])
        let sectionIDs = after.split(separator: "\n").filter { $0.hasPrefix("<h2 id=\"") }.map {
            String($0.dropFirst("<h2 id=\"".count).prefix { $0 != "\"" })
        }
        #expect(listed == sectionIDs)
        #expect(listed.first == "who")
        #expect(listed.contains("section-customer-systems"))
    }

    @Test(arguments: ["nl", "en"])
    func everyActivityHasASummaryRowLinkingToItsSection(language: String) throws {
        let page = try statement(language)
        let table = try #require(HTMLScan.slice(page, from: "<table class=\"summary\"", to: "</table>"))
        #expect(table.contains("<caption>"))
        #expect(table.components(separatedBy: "<th scope=\"col\">").count == 7)
        let content = try ContentLoader.load(folder: Project.content)
        let activities = try #require(content.register.activities)
        let links = HTMLScan.values(of: "href", in: table)
        #expect(links == activities.map { "#activity-\($0.id)" })
        for activity in activities {
            #expect(page.contains("<h3 id=\"activity-\(activity.id)\">"))
        }
        #expect(table.components(separatedBy: "<th scope=\"row\">").count == activities.count + 1)
    }

    @Test(arguments: ["nl", "en"])
    func theTimelineIsWellFormedAndSaysTheTableIsItsTextEquivalent(language: String) throws {
        let page = try statement(language)
        let svg = try #require(HTMLScan.slice(page, from: "<svg", to: "</svg>"))
        let xml = XMLCheck.parse(svg)
        #expect(xml.isWellFormed)
        #expect(xml.elements.first?.attributes["aria-describedby"] == "timeline-desc summary-table")
        // Seven demo activities keep data for a fixed period; three depend on an event.
        #expect(xml.elements(named: "rect").count == 7)
    }

    @Test(arguments: ["index.html", "nl/index.html", "en/index.html"])
    func everyPageForbidsScriptsAndRemoteLoads(path: String) throws {
        let page = try #require(pages[path])
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'\">"))
        #expect(page.contains("<link rel=\"icon\" href=\"\(path == "index.html" ? "" : "../")favicon.svg\" type=\"image/svg+xml\">"))
    }

    /// Only `<link rel="canonical">`/`alternate` and ordinary links may name another host;
    /// everything the browser loads (stylesheets, icons, `src`) comes from the site itself.
    @Test(arguments: ["index.html", "nl/index.html", "en/index.html"])
    func nothingLoadedNamesAnotherHost(path: String) throws {
        let page = try #require(pages[path])
        for src in HTMLScan.values(of: "src", in: page) {
            #expect(!src.contains(":") && !src.hasPrefix("//"), "\(path): src=\(src)")
        }
        for line in page.split(separator: "\n") where line.hasPrefix("<link ") {
            let rel = HTMLScan.values(of: "rel", in: String(line)).first ?? ""
            guard !["canonical", "alternate"].contains(rel) else { continue }
            let href = HTMLScan.values(of: "href", in: String(line)).first ?? ""
            #expect(!href.contains(":") && !href.hasPrefix("//"), "\(path): \(line)")
        }
        for css in ["style.css", "nl/print.css", "en/print.css"] {
            let text = try #require(pages[css])
            #expect(!text.contains("url(") && !text.contains("@import"), "\(css)")
        }
    }

    @Test(arguments: [("nl", "nl_NL", "Privacyverklaring van Brugwerk IT"), ("en", "en_GB", "Brugwerk IT privacy statement")])
    func openGraphTitleAndDescriptionPerLanguage(language: String, locale: String, title: String) throws {
        let page = try statement(language)
        #expect(page.contains("<meta property=\"og:title\" content=\"\(title)\">"))
        #expect(page.contains("<meta property=\"og:locale\" content=\"\(locale)\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://privacy.brugwerk.example/\(language)/\">"))
        let line = try #require(page.split(separator: "\n").first { $0.hasPrefix("<meta name=\"description\"") })
        let description = try #require(HTMLScan.values(of: "content", in: String(line)).first)
        #expect(description.count > 40)
        #expect(page.contains("<meta property=\"og:description\" content=\"\(description)\">"))
    }

    @Test func theSitemapListsEachLanguageWithAllAlternates() throws {
        let xml = XMLCheck.parse(try #require(pages["sitemap.xml"]))
        #expect(xml.isWellFormed, "\(String(describing: xml.error))")
        let urls = xml.elements.indices.filter { xml.elements[$0].name == "url" }
        #expect(urls.count == 2)
        let expected = ["nl": "https://privacy.brugwerk.example/nl/", "en": "https://privacy.brugwerk.example/en/",
                        "x-default": "https://privacy.brugwerk.example/"]
        var locations: [String] = []
        for url in urls {
            let loc = try #require(xml.children(of: url, named: "loc").first?.text)
            locations.append(loc)
            #expect(xml.children(of: url, named: "lastmod").first?.text == "2026-11-16")
            let links = xml.children(of: url, named: "xhtml:link")
            var alternates: [String: String] = [:]
            for link in links where link.attributes["rel"] == "alternate" {
                alternates[link.attributes["hreflang"] ?? "?"] = link.attributes["href"]
            }
            #expect(alternates == expected)
        }
        #expect(locations == ["https://privacy.brugwerk.example/nl/", "https://privacy.brugwerk.example/en/"])
    }

    @Test func printedPagesCarryTheVersionDate() throws {
        let nl = try #require(pages["nl/print.css"]), en = try #require(pages["en/print.css"])
        #expect(nl.contains("content: \"Privacyverklaring van Brugwerk IT · Versie van 16 november 2026\""))
        #expect(en.contains("content: \"Brugwerk IT privacy statement · Version of 16 November 2026\""))
        #expect(try statement("nl").contains("<link rel=\"stylesheet\" href=\"../nl/print.css\" media=\"print\">"))
    }

    @Test func theFaviconIsOurOwnWellFormedSVG() throws {
        let icon = try #require(pages["favicon.svg"])
        #expect(XMLCheck.parse(icon).isWellFormed)
        #expect(!icon.contains("http://") || icon.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    /// A quote or brace in the title cannot end the CSS string of the print footer.
    @Test func thePrintFooterEscapesForCSS() {
        let css = String(decoding: PrintStylesheet.file(path: "en/print.css", footer: "A \"b\" \\ } ; <c>\nd").data, as: UTF8.self)
        #expect(css.contains("content: \"A \\22 b\\22  \\5c  \\7d  \\3b  \\3c c\\3e  d\";"))
    }
}

/// The first layer with register text that tries to break out of it.
@Suite struct FirstLayerHostileTextTests {
    @Test func registerTextStaysTextInTheSummaryAndTimeline() throws {
        let pages = try InlineSite.render("""
            activities:
              - id: sneaky
                name: {nl: "<b>x</b> {#rights}", en: "<b>x</b> {#rights}"}
                purpose: {nl: "\\"><script>", en: "\\"><script>"}
                retention: 2 years
            """)
        let page = try #require(pages["en/index.html"])
        #expect(!page.contains("<b>x</b>"))
        #expect(!page.contains("<script"))
        #expect(page.contains("<h3 id=\"activity-sneaky\">&lt;b&gt;x&lt;/b&gt; {#rights}</h3>"))
        #expect(page.contains("<a href=\"#activity-sneaky\">&lt;b&gt;x&lt;/b&gt; {#rights}</a>"))
        let svg = try #require(HTMLScan.slice(page, from: "<svg", to: "</svg>"))
        #expect(XMLCheck.parse(svg).isWellFormed)
        let ids = HTMLScan.values(of: "id", in: page)
        #expect(ids.count == Set(ids).count)
    }

    @Test func aFreeSectionCannotTakeAnIdTheStatementUses() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try InlineSite.render("""
                sections:
                  - id: extra
                    title: {nl: Extra, en: Extra}
                    body: {nl: "### Kop {#rights}", en: "### Heading {#rights}"}
                """)
        }
        #expect(error?.description.contains("`rights`") == true)
    }
}
