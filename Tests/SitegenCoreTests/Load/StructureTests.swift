import Testing
@testable import SitegenCore

@Suite("Unknown keys")
struct UnknownKeyTests {
    @Test func typoInAnActivityKeySuggestsTheKey() throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: "purpse: {nl: a, en: b}")))
        #expect(problem.severity == .error)
        #expect(problem.place == "content/activities.yaml:4:5", "points at the key, not its value")
        #expect(problem.message == "unknown key `purpse` in an activity")
        #expect(problem.hint == "did you mean `purpose`?")
        #expect(problem.description == """
            content/activities.yaml:4:5: error: unknown key `purpse` in an activity
                hint: did you mean `purpose`?
            """)
    }

    @Test(arguments: [
        ("legal_bassis: consent", "legal_bassis", "legal_basis"),
        ("legal-basis: consent", "legal-basis", "legal_basis"),
        ("retension: 14 months", "retension", "retention"),
        ("recipient: none", "recipient", "recipients"),
        ("Purpose: {nl: a, en: b}", "Purpose", "purpose"),
        ("automated_decision: none", "automated_decision", "automated_decisions"),
    ])
    func otherTyposInActivities(line: String, key: String, suggestion: String) throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: line)))
        #expect(problem.place == "content/activities.yaml:4:5")
        #expect(problem.message == "unknown key `\(key)` in an activity")
        #expect(problem.hint == "did you mean `\(suggestion)`?")
    }

    @Test(arguments: ["colour: blue", "x: 1", "owner: Jan"])
    func noSuggestionForSomethingFarOff(line: String) throws {
        let problem = try loadProblem(Fixture.withActivities(Fixture.activity(with: line)))
        #expect(problem.place == "content/activities.yaml:4:5")
        #expect(problem.hint == "allowed keys: " + ActivityReader.keys.joined(separator: ", "))
        #expect(problem.hint?.contains("did you mean") == false)
    }

    @Test func unknownKeysAreSkippedAndTheRestIsStillRead() throws {
        let problems = loadProblems(Fixture.withActivities(Fixture.activity(with: """
            purpse: {nl: a, en: b}
            legal_basis: consnt
            """)))
        #expect(problems.map(\.place) == ["content/activities.yaml:4:5", "content/activities.yaml:5:18"])
        #expect(problems.map(\.message) == ["unknown key `purpse` in an activity", "unknown legal basis `consnt`"])
    }

    @Test func unknownTopLevelKeyInARegisterFile() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: "activites:\n  - id: contact\n"),
        ])
        #expect(problem.place == "content/register.yaml:1:1")
        #expect(problem.message == "unknown key `activites` in a register file")
        #expect(problem.hint == "did you mean `activities`?")
    }

    @Test func unknownKeyInSiteYAML() {
        let problems = loadProblems(Fixture.withSite("""
            base-url: https://example.nl
            languages: [nl, en]
            title: {nl: Privacyverklaring, en: Privacy statement}
            """))
        #expect(problems.map(\.place) == ["content/site.yaml:1:1", "content/site.yaml:1:1"])
        #expect(Set(problems.map(\.message)) == ["site.yaml needs `base_url`", "unknown key `base-url` in site.yaml"])
        #expect(problems.first { $0.message.hasPrefix("unknown key") }?.hint == "did you mean `base_url`?")
    }

    @Test func unknownKeyInARecipientAndInAnAddress() {
        let problems = loadProblems([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: """
                controller:
                  name: Voorbeeld B.V.
                  address: {street: Hoofdstraat 1, citty: Utrecht, city: Utrecht, country: NL}
                recipients:
                  - id: aws
                    name: Amazon Web Services
                    privacyurl: https://aws.amazon.com/privacy/
                """),
        ])
        #expect(problems.map(\.place) == ["content/register.yaml:3:36", "content/register.yaml:7:5"])
        #expect(problems.map(\.message) == [
            "unknown key `citty` in the controller's `address`",
            "unknown key `privacyurl` in a recipient",
        ])
        #expect(problems.map(\.hint) == ["did you mean `city`?", "did you mean `privacy_url`?"])
    }

    @Test func aListWhereAMappingBelongs() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: Fixture.registerPath, text: "controller:\n  - name: Voorbeeld B.V.\n"),
        ])
        #expect(problem.place == "content/register.yaml:2:3")
        #expect(problem.message == "`controller` should be a mapping of keys, but is a list")
    }
}

@Suite("Files and parts")
struct FileStructureTests {
    @Test func aPartInTwoFiles() throws {
        let problem = try loadProblem([
            .init(path: Fixture.sitePath, text: Fixture.site),
            .init(path: "content/activities.yaml", text: Fixture.activity),
            .init(path: "content/more-activities.yaml", text: """
                # Activities of the support team
                activities:
                  - id: support
                    name: {nl: Support, en: Support}
                """),
        ])
        #expect(problem.place == "content/more-activities.yaml:2:1", "points at the second file's key")
        #expect(problem.message == "`activities` is already given in content/activities.yaml:1:1")
        #expect(problem.hint == "keep each part of the register in one file")
    }

    @Test func missingSiteYAML() throws {
        let problem = try loadProblem([.init(path: Fixture.activitiesPath, text: Fixture.activity)])
        #expect(problem.location == nil)
        #expect(problem.severity == .error)
        #expect(problem.message == "no site.yaml in the content folder")
        #expect(problem.hint == "create site.yaml with base_url, languages and title")
        #expect(problem.description == """
            error: no site.yaml in the content folder
                hint: create site.yaml with base_url, languages and title
            """)
    }

    @Test func noFilesAtAll() throws {
        let problem = try loadProblem([])
        #expect(problem.message == "no site.yaml in the content folder")
    }

    @Test func siteYAMLIsFoundByItsFileNameInAnyFolder() throws {
        let content = try loadContent([.init(path: "/tmp/project/content/site.yaml", text: Fixture.site)])
        #expect(content.site.languages == [.nl, .en])
    }

    @Test func siteYAMLNeedsItsRequiredKeys() {
        let problems = loadProblems(Fixture.withSite("date: 2026-03-01"))
        #expect(problems.map(\.message) == [
            "site.yaml needs `base_url`", "site.yaml needs `languages`", "site.yaml needs `title`",
        ])
        #expect(problems.allSatisfy { $0.place == "content/site.yaml:1:1" })
    }

    @Test func unknownLanguage() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: [nl, de]
            title: {nl: Privacyverklaring}
            """))
        #expect(problem.place == "content/site.yaml:2:17")
        #expect(problem.message == "unknown language `de`")
        #expect(problem.hint?.hasSuffix("choose one of: nl, en") == true)
    }

    @Test func languageListedTwice() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: [nl, en, nl]
            title: {nl: Privacyverklaring, en: Privacy statement}
            """))
        #expect(problem.place == "content/site.yaml:2:21")
        #expect(problem.message == "language `nl` is listed twice")
    }

    @Test func noLanguages() throws {
        let problem = try loadProblem(Fixture.withSite("""
            base_url: https://example.nl
            languages: []
            title: {nl: Privacyverklaring, en: Privacy statement}
            """))
        #expect(problem.place == "content/site.yaml:2:12")
        #expect(problem.message == "`languages` lists no language")
    }

    /// The check that keeps `languages lists no language` from repeating an error about a bad
    /// language must not hide it behind an unrelated mistake elsewhere in site.yaml.
    @Test func noLanguagesIsReportedNextToOtherMistakes() {
        let problems = loadProblems(Fixture.withSite("""
            base_url: https://example.nl
            languages: []
            titel: {nl: Privacyverklaring, en: Privacy statement}
            """))
        #expect(Set(problems.map(\.message)) == [
            "unknown key `titel` in site.yaml",
            "site.yaml needs `title`",
            "`languages` lists no language",
        ])
    }
}
