import Testing
@testable import SitegenCore

@Suite("Translated texts")
struct TranslationTests {
    @Test func missingEnglishInABlockMapping() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: """
            purpose:
              nl: Uw vraag beantwoorden.
            """)))
        #expect(problem.place == "content/activities.yaml:5:7", "points at the mapping of translations")
        #expect(problem.message == "missing English (en) translation of `purpose` of activity `contact`")
        #expect(problem.hint == "add `en: \"…\"`")
    }

    @Test func missingDutchInAFlowMapping() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpose: {en: To answer your question.}")))
        #expect(problem.place == "content/activities.yaml:4:14")
        #expect(problem.message == "missing Dutch (nl) translation of `purpose` of activity `contact`")
        #expect(problem.hint == "add `nl: \"…\"`")
    }

    @Test func bothTranslationsMissingGivesOneDiagnosticPerLanguage() {
        let problems = loadProblems(Fixture.withActivities(Fixture.activity(with: "purpose: {}")))
        #expect(problems.map(\.message) == [
            "missing Dutch (nl) translation of `purpose` of activity `contact`",
            "missing English (en) translation of `purpose` of activity `contact`",
        ])
    }

    @Test(arguments: [
        ("name", "`name` of activity `contact`"),
        ("legitimate_interest", "`legitimate_interest` of activity `contact`"),
        ("source", "`source` of activity `contact`"),
        ("automated_decisions", "`automated_decisions` of activity `contact`"),
    ])
    func theMessageNamesTheField(key: String, what: String) throws {
        // `name` is required, so it stands in for the usual name line rather than adding to it.
        let nameLine = key == "name" ? "" : "    name: {nl: Contact, en: Contact}\n"
        let activities = "activities:\n  - id: contact\n" + nameLine + "    \(key): {nl: Iets}\n"
        let problem = try loadProblem(Fixture.withActivities(activities))
        #expect(problem.message == "missing English (en) translation of \(what)")
    }

    @Test func missingTranslationOfTheSiteTitle() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: [nl, en]
            title: {nl: Privacyverklaring}
            """))
        #expect(problem.place == "content/site.yaml:3:8")
        #expect(problem.message == "missing English (en) translation of the site `title`")
    }

    @Test func missingTranslationOfARecipientsService() throws {
        let problem = try loadProblem(Fixture.withRecipients("""
            recipients:
              - id: mailchimp
                name: Mailchimp
                service:
                  en: Sending the newsletter
            """))
        #expect(problem.place == "content/recipients.yaml:5:7")
        #expect(problem.message == "missing Dutch (nl) translation of `service` of recipient `mailchimp`")
    }

    @Test func plainTextWhereATranslatedTextIsRequired() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpose: Uw vraag beantwoorden.")))
        #expect(problem.place == "content/activities.yaml:4:14")
        #expect(problem.message == "`purpose` of activity `contact` must be given in every language")
        #expect(problem.hint == "write it as {nl: \"…\", en: \"…\"}")
    }

    @Test func plainTextInASingleLanguageSiteIsStillNotATranslation() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: "base_url: https://example.nl\nlanguages: [en]\ntitle: {en: Privacy}\n"),
            .init(path: Fixture.activitiesPath, text: """
                activities:
                  - id: contact
                    name: {en: Contact}
                    purpose: To answer your question.
                """),
        ])
        #expect(problem.message == "`purpose` of activity `contact` must be given in every language")
        #expect(problem.hint == "write it as {en: \"…\"}")
    }

    @Test func plainTextForTheSiteTitle() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: [nl, en]
            title: Privacyverklaring
            """))
        #expect(problem.place == "content/site.yaml:3:8")
        #expect(problem.message == "the site `title` must be given in every language")
    }

    @Test func aListWhereATranslatedTextBelongs() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpose: [Vragen, Questions]")))
        #expect(problem.place == "content/activities.yaml:4:14")
        #expect(problem.message == "`purpose` of activity `contact` should be a mapping of keys, but is a list")
    }

    @Test func anEmptyTranslation() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpose: {nl: \"  \", en: To answer.}")))
        #expect(problem.place == "content/activities.yaml:4:19")
        #expect(problem.message == "the Dutch text of `purpose` of activity `contact` is empty")
    }

    @Test func aLanguageTheSiteDoesNotHave() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: "base_url: https://example.nl\nlanguages: [nl]\ntitle: {nl: Privacy}\n"),
            .init(path: Fixture.activitiesPath, text: """
                activities:
                  - id: contact
                    name: {nl: Contact}
                    purpose: {nl: Vragen, en: Questions}
                """),
        ])
        #expect(problem.place == "content/activities.yaml:4:27")
        #expect(problem.message == "unknown key `en` in `purpose` of activity `contact`")
        #expect(problem.hint == "allowed keys: nl")
    }
}
