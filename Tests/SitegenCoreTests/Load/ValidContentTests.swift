import Testing
@testable import SitegenCore

@Suite("Loading valid content")
struct ValidContentTests {
    static let register = """
        controller:
          name: Voorbeeld B.V.
          address:
            street: Hoofdstraat 1
            postcode: 1234 AB
            city: Utrecht
            country: nl
          email: privacy@example.nl
          kvk: "01234567"
        activities:
          - id: contact
            name: {nl: Contactformulier, en: Contact form}
            purpose:
              nl: Uw vraag beantwoorden.
              en: To answer your question.
            legal_basis: legitimate-interests
            legitimate_interest: {nl: Klanten helpen, en: Helping customers}
            people: [website-visitors]
            data:
              - name
              - email
              - health
              - {nl: Kenteken, en: Licence plate}
            recipients: [mailchimp]
            retention: 14 months
            required: {by: contract, otherwise: {nl: Geen antwoord, en: No answer}}
        recipients:
          - id: mailchimp
            name: Mailchimp
            service: {nl: Nieuwsbrief versturen, en: Sending the newsletter}
            country: US
            safeguard: dpf
            agreement: yes
            privacy_url: https://mailchimp.com/legal/privacy/
        cookies:
          - name: _ga
            provider: mailchimp
            purpose: statistics
            lifetime: 2 years
            consent: yes
            description: {nl: Telt bezoeken, en: Counts visits}
        """

    static let site = """
        base_url: https://example.nl
        languages: [nl, en]
        title: {nl: Privacyverklaring, en: Privacy statement}
        date: 2026-03-01
        """

    func load() throws -> Content {
        try loadContent([
            .init(path: "content/site.yaml", text: Self.site),
            .init(path: "content/register.yaml", text: Self.register),
        ])
    }

    @Test func siteSettings() throws {
        let site = try load().site
        #expect(site.baseURL == "https://example.nl/", "a missing trailing slash is added")
        #expect(site.languages == [.nl, .en])
        #expect(site.defaultLanguage == .nl, "the first listed language is the default")
        #expect(site.title[.nl] == "Privacyverklaring")
        #expect(site.title[.en] == "Privacy statement")
        #expect(site.date == StatementDate(year: 2026, month: 3, day: 1))
    }

    @Test func defaultLanguageIsTheFirstListed() throws {
        let content = try loadContent([.init(path: "content/site.yaml", text: """
            base_url: https://example.nl/
            languages: [en, nl]
            title: {nl: Privacyverklaring, en: Privacy statement}
            """)])
        #expect(content.site.languages == [.en, .nl])
        #expect(content.site.defaultLanguage == .en)
        #expect(content.site.baseURL == "https://example.nl/", "an existing trailing slash is kept as is")
        #expect(content.site.date == nil)
    }

    @Test func controller() throws {
        let controller = try #require(try load().register.controller)
        #expect(controller.name == "Voorbeeld B.V.")
        #expect(controller.email == "privacy@example.nl")
        #expect(controller.chamberOfCommerce == "01234567", "a quoted number keeps its leading zero")
        let address = try #require(controller.address)
        #expect(address.street == "Hoofdstraat 1")
        #expect(address.postcode == "1234 AB")
        #expect(address.city == "Utrecht")
        #expect(address.country.code == "NL", "country codes are case-insensitive")
        #expect(controller.location == ContentLocation(file: "content/register.yaml", line: 2, column: 3))
    }

