import Testing
@testable import SitegenCore

@Suite struct CookieRulesTests {
    typealias F = CheckFixture

    func ids(_ cookie: String) throws -> Set<String> {
        try F.ids(F.register(activities: [F.activity()], "cookies:\n  - " + cookie + "\n"))
    }

    @Test func withoutConsent() throws {
        #expect(try ids("{name: _ga, purpose: statistics}") == ["cookie-without-consent"])
        #expect(try ids("{name: _ad, purpose: marketing, consent: no}") == ["cookie-without-consent"])
        #expect(try ids("{name: _ga, purpose: statistics, consent: yes}").isEmpty)
        #expect(try ids("{name: session, purpose: necessary, consent: no}").isEmpty)
        #expect(try ids("{name: lang, purpose: preferences}").isEmpty)
    }
}
