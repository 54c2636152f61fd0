import Testing
@testable import SitegenCore

@Suite("References between parts")
struct ReferenceTests {
    @Test func unknownRecipientCloseToAKnownOne() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: """
            recipients:
              - hosting
              - mailchmp
            """)))
        #expect(problem.place == "content/activities.yaml:6:9", "points at the list item")
        #expect(problem.message == "activity `contact` names unknown recipient `mailchmp`")
        #expect(problem.hint == "did you mean `mailchimp`?")
    }

    @Test func unknownRecipientFarFromEveryKnownOne() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "recipients: [hosting, salesforce]")))
        #expect(problem.place == "content/activities.yaml:4:27")
        #expect(problem.message == "activity `contact` names unknown recipient `salesforce`")
        #expect(problem.hint == "add it under `recipients:` with `id: salesforce`")
    }

    @Test func everyUnknownRecipientOfEveryActivityIsReported() {
        let problems = loadProblems(Fixture.withActivities("""
            activities:
              - id: contact
                name: {nl: Contact, en: Contact}
                recipients: [google, hosting, mailchimp, microsoft]
              - id: newsletter
                name: {nl: Nieuwsbrief, en: Newsletter}
                recipients: [mailchimp, sendgrid]
            """))
        #expect(problems.map(\.place) == [
            "content/activities.yaml:4:18",
            "content/activities.yaml:4:46",
            "content/activities.yaml:7:29",
        ])
        #expect(problems.map(\.message) == [
            "activity `contact` names unknown recipient `google`",
            "activity `contact` names unknown recipient `microsoft`",
            "activity `newsletter` names unknown recipient `sendgrid`",
        ])
    }

    /// A recipient id that is itself malformed is reported once, and the place of every later
    /// reference still points at its own item.
    @Test func aMalformedRecipientIdDoesNotShiftTheOtherPlaces() {
        let problems = loadProblems(Fixture.withActivities(Fixture.activity(with: """
            recipients:
              - Mailchimp
              - hostin
            """)))
        #expect(problems.map(\.place) == ["content/activities.yaml:5:9", "content/activities.yaml:6:9"])
        #expect(problems.map(\.message) == [
            "recipient id `Mailchimp` may only hold lower-case letters, digits, `-` and `_`",
            "activity `contact` names unknown recipient `hostin`",
        ])
        #expect(problems.last?.hint == "did you mean `hosting`?")
    }

    @Test func recipientsReferencedWithoutAnyRecipientsPart() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.activitiesPath, text: Fixture.activity(with: "recipients: [mailchimp]")),
        ])
        #expect(problem.place == "content/activities.yaml:4:18")
        #expect(problem.message == "activity `contact` names unknown recipient `mailchimp`")
        #expect(problem.hint == "add it under `recipients:` with `id: mailchimp`")
    }

    @Test func unknownCookieProvider() throws {
        let problem = try loadProblem(Fixture.withRecipients(Fixture.recipients) + [
            .init(path: Fixture.cookiesPath, text: """
                cookies:
                  - name: _ga
                    provider: google
                    purpose: statistics
                """),
        ])
        #expect(problem.place == "content/cookies.yaml:3:15")
        #expect(problem.message == "cookie `_ga` names unknown provider `google`")
        #expect(problem.hint == "add it under `recipients:` with `id: google`")
    }

    @Test func unknownCookieProviderCloseToAKnownOne() throws {
        let problem = try loadProblem(Fixture.withRecipients(Fixture.recipients) + [
            .init(path: Fixture.cookiesPath, text: """
                cookies:
                  - {name: mc_id, provider: mailchimpp, purpose: marketing}
                """),
        ])
        #expect(problem.place == "content/cookies.yaml:2:29")
        #expect(problem.message == "cookie `mc_id` names unknown provider `mailchimpp`")
        #expect(problem.hint == "did you mean `mailchimp`?")
    }

    @Test func aCookieWithoutProviderIsOurOwn() throws {
        let content = try loadContent([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.cookiesPath, text: "cookies:\n  - {name: session, purpose: necessary, lifetime: session}\n"),
        ])
        let cookie = try #require(content.register.cookies?.first)
        #expect(cookie.provider == nil)
        #expect(cookie.lifetime == .session)
    }
}

@Suite("Duplicate ids")
struct DuplicateIdTests {
    @Test func duplicateActivityIds() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                name: {nl: Contact, en: Contact}
              - id: newsletter
                name: {nl: Nieuwsbrief, en: Newsletter}
              - id: contact
                name: {nl: Contact opnieuw, en: Contact again}
            """))
        #expect(problem.place == "content/activities.yaml:6:5", "points at the second")
        #expect(problem.message == "duplicate activity id `contact`, first used at content/activities.yaml:2:5")
        #expect(problem.hint == "give each activity its own id")
    }

    @Test func duplicateRecipientIds() throws {
        let problem = try loadProblem(Fixture.withRecipients("""
            recipients:
              - id: hosting
                name: Hosting B.V.
              - {id: hosting, name: Other Hosting B.V.}
            """))
        #expect(problem.place == "content/recipients.yaml:4:5")
        #expect(problem.message == "duplicate recipient id `hosting`, first used at content/recipients.yaml:2:5")
        #expect(problem.hint == "give each recipient its own id")
    }

    @Test func everyRepeatMentionsTheFirst() {
        let problems = loadProblems(Fixture.withRecipients("""
            recipients:
              - {id: hosting, name: A}
              - {id: hosting, name: B}
              - {id: hosting, name: C}
            """))
        #expect(problems.map(\.place) == ["content/recipients.yaml:3:5", "content/recipients.yaml:4:5"])
        #expect(problems.allSatisfy { $0.message.hasSuffix("first used at content/recipients.yaml:2:5") })
    }

    @Test func duplicateCookieNames() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.cookiesPath, text: """
                cookies:
                  - {name: session, purpose: necessary}
                  - {name: session, purpose: preferences}
                """),
        ])
        #expect(problem.place == "content/cookies.yaml:3:5")
        #expect(problem.message == "duplicate cookie id `session`, first used at content/cookies.yaml:2:5")
    }

    @Test func anActivityMayShareAnIdWithARecipient() throws {
        let content = try loadContent(Fixture.withActivities("""
            activities:
              - id: hosting
                name: {nl: Hosting, en: Hosting}
            """))
        #expect(content.register.activities?.map(\.id) == ["hosting"])
    }
}
