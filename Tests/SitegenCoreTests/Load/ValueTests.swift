import Foundation
import Testing
@testable import SitegenCore

@Suite("Dates in site.yaml")
struct SiteDateTests {
    static func site(date: String) -> [ContentFiles.File] {
        Fixture.withSite(Fixture.site + "\ndate: \(date)\n")
    }

    @Test(arguments: [
        "2026-02-30", "1-2-2026", "2026-2-1", "01-03-2026", "2026-13-01", "2026-00-10", "2026-04-31",
        "2025-02-29", "1900-02-29", "2026/03/01", "20260301", "2026-03-01T10:00", "tomorrow",
    ])
    func badDate(text: String) throws {
        let problem = try loadProblem(Self.site(date: text))
        #expect(problem.place == "content/site.yaml:4:7")
        #expect(problem.message == "`date` `\(text)` is not a valid date")
        #expect(problem.hint == "write dates as YYYY-MM-DD, e.g. 2026-03-01")
    }

    @Test(arguments: [
        ("2026-03-01", StatementDate(year: 2026, month: 3, day: 1)),
        ("2024-02-29", StatementDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", StatementDate(year: 2000, month: 2, day: 29)),
        ("\"2026-12-31\"", StatementDate(year: 2026, month: 12, day: 31)),
    ])
    func goodDate(text: String, expected: StatementDate?) throws {
        #expect(try loadContent(Self.site(date: text)).site.date == expected)
    }

    /// A bad date is not a reason to skip the register: its problems are reported in the same run.
    @Test func aBadDateStillLetsTheRegisterBeChecked() {
        let problems = loadProblems(Self.site(date: "2026-02-30") + [
            .init(path: Fixture.activitiesPath, text: Fixture.activity(with: "purpse: {nl: a, en: b}")),
        ])
        #expect(problems.map(\.place) == ["content/activities.yaml:4:5", "content/site.yaml:4:7"])
    }
}

@Suite("Durations")
struct DurationTests {
    @Test(arguments: [
        ("14 monts", "unknown unit `monts` in `retention` of activity `contact` `14 monts`", "did you mean `months`?"),
        ("1 mnth", "unknown unit `mnth` in `retention` of activity `contact` `1 mnth`", "did you mean `month`?"),
        ("3 fortnights", "unknown unit `fortnights` in `retention` of activity `contact` `3 fortnights`",
         "use days, weeks, months or years"),
        ("zero days", "`zero` in `retention` of activity `contact` `zero days` is not a whole number above zero",
         "write e.g. `14 months` or `12 days`"),
        ("0 days", "`0` in `retention` of activity `contact` `0 days` is not a whole number above zero",
         "write e.g. `14 months` or `12 days`"),
        ("-3 days", "`-3` in `retention` of activity `contact` `-3 days` is not a whole number above zero",
         "write e.g. `14 months` or `12 days`"),
        ("1.5 years", "`1.5` in `retention` of activity `contact` `1.5 years` is not a whole number above zero",
         "write e.g. `14 months` or `12 days`"),
        ("soon", "`retention` of activity `contact` `soon` is not a period",
         "write a number and a unit, e.g. `14 months` or `12 days`"),
        ("14", "`retention` of activity `contact` `14` is not a period",
         "write a number and a unit, e.g. `14 months` or `12 days`"),
        ("14 months extra", "`retention` of activity `contact` `14 months extra` is not a period",
         "write a number and a unit, e.g. `14 months` or `12 days`"),
    ])
    func badRetentionPeriod(text: String, message: String, hint: String) throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "retention: \(text)")))
        #expect(problem.place == "content/activities.yaml:4:16")
        #expect(problem.message == message)
        #expect(problem.hint == hint)
    }

    @Test func badPeriodInsideARetentionWithANote() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: """
            retention:
              period: 0 months
              note: {nl: a, en: b}
            """)))
        #expect(problem.place == "content/activities.yaml:5:15")
        #expect(problem.message == "`0` in `retention` of activity `contact` `0 months` is not a whole number above zero")
    }

    @Test func badCookieLifetime() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.cookiesPath, text: "cookies:\n  - name: session\n    purpose: necessary\n    lifetime: soon\n"),
        ])
        #expect(problem.place == "content/cookies.yaml:4:15")
        #expect(problem.message == "`lifetime` of cookie `session` `soon` is not a period")
    }
}

@Suite("Closed choices")
struct ChoiceTests {
    static let bases = "consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests"

