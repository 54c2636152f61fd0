import Testing
@testable import SitegenCore

/// What every page must carry besides the statement: language, alternates, canonical address,
/// a language switch and the date; and nothing loaded from another host.
@Suite struct PageStructureTests {
    let pages: [String: String]

    init() throws {
        var pages: [String: String] = [:]
        for file in try Project.demoRenderer().render() { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        self.pages = pages
    }

    @Test(arguments: [("nl", "en"), ("en", "nl")])
    func statementPageHead(language: String, other: String) throws {
        let page = try #require(pages["\(language)/index.html"])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://privacy.brugwerk.example/\(language)/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"nl\" href=\"https://privacy.brugwerk.example/nl/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://privacy.brugwerk.example/en/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://privacy.brugwerk.example/\">"))
        #expect(page.contains("<a href=\"../\(other)/\" hreflang=\"\(other)\" lang=\"\(other)\">"))
        #expect(page.contains("<span aria-current=\"page\" lang=\"\(language)\">"))
        #expect(page.contains("<time datetime=\"2026-11-16\">16 \(language == "nl" ? "november" : "November") 2026</time>"))
    }

    @Test func rootPageLeadsToTheDefaultLanguageAndOffersBoth() throws {
        let page = try #require(pages["index.html"])
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=nl/\">"))
        #expect(page.contains("<a href=\"nl/\" hreflang=\"nl\" lang=\"nl\">Nederlands</a>"))
        #expect(page.contains("<a href=\"en/\" hreflang=\"en\" lang=\"en\">English</a>"))
    }

    /// Links to other sites are fine; loading anything from them is not.
    @Test func noPageLoadsAnythingFromAnotherHost() {
        for (path, page) in pages {
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("src=\"http"), "\(path)")
            #expect(!page.contains("@import"), "\(path)")
            for line in page.split(separator: "\n") where line.contains("rel=\"stylesheet\"") {
                #expect(!line.contains("http"), "\(path): \(line)")
            }
        }
        #expect(pages["style.css"]?.contains("url(") == false)
    }

    @Test func theStatementNamesEveryRightAndTheSupervisoryAuthority() throws {
        let nl = try #require(pages["nl/index.html"]), en = try #require(pages["en/index.html"])
        for right in ["Inzage", "Rectificatie", "Verwijdering", "Beperking", "Overdraagbaarheid", "Bezwaar"] {
            #expect(nl.contains("<strong>\(right):</strong>"))
        }
        for right in ["Access", "Rectification", "Erasure", "Restriction", "Portability", "Objection"] {
            #expect(en.contains("<strong>\(right):</strong>"))
        }
        #expect(nl.contains("Autoriteit Persoonsgegevens"))
        #expect(en.contains("Autoriteit Persoonsgegevens"))
        // The demo has consent-based activities, so withdrawing consent is explained.
        #expect(nl.contains("<h3 id=\"withdraw\">Toestemming intrekken</h3>"))
    }
}

/// A part of the statement without data is left out, never printed as an empty heading or list.
@Suite struct EmptySectionTests {
    @Test func aRegisterWithOnlyControllerPrintsNoEmptySections() throws {
        let pages = try InlineSite.render("""
            controller: {name: Kleine Zaak, email: info@kleinezaak.nl}
            """)
        let main = InlineSite.main(of: try #require(pages["en/index.html"]))
        for heading in ["What data we process", "Processors and other recipients", "Cookies", "Security",
                        "Transfers outside", "Withdrawing consent"] {
            #expect(!main.contains(heading), "\(heading) should be left out")
        }
        #expect(!main.contains("<ul>\n</ul>"))
        #expect(!main.contains("<table>"))
        #expect(main.contains("<h2 id=\"rights\">Your rights</h2>"))
    }

    @Test func explicitlyNoRecipientsIsStatedAndUnstatedIsLeftOut() throws {
        let pages = try InlineSite.render("""
            activities:
              - id: stated
                name: {nl: Gezegd, en: Stated}
                recipients: none
              - id: unstated
                name: {nl: Open, en: Open}
            """)
        let main = InlineSite.main(of: try #require(pages["en/index.html"]))
        #expect(main.components(separatedBy: "<strong>Recipients:</strong>").count == 2)
        #expect(main.contains("<strong>Recipients:</strong> we do not share this data with anyone."))
    }

    @Test func theDPOsOwnDetailsNeverFallBackToTheController() throws {
        let pages = try InlineSite.render("""
            controller:
              name: Bedrijf B.V.
              email: info@bedrijf.nl
              phone: "+31 20 123 4567"
              dpo: {name: Anna de Vries}
            """)
        let main = InlineSite.main(of: try #require(pages["nl/index.html"]))
        #expect(main.contains("Onze functionaris gegevensbescherming (FG) is <strong>Anna de Vries</strong>.</p>"))
    }

    @Test func transfersOutsideTheEEANameTheirSafeguard() throws {
        let pages = try InlineSite.render("""
            recipients:
              - {id: us, name: US Tool Inc., country: US, safeguard: scc}
              - {id: nl, name: NL B.V., country: NL}
            """)
        let main = InlineSite.main(of: try #require(pages["en/index.html"]))
        #expect(main.contains("<li><strong>US Tool Inc.</strong> (United States): we transfer data on the basis of standard contractual clauses of the European Commission.</li>"))
        #expect(!main.contains("<strong>NL B.V.</strong> (Netherlands)"))
    }
}
