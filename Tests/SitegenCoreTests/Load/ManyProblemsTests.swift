import Foundation
import Testing
@testable import SitegenCore

@Suite("Every problem in one run")
struct ManyProblemsTests {
    static let activities = """
        activities:
          - id: contact
            name: {nl: Contact, en: Contact}
            purpse: {nl: Vragen, en: Questions}
            legal_basis: legitimate-interest
            data: [name, emial]
            recipients: [mailchmp]
            retention: 14 monts
          - id: newsletter
            name: {nl: Nieuwsbrief}
        """

    static let recipients = """
        recipients:
          - id: mailchimp
            name: Mailchimp
            country: Holland
            privacy_url: javascript:alert(1)
        """

    static let cookies = """
        cookies:
          - name: _ga
            provider: google
            purpose: statistics
            lifetime: soon
        """

    @Test func allElevenAreReportedInFileOrder() throws {
        var list = DiagnosticList()
        do {
            _ = try ContentLoader.load(ContentFiles([
                .init(path: "content/site.yaml", text: Fixture.site + "\ndate: 2026-02-30\n"),
                .init(path: "content/activities.yaml", text: Self.activities),
                .init(path: "content/recipients.yaml", text: Self.recipients),
                .init(path: "content/cookies.yaml", text: Self.cookies),
            ]))
            Issue.record("expected diagnostics")
        } catch {
            list = error
        }
        #expect(list.items.count == 11)
        #expect(list.errorCount == 11)
        #expect(list.hasErrors)
        #expect(list.sorted.map(\.place) == [
            "content/activities.yaml:4:5",
            "content/activities.yaml:5:18",
            "content/activities.yaml:6:18",
            "content/activities.yaml:7:18",
            "content/activities.yaml:8:16",
            "content/activities.yaml:10:11",
            "content/cookies.yaml:3:15",
            "content/cookies.yaml:5:15",
            "content/recipients.yaml:4:14",
            "content/recipients.yaml:5:18",
            "content/site.yaml:4:7",
        ])
        #expect(list.sorted.map(\.message) == [
            "unknown key `purpse` in an activity",
            "unknown legal basis `legitimate-interest`",
            "unknown data category `emial` in `data` of activity `contact`",
            "activity `contact` names unknown recipient `mailchmp`",
            "unknown unit `monts` in `retention` of activity `contact` `14 monts`",
            "missing English (en) translation of `name` of activity `newsletter`",
            "cookie `_ga` names unknown provider `google`",
            "`lifetime` of cookie `_ga` `soon` is not a period",
            "unknown country code `Holland` in recipient `mailchimp`",
            "`privacy_url` of recipient `mailchimp` `javascript:alert(1)` is not a web address",
            "`date` `2026-02-30` is not a valid date",
        ])
        #expect(list.description.components(separatedBy: "\n").filter { $0.contains(": error: ") }.count == 11)
        #expect(list.description.hasPrefix("content/activities.yaml:4:5: error: unknown key `purpse` in an activity\n"))
    }

    @Test func problemsInEveryRegisterFileAndSiteYAMLTogether() {
        let problems = loadProblems([
            .init(path: "content/site.yaml", text: """
                base_url: https://example.nl
                languages: [nl, en]
                title: {nl: Privacyverklaring, en: Privacy statement}
                colour: blue
                """),
            .init(path: "content/activities.yaml", text: "activities:\n  - id: contact\n    name: x\n"),
            .init(path: "content/recipients.yaml", text: "recipients:\n  - {id: aws, name: AWS, role: owner}\n"),
        ])
        #expect(problems.count == 3)
        #expect(problems.map(\.place) == [
            "content/activities.yaml:3:11", "content/recipients.yaml:2:32", "content/site.yaml:4:1",
        ])
    }

    /// A malformed id is one mistake; the rest of the activity should still be checked.
    @Test func aBadIdDoesNotHideTheRestOfTheActivity() {
        let problems = loadProblems([
            .init(path: "content/site.yaml", text: Fixture.site),
            .init(path: "content/activities.yaml", text: """
                activities:
                  - id: Contact
                    name: Contact
                    legal_basis: legitimate-interest
                """),
        ])
        #expect(problems.map(\.place) == [
            "content/activities.yaml:2:9", "content/activities.yaml:3:11", "content/activities.yaml:4:18",
        ])
        #expect(problems.first?.message == "activity id `Contact` may only hold lower-case letters, digits, `-` and `_`")
    }

    /// The register only needs the site's languages to be read. A mistake in another setting of
    /// site.yaml (here `base_url`) must not hide the register's problems until the next run.
    @Test func aBadBaseURLDoesNotHideTheRegistersProblems() {
        let problems = loadProblems([
            .init(path: "content/site.yaml", text: """
                base_url: ftp://example.nl
                languages: [nl, en]
                title: {nl: Privacyverklaring, en: Privacy statement}
                """),
            .init(path: "content/activities.yaml", text: Fixture.activity(with: """
                purpse: {nl: Vragen, en: Questions}
                retention: soon
                """)),
        ])
        #expect(problems.map(\.place) == [
            "content/activities.yaml:4:5", "content/activities.yaml:5:16", "content/site.yaml:1:11",
        ])
    }

    @Test func aBadTitleDoesNotHideTheRegistersProblems() {
        let problems = loadProblems([
            .init(path: "content/site.yaml", text: """
                base_url: https://example.nl
                languages: [nl, en]
                title: Privacyverklaring
                """),
            .init(path: "content/activities.yaml", text: Fixture.activity(with: "purpse: {nl: Vragen, en: Questions}")),
        ])
        #expect(problems.map(\.place) == ["content/activities.yaml:4:5", "content/site.yaml:3:8"])
    }
}
