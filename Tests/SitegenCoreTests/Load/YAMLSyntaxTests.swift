import Testing
@testable import SitegenCore

@Suite("Malformed YAML")
struct YAMLSyntaxTests {
    static let yamlHint = "check indentation and quoting; a text with `: ` or `#` needs quotes"

    @Test func keyIndentedTooFar() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                 name: {nl: Contact, en: Contact}
            """))
        #expect(problem.severity == .error)
        #expect(problem.place == "content/activities.yaml:3:10")
        #expect(problem.message == "invalid YAML: mapping values are not allowed in this context")
        #expect(problem.hint == Self.yamlHint)
    }

    @Test func keyIndentedTooLittle() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                name: {nl: Contact, en: Contact}
               purpose: {nl: a, en: b}
            """))
        #expect(problem.place == "content/activities.yaml:4:4")
        #expect(problem.message.hasPrefix("invalid YAML: "))
        #expect(problem.message.contains("at line 2"), "names where the list it broke began")
    }

    @Test func tabIndentation() throws {
        let problem = try loadProblem(Fixture.withActivities("activities:\n\t- id: contact\n"))
        #expect(problem.place == "content/activities.yaml:2:1")
        #expect(problem.message.hasPrefix("invalid YAML: found character that cannot start any token"))
    }

    /// An unclosed quote swallows the rest of the file, so libyaml notices only at its end. The
    /// place to fix is the quote itself, so that is where the diagnostic should point.
    @Test func unclosedQuoteInAFlowMapping() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                name: {nl: "Contact, en: Contact}
                purpose: {nl: a, en: b}
            """))
        #expect(problem.message.hasPrefix("invalid YAML: "))
        #expect(problem.message.contains("quoted scalar at line 3"))
        #expect(problem.place == "content/activities.yaml:3:16")
    }

    @Test func unclosedQuoteInABlockMapping() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                name:
                  nl: "Contact
                  en: Contact
              - id: newsletter
                name: {nl: Nieuwsbrief, en: Newsletter}
            """))
        #expect(problem.message.hasPrefix("invalid YAML: "))
        #expect(problem.message.contains("quoted scalar at line 4"))
        #expect(problem.place == "content/activities.yaml:4:11")
    }

    @Test func invalidYAMLInSiteYAMLIsReportedAlone() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: [nl, en
            title: {nl: Privacyverklaring, en: Privacy statement}
            """))
        #expect(problem.location?.file == "content/site.yaml")
        #expect(problem.message.hasPrefix("invalid YAML: "))
        #expect(problem.hint == Self.yamlHint)
    }

    @Test func twoDocumentsInOneFile() throws {
        let problem = try loadProblem(Fixture.withSite(Fixture.site + "\n---\nbase_url: https://example.org\n"))
        #expect(problem.place == "content/site.yaml:4:1")
        #expect(problem.message.hasPrefix("invalid YAML: but found another document"))
    }

    @Test func syntaxErrorsInEveryFileAreReported() {
        let problems = loadProblems([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: "content/a.yaml", text: "activities:\n  - id: 'contact\n"),
            .init(path: "content/b.yaml", text: "recipients:\n\t- id: x\n"),
        ])
        #expect(problems.count == 2)
        #expect(problems.map { $0.location?.file } == ["content/a.yaml", "content/b.yaml"])
        #expect(problems.allSatisfy { $0.message.hasPrefix("invalid YAML: ") })
    }
}

@Suite("Duplicate keys")
struct DuplicateKeyTests {
    @Test func inAnActivity() throws {
        let problem = try loadProblem(Fixture.withActivities("""
            activities:
              - id: contact
                name: {nl: Contact, en: Contact}
                purpose: {nl: a, en: b}
                purpose: {nl: c, en: d}
            """))
        #expect(problem.message == "key `purpose` appears twice in the same mapping")
        #expect(problem.hint == "remove or merge one of them")
        // Yams reports the first of the two keys.
        #expect(problem.place == "content/activities.yaml:4:5")
    }

    @Test func inSiteYAML() throws {
        let problem = try loadProblem(Fixture.withSite(Fixture.site + "\ntitle: {nl: Privacy, en: Privacy}\n"))
        #expect(problem.message == "key `title` appears twice in the same mapping")
        #expect(problem.place == "content/site.yaml:3:1")
    }

    @Test func inAFlowMappingOfTranslations() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpose: {nl: a, en: b, nl: c}")))
        #expect(problem.message == "key `nl` appears twice in the same mapping")
        #expect(problem.place == "content/activities.yaml:4:15")
    }

    @Test func sameTopLevelPartTwiceInOneFile() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: Fixture.recipients + "\n" + Fixture.recipients),
        ])
        #expect(problem.message == "key `recipients` appears twice in the same mapping")
        #expect(problem.place == "content/register.yaml:1:1")
    }
}
