import Testing
@testable import SitegenCore

@Suite struct ActivityRulesTests {
    typealias F = CheckFixture

    @Test func theCompleteRegisterHasNoFindings() throws {
        #expect(try F.report(F.register()).findings.isEmpty)
    }

    @Test func missingPurpose() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["purpose": nil])])) == ["activity-missing-purpose"])
    }

    @Test func missingLegalBasis() throws {
        let report = try F.report(F.register(activities: [F.activity(["legal_basis": nil])]))
        #expect(report.ruleIDs == ["activity-missing-legal-basis"])
        // Located at the activity, which is where the key has to be added.
        let finding = try #require(report.findings.first)
        #expect(finding.location == SourceLocation(file: "content/register.yaml", line: 6, column: 5))
        #expect(finding.severity == .error)
        #expect(finding.message == "activity `contact` does not state its legal basis")
    }

    @Test func missingLegitimateInterest() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["legal_basis": "legitimate-interests"])]))
            == ["activity-missing-legitimate-interest"])
        #expect(try F.ids(F.register(activities: [F.activity([
            "legal_basis": "legitimate-interests", "legitimate_interest": "{nl: Klanten helpen, en: Helping customers}",
        ])])).isEmpty)
    }

    @Test func consentWithoutWithdrawal() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["legal_basis": "consent"])]))
            == ["activity-consent-without-withdrawal"])
        #expect(try F.ids(F.register(activities: [F.activity([
            "legal_basis": "consent", "withdraw": "{nl: Via de afmeldlink, en: Through the unsubscribe link}",
        ])])).isEmpty)
    }

    @Test func missingRetention() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["retention": nil])])) == ["activity-missing-retention"])
    }

    /// `none` is a fact ("shared with no one"); only a missing key is a gap.
    @Test func missingRecipients() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["recipients": nil])])) == ["activity-missing-recipients"])
        #expect(try F.ids(F.register(activities: [F.activity(["recipients": "none"])])).isEmpty)
    }

    @Test func missingRequirement() throws {
        let report = try F.report(F.register(activities: [F.activity(["required": nil])]))
        #expect(report.ruleIDs == ["activity-missing-requirement"])
        #expect(report.findings.first?.severity == .warning)
    }

    @Test func missingSource() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["from_person": "no"])])) == ["activity-missing-source"])
        #expect(try F.ids(F.register(activities: [F.activity([
            "from_person": "no", "source": "{nl: Uw werkgever, en: Your employer}",
        ])])).isEmpty)
        #expect(try F.ids(F.register(activities: [F.activity(["from_person": "yes"])])).isEmpty)
    }

    @Test func missingData() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["data": nil])])) == ["activity-missing-data"])
    }

    @Test func missingPeople() throws {
        #expect(try F.ids(F.register(activities: [F.activity(["people": nil])])) == ["activity-missing-people"])
    }

    @Test func specialDataWithoutException() throws {
        let special = "[name, health]"
        #expect(try F.ids(F.register(activities: [F.activity(["data": special])])) == ["activity-special-data-without-exception"])
        #expect(try F.ids(F.register(activities: [F.activity([
            "data": special, "special_exception": "{nl: Uitdrukkelijke toestemming, en: Explicit consent}",
        ])])).isEmpty)
    }

    @Test func theStatementShowsTheExceptionAndHowToWithdraw() throws {
        let register = F.register(activities: [F.activity([
            "legal_basis": "consent", "withdraw": "{nl: Via de afmeldlink, en: Through the unsubscribe link}",
            "data": "[health]", "special_exception": "{nl: Uitdrukkelijke toestemming, en: Explicit consent}",
        ])])
        let pages = try InlineSite.render(register)
        let dutch = try #require(pages["nl/index.html"])
        #expect(dutch.contains("<strong>Toestemming intrekken:</strong> Via de afmeldlink"))
        #expect(dutch.contains("(artikel 9 lid 2 AVG): Uitdrukkelijke toestemming"))
    }
}