    @Test func unknownLegalBasisWithSuggestion() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "legal_basis: legitimate-interest")))
        #expect(problem.place == "content/activities.yaml:4:18")
        #expect(problem.message == "unknown legal basis `legitimate-interest`")
        #expect(problem.hint == "did you mean `legitimate-interests`? choose one of: \(Self.bases)")
    }

    @Test(arguments: [
        ("consnt", "consent"), ("Consent", "consent"), ("legal obligation", "legal-obligation"),
        ("vital-interest", "vital-interests"), ("public_task", "public-task"),
    ])
    func otherLegalBasisTypos(text: String, suggestion: String) throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "legal_basis: \(text)")))
        #expect(problem.message == "unknown legal basis `\(text)`")
        #expect(problem.hint == "did you mean `\(suggestion)`? choose one of: \(Self.bases)")
    }

    @Test func unknownLegalBasisFarOff() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "legal_basis: article 6")))
        #expect(problem.message == "unknown legal basis `article 6`")
        #expect(problem.hint == "choose one of: \(Self.bases)")
    }

    @Test(arguments: LegalBasis.allCases)
    func everyLegalBasisIsAccepted(basis: LegalBasis) throws {
        let content = try loadContent(Fixture.withActivities(Fixture.activity(with: "legal_basis: \(basis.rawValue)")))
        #expect(content.register.activities?.first?.legalBasis == basis)
    }

    @Test func unknownRecipientRoleAndSafeguard() {
        let problems = loadProblems(Fixture.withRecipients("""
            recipients:
              - id: aws
                name: Amazon Web Services
                role: joint controller
                safeguard: SCCs
            """))
        #expect(problems.map(\.place) == ["content/recipients.yaml:4:11", "content/recipients.yaml:5:16"])
        #expect(problems.map(\.message) == ["unknown role `joint controller`", "unknown transfer safeguard `SCCs`"])
        #expect(problems.map(\.hint) == [
            "did you mean `joint-controller`? choose one of: processor, recipient, joint-controller",
            "did you mean `scc`? choose one of: adequacy, dpf, scc, bcr",
        ])
    }

    @Test func unknownCookiePurpose() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.cookiesPath, text: "cookies:\n  - {name: _ga, purpose: analytics}\n"),
        ])
        #expect(problem.place == "content/cookies.yaml:2:26")
        #expect(problem.message == "unknown cookie purpose `analytics`")
        #expect(problem.hint == "choose one of: necessary, preferences, statistics, marketing")
    }
}

@Suite("Country codes")
struct CountryCodeTests {
    @Test func aCountryNameInsteadOfACode() throws {
        let problem = try loadProblem(Fixture.withRecipients("""
            recipients:
              - id: mailchimp
                name: Mailchimp
                country: Netherlands
            """))
        #expect(problem.place == "content/recipients.yaml:4:14")
        #expect(problem.message == "unknown country code `Netherlands` in recipient `mailchimp`")
        #expect(problem.hint == "write the two-letter ISO code, e.g. NL, DE or US; did you mean `NL`?")
    }

    @Test func unknownCountryInTheControllersAddress() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: """
                controller:
                  name: Voorbeeld B.V.
                  address:
                    street: Hoofdstraat 1
                    city: Utrecht
                    country: Nederland
                """),
        ])
        #expect(problem.place == "content/register.yaml:6:14")
        #expect(problem.message == "unknown country code `Nederland` in `country` of the controller's `address`")
    }

    @Test(arguments: ["NL", "nl", "Nl", "US", "GB", "CH"])
    func knownCodesInAnyCase(code: String) throws {
        let content = try loadContent(Fixture.withRecipients("recipients:\n  - {id: x, name: X, country: \(code)}\n"))
        #expect(content.register.recipients?.first?.country?.code == code.uppercased())
    }

    /// `UK` is the most common mistake for the United Kingdom (ISO: `GB`). Suggesting `DK`, the
    /// closest code by spelling, would put Denmark, inside the EEA, into a privacy statement.
    @Test func ukSuggestsGBAndNotDenmark() throws {
        let problem = try loadProblem(Fixture.withRecipients("recipients:\n  - {id: x, name: X, country: UK}\n"))
        #expect(problem.message == "unknown country code `UK` in recipient `x`")
        #expect(problem.hint?.contains("`GB`") == true)
        #expect(problem.hint?.contains("`DK`") == false)
    }

    /// With two letters, one wrong letter is half the code: a guess by spelling is noise.
    @Test func noGuessForACodeThatIsNothingLikeAnyCountry() throws {
        let problem = try loadProblem(Fixture.withRecipients("recipients:\n  - {id: x, name: X, country: XX}\n"))
        #expect(problem.message == "unknown country code `XX` in recipient `x`")
        #expect(problem.hint == "write the two-letter ISO code, e.g. NL, DE or US")
    }
}

@Suite("Categories of data and people")
struct VocabularyTermTests {
    static let ownTermHint = "write your own as {nl: \"…\", en: \"…\"}"