    @Test func activity() throws {
        let activities = try #require(try load().register.activities)
        #expect(activities.count == 1)
        let activity = try #require(activities.first)
        #expect(activity.id == "contact")
        #expect(activity.name[.nl] == "Contactformulier")
        #expect(activity.name[.en] == "Contact form")
        #expect(activity.purpose?[.nl] == "Uw vraag beantwoorden.")
        #expect(activity.purpose?[.en] == "To answer your question.")
        #expect(activity.legalBasis == .legitimateInterests)
        #expect(activity.legitimateInterest == LocalizedText([.nl: "Klanten helpen", .en: "Helping customers"]))
        #expect(activity.recipients == ["mailchimp"])
        #expect(activity.retention == .period(Period(amount: 14, unit: .month), note: nil))
        #expect(activity.requirement == Requirement(
            basis: .contract, consequence: LocalizedText([.nl: "Geen antwoord", .en: "No answer"])))
        #expect(activity.source == nil)
        #expect(activity.automatedDecisions == nil)
        #expect(activity.location == ContentLocation(file: "content/register.yaml", line: 11, column: 5))
        #expect(activity.fieldLocations["purpose"] == ContentLocation(file: "content/register.yaml", line: 14, column: 7))
        #expect(activity.fieldLocations["recipients.0"] == ContentLocation(file: "content/register.yaml", line: 24, column: 18))
    }

    @Test func termsFromTheVocabularyAndOwnTerms() throws {
        let activity = try #require(try load().register.activities?.first)
        let people = try #require(activity.people)
        #expect(people.map(\.key) == ["website-visitors"])
        #expect(people[0].text[.nl] == "websitebezoekers")
        #expect(people[0].text[.en] == "website visitors")

        let data = try #require(activity.data)
        #expect(data.map(\.key) == ["name", "email", "health", nil])
        #expect(data[1].text == LocalizedText([.nl: "e-mailadres", .en: "e-mail address"]))
        #expect(data.map(\.special) == [false, false, true, false])
        #expect(data[3].text == LocalizedText([.nl: "Kenteken", .en: "Licence plate"]))
    }

    @Test func recipient() throws {
        let recipients = try #require(try load().register.recipients)
        #expect(recipients.map(\.id) == ["mailchimp"])
        let recipient = recipients[0]
        #expect(recipient.name == "Mailchimp")
        #expect(recipient.role == .processor, "the role is `processor` when not given")
        #expect(recipient.service == LocalizedText([.nl: "Nieuwsbrief versturen", .en: "Sending the newsletter"]))
        #expect(recipient.country?.code == "US")
        #expect(recipient.transfersOutsideEEA)
        #expect(recipient.safeguard == .dataPrivacyFramework)
        #expect(recipient.agreement == true)
        #expect(recipient.privacyURL == "https://mailchimp.com/legal/privacy/")
    }

    @Test func cookie() throws {
        let cookies = try #require(try load().register.cookies)
        #expect(cookies.count == 1)
        let cookie = cookies[0]
        #expect(cookie.name == "_ga")
        #expect(cookie.provider == "mailchimp")
        #expect(cookie.purpose == .statistics)
        #expect(cookie.lifetime == .period(Period(amount: 2, unit: .year)))
        #expect(cookie.consent == true)
        #expect(cookie.description?[.en] == "Counts visits")
    }

    @Test func partsThatAreNotGivenAreNil() throws {
        let register = try load().register
        #expect(register.security == nil)
        #expect(register.sections == nil)
    }

    @Test func partsMaySitInSeparateFilesInAnyOrder() throws {
        let content = try loadContent([
            .init(path: Fixture.activitiesPath, text: Fixture.activity(with: "recipients: [hosting]")),
            .init(path: Fixture.recipientsPath, text: Fixture.recipients),
            .init(path: Fixture.sitePath, text: Fixture.site),
        ])
        #expect(content.register.activities?.map(\.id) == ["contact"])
        #expect(content.register.activities?.first?.recipients == ["hosting"])
        #expect(content.register.recipients?.map(\.id) == ["mailchimp", "hosting"])
        #expect(content.register.controller == nil)
    }

    @Test func aSiteInOneLanguageNeedsOnlyThatTranslation() throws {
        let content = try loadContent([
            .init(path: Fixture.sitePath, text: """
                base_url: https://example.nl
                languages: [nl]
                title: {nl: Privacyverklaring}
                """),
            .init(path: Fixture.activitiesPath, text: """
                activities:
                  - id: contact
                    name: {nl: Contact}
                    purpose: {nl: Uw vraag beantwoorden.}
                """),
        ])
        #expect(content.site.languages == [.nl])
        #expect(content.register.activities?.first?.purpose?[.nl] == "Uw vraag beantwoorden.")
    }

    @Test func emptyFilesAreIgnored() throws {
        let content = try loadContent([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: "content/empty.yaml", text: ""),
            .init(path: "content/comments.yaml", text: "# nothing here yet\n"),
        ])
        #expect(content.register == Register())
    }
}

