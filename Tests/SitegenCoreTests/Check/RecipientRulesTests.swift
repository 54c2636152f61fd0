import Testing
@testable import SitegenCore

@Suite struct RecipientRulesTests {
    typealias F = CheckFixture

    /// A register whose one activity uses recipient `host`, described by `lines`.
    func ids(_ lines: String, used: Bool = true) throws -> Set<String> {
        try F.ids(F.register(activities: [F.activity(["recipients": used ? "[host]" : "none"])],
                             "recipients:\n  - id: host\n    name: Host B.V.\n" + lines))
    }

    @Test func aCompleteProcessorPasses() throws {
        #expect(try ids("    country: NL\n    agreement: yes\n").isEmpty)
    }

    @Test func transferWithoutSafeguard() throws {
        #expect(try ids("    country: US\n    agreement: yes\n") == ["recipient-transfer-without-safeguard"])
        #expect(try ids("    country: US\n    safeguard: scc\n    agreement: yes\n").isEmpty)
        // An adequacy decision is itself the safeguard.
        #expect(try ids("    country: CH\n    agreement: yes\n").isEmpty)
    }

    @Test func missingCountry() throws {
        #expect(try ids("    agreement: yes\n") == ["recipient-missing-country"])
    }

    @Test func missingAgreement() throws {
        #expect(try ids("    country: NL\n") == ["recipient-missing-agreement"])
        let report = try F.report(F.register(activities: [F.activity(["recipients": "[host]"])],
                                             "recipients:\n  - id: host\n    name: Host B.V.\n    country: NL\n    agreement: no\n"))
        #expect(report.findings.map(\.message) == ["recipient `host` is a processor without a data processing agreement"])
        // Only processors sign one.
        #expect(try ids("    country: NL\n    role: recipient\n").isEmpty)
    }

    @Test func unused() throws {
        #expect(try ids("    country: NL\n    agreement: yes\n", used: false) == ["recipient-unused"])
    }

    @Test func aCookieProviderIsUsed() throws {
        let register = F.register(activities: [F.activity()], """
            recipients:
              - {id: host, name: Host B.V., country: NL, agreement: yes}
            cookies:
              - {name: _h, provider: host, purpose: necessary}
            """)
        #expect(try F.ids(register).isEmpty)
    }
}