    @Test func unknownDataCategoryWithSuggestion() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data: [name, e-mail]")))
        #expect(problem.place == "content/activities.yaml:4:18")
        #expect(problem.message == "unknown data category `e-mail` in `data` of activity `contact`")
        #expect(problem.hint == "did you mean `email`? Or " + Self.ownTermHint)
    }

    /// Two neighbouring letters swapped is the most common typo, and should count as one.
    @Test func swappedLettersStillGetASuggestion() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data: [name, emial]")))
        #expect(problem.place == "content/activities.yaml:4:18")
        #expect(problem.message == "unknown data category `emial` in `data` of activity `contact`")
        #expect(problem.hint == "did you mean `email`? Or " + Self.ownTermHint)
    }

    @Test func unknownPeopleCategoryWithSuggestion() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "people: [visiters]")))
        #expect(problem.place == "content/activities.yaml:4:14")
        #expect(problem.message == "unknown category of people `visiters` in `people` of activity `contact`")
        #expect(problem.hint == "did you mean `visitors`? Or " + Self.ownTermHint)
    }

    @Test func unknownDataCategoryFarOff() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data:\n  - shoe-size")))
        #expect(problem.place == "content/activities.yaml:5:9")
        #expect(problem.message == "unknown data category `shoe-size` in `data` of activity `contact`")
        #expect(problem.hint == Self.ownTermHint)
    }

    @Test func ownDataTerms() throws {
        let content = try loadContent(Fixture.withActivities(Fixture.activity(with: """
            data:
              - {nl: Kenteken, en: Licence plate}
              - {nl: Medische verklaring, en: Medical statement, special: yes}
              - nl: Strafblad
                en: Criminal record
                special: true
              - {nl: Schoenmaat, en: Shoe size, special: no}
            people: [{nl: Donateurs, en: Donors}, members]
            """)))
        let activity = try #require(content.register.activities?.first)
        let data = try #require(activity.data)
        #expect(data.map(\.key) == [nil, nil, nil, nil])
        #expect(data.map(\.special) == [false, true, true, false])
        #expect(data[1].text == LocalizedText([.nl: "Medische verklaring", .en: "Medical statement"]))
        #expect(activity.people?.map(\.key) == [nil, "members"])
        #expect(activity.people?.first?.text[.en] == "Donors")
    }

    @Test func ownTermMissingATranslation() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data: [{nl: Kenteken, special: no}]")))
        #expect(problem.place == "content/activities.yaml:4:12")
        #expect(problem.message == "missing English (en) translation of a data category in `data` of activity `contact`")
    }

    @Test func ownTermWithAMisspelledFlag() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data: [{nl: a, en: b, speciaal: yes}]")))
        #expect(problem.place == "content/activities.yaml:4:27")
        #expect(problem.message == "unknown key `speciaal` in a data category in `data` of activity `contact`")
        #expect(problem.hint == "did you mean `special`?")
    }

    @Test func ownTermWithAFlagThatIsNotYesOrNo() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "data: [{nl: a, en: b, special: maybe}]")))
        #expect(problem.place == "content/activities.yaml:4:36")
        #expect(problem.message == "`special` should be `yes` or `no`")
    }
}

@Suite("Web addresses")
struct WebAddressTests {
    static func recipient(url: String) -> [ContentFiles.File] {
        Fixture.withRecipients("""
            recipients:
              - id: mailchimp
                name: Mailchimp
                privacy_url: "\(url)"
            """)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "ftp://example.com/privacy",
        "mailto:privacy@example.com", "example.com/privacy", "//example.com/privacy", "https://",
        "https://example.com/<script>", "https://example.com/a b",
    ])
    func rejected(url: String) throws {
        let problem = try loadProblem(Self.recipient(url: url))
        #expect(problem.place == "content/recipients.yaml:4:18")
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        #expect(problem.message == "`privacy_url` of recipient `mailchimp` `\(trimmed)` is not a web address")
        #expect(problem.hint == "write a full address starting with https://")
    }

    @Test(arguments: [
        "https://mailchimp.com/legal/privacy/", "http://example.com/privacy", "HTTPS://EXAMPLE.COM/privacy",
        "https://example.com/privacy?lang=nl#cookies",
    ])
    func accepted(url: String) throws {
        let content = try loadContent(Self.recipient(url: url))
        #expect(content.register.recipients?.first?.privacyURL == url)
    }

    @Test func javascriptInTheBaseURLOrTheControllersWebsite() {
        let site = Fixture.site.replacingOccurrences(of: "https://example.nl", with: "javascript:alert(1)")
        let siteProblems = loadProblems(Fixture.withSite(site))
        #expect(siteProblems.map(\.place) == ["content/site.yaml:1:11"])
        #expect(siteProblems.map(\.message) == ["`base_url` `javascript:alert(1)` is not a web address"])

        let controllerProblems = loadProblems([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: "controller:\n  name: X\n  website: javascript:alert(1)\n"),
        ])
        #expect(controllerProblems.map(\.place) == ["content/register.yaml:3:12"])
        #expect(controllerProblems.map(\.message) == ["the controller's `website` `javascript:alert(1)` is not a web address"])
    }
}

@Suite("Controller details")
struct ControllerDetailTests {
    @Test(arguments: [
        ("email: privacy-at-example.nl", "the controller's `email` `privacy-at-example.nl` is not an e-mail address"),
        ("email: privacy@localhost", "the controller's `email` `privacy@localhost` is not an e-mail address"),
        ("kvk: \"1234567\"", "Chamber of Commerce number `1234567` should be 8 digits"),
        ("kvk: 1234567a", "Chamber of Commerce number `1234567a` should be 8 digits"),
    ])
    func badDetail(line: String, message: String) throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: "controller:\n  name: X\n  \(line)\n"),
        ])
        #expect(problem.location?.line == 3)
        #expect(problem.message == message)
    }
}
