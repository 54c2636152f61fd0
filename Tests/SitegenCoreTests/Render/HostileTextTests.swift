import Testing
@testable import SitegenCore

/// Text from YAML never becomes markup: scripts, event handlers and `javascript:` links placed in
/// every kind of text field show up as harmless text (or, in Markdown sections, are dropped).
@Suite struct HostileTextTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "*bold* | cell | `code` # heading",
    ]

    /// A register with the payload in every text field the statement shows.
    static func register(_ p: String) -> String {
        let q = p.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let text = "{nl: \"\(q) nl\", en: \"\(q) en\"}"
        return """
            controller:
              name: "\(q)"
              address: {street: "\(q)", postcode: "\(q)", city: "\(q)", country: NL}
              phone: "\(q)"
              email: privacy@example.nl
              kvk: "12345678"
              dpo: {name: "\(q)", phone: "\(q)"}
            activities:
              - id: hostile
                name: \(text)
                purpose: \(text)
                legal_basis: legitimate-interests
                legitimate_interest: \(text)
                people: [\(text)]
                data: [\(text), {nl: "\(q)", en: "\(q)", special: yes}]
                source: \(text)
                recipients: [evil]
                retention: {period: 2 months, note: \(text)}
                required: {by: contract, otherwise: \(text)}
                automated_decisions: \(text)
              - id: criterion
                name: {nl: b, en: b}
                retention: \(text)
            recipients:
              - id: evil
                name: "\(q)"
                service: \(text)
                country: US
                safeguard: scc
            cookies:
              - name: "\(q)"
                provider: evil
                purpose: marketing
                lifetime: session
                description: \(text)
            security:
              - \(text)
            sections:
              - id: free
                title: \(text)
                body: \(text)
            """
    }

    @Test(arguments: payloads)
    func payloadNeverBecomesActive(payload: String) throws {
        let pages = try InlineSite.render(Self.register(payload))
        for (path, page) in pages where path.hasSuffix(".html") {
            let lowered = page.lowercased()
            #expect(!lowered.contains("<script"), "script tag in \(path)")
            #expect(!lowered.contains("<img"), "img tag in \(path)")
            #expect(!lowered.contains("href=\"javascript:"), "javascript link in \(path)")
            #expect(!lowered.contains("<a href=\"javascript"), "javascript link in \(path)")
        }
    }

    /// Register text is shown as written, not silently dropped: the escaped payload is on the page.
    @Test func scriptTextIsShownLiterally() throws {
        let pages = try InlineSite.render(Self.register("<script>alert(1)</script>"))
        let main = InlineSite.main(of: try #require(pages["en/index.html"]))
        #expect(main.contains("&lt;script&gt;alert(1)&lt;/script&gt; en"))
        // The free section is Markdown on purpose: raw HTML in it is dropped, never passed through.
        #expect(main.contains("<!-- raw HTML omitted -->"))
    }

    @Test func markdownCharactersInRegisterTextStayLiteral() throws {
        let pages = try InlineSite.render(Self.register("*bold* | cell | `code` # heading"))
        let main = InlineSite.main(of: try #require(pages["nl/index.html"]))
        #expect(main.contains("*bold* | cell | `code` # heading nl"))
        // Only the free section's body is Markdown on purpose; every other field stays literal.
        #expect(main.components(separatedBy: "<em>bold</em>").count == 2)
    }

    @Test func siteTitleIsEscapedInTheLayout() throws {
        let site = InlineSite.site.replacingOccurrences(
            of: "title: {nl: Privacyverklaring, en: Privacy statement}",
            with: "title: {nl: \"<script>x</script>\", en: \"</title><script>x</script>\"}")
        let pages = try InlineSite.render("security: [{nl: a, en: b}]", site: site)
        for page in pages.values { #expect(!page.contains("<script>")) }
        #expect(pages["en/index.html"]?.contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>") == true)
    }
}