@Suite("Not stated versus explicitly none")
struct NotStatedVersusNoneTests {
    func activity(_ lines: String) throws -> Activity {
        let content = try loadContent(Fixture.withActivities(Fixture.activity(with: lines)))
        return try #require(content.register.activities?.first)
    }

    @Test func absentRecipientsAreNotStated() throws {
        #expect(try activity("purpose: {nl: a, en: b}").recipients == nil)
    }

    @Test(arguments: ["recipients: none", "recipients: []", "recipients: \"none\""])
    func explicitlyNoRecipients(line: String) throws {
        #expect(try activity(line).recipients == [])
    }

    @Test func recipientsInBlockAndFlowStyle() throws {
        #expect(try activity("recipients: [mailchimp, hosting]").recipients == ["mailchimp", "hosting"])
        #expect(try activity("recipients:\n  - hosting\n  - mailchimp").recipients == ["hosting", "mailchimp"])
    }

    @Test func peopleAndDataFollowTheSameRule() throws {
        let unstated = try activity("purpose: {nl: a, en: b}")
        #expect(unstated.people == nil)
        #expect(unstated.data == nil)
        let none = try activity("people: none\ndata: []")
        #expect(none.people == [])
        #expect(none.data == [])
    }

    @Test func automatedDecisions() throws {
        #expect(try activity("purpose: {nl: a, en: b}").automatedDecisions == nil)
        #expect(try activity("automated_decisions: none").automatedDecisions == AutomatedDecisions.none)
        #expect(try activity("automated_decisions: {nl: Een score, en: A score}").automatedDecisions
            == .described(LocalizedText([.nl: "Een score", .en: "A score"])))
    }

    @Test func securityNone() throws {
        let content = try loadContent([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: "security: none"),
        ])
        #expect(content.register.security == [])
    }

    @Test func anEmptyValueIsNeitherAndIsReported() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "recipients:\npurpose: {nl: a, en: b}")))
        #expect(problem.message == "`recipients` of activity `contact` is empty")
        #expect(problem.location?.line == 4)
        #expect(problem.hint?.contains("write `none` if there are none") == true)
    }
}

@Suite("Retention forms")
struct RetentionFormTests {
    static let twoMonths = Period(amount: 2, unit: .month)
    static let note = LocalizedText([.nl: "Daarna geanonimiseerd", .en: "Anonymised afterwards"])
    static let criterion = LocalizedText([.nl: "Zolang u klant bent", .en: "As long as you are a customer"])

    @Test(arguments: [
        ("retention: 14 months", Retention.period(Period(amount: 14, unit: .month), note: nil)),
        ("retention: 1 jaar", .period(Period(amount: 1, unit: .year), note: nil)),
        ("retention: 12 dagen", .period(Period(amount: 12, unit: .day), note: nil)),
        ("retention: 3 Weeks", .period(Period(amount: 3, unit: .week), note: nil)),
        ("retention: {period: 2 months, note: {nl: Daarna geanonimiseerd, en: Anonymised afterwards}}",
         .period(twoMonths, note: note)),
        ("retention:\n  period: 2 months\n  note:\n    nl: Daarna geanonimiseerd\n    en: Anonymised afterwards",
         .period(twoMonths, note: note)),
        ("retention: {period: 2 months}", .period(twoMonths, note: nil)),
        ("retention: {nl: Zolang u klant bent, en: As long as you are a customer}", .criterion(criterion)),
        ("retention:\n  nl: Zolang u klant bent\n  en: As long as you are a customer", .criterion(criterion)),
    ])
    func retention(lines: String, expected: Retention) throws {
        let content = try loadContent(Fixture.withActivities(Fixture.activity(with: lines)))
        #expect(content.register.activities?.first?.retention == expected)
    }

    @Test func aNoteWithoutAPeriodIsReported() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "retention: {note: {nl: a, en: b}}")))
        #expect(problem.place == "content/activities.yaml:4:16")
        #expect(problem.message == "`retention` of activity `contact` needs `period`")
    }

    @Test func aCriterionMissingALanguageIsReported() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "retention: {nl: Zolang u klant bent}")))
        #expect(problem.place == "content/activities.yaml:4:16")
        #expect(problem.message == "missing English (en) translation of `retention` of activity `contact`")
    }
}
