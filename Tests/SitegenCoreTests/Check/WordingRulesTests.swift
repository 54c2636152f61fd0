import Testing
@testable import SitegenCore

@Suite struct WordingRulesTests {
    typealias F = CheckFixture

    /// The rule ids a text raises as the purpose of the one activity.
    func ids(nl: String, en: String = "To answer questions.") throws -> Set<String> {
        try F.ids(F.register(activities: [F.activity(["purpose": "{nl: \"\(nl)\", en: \"\(en)\"}"])]))
    }

    @Test(arguments: [
        ("Wij raden u aan deze pagina regelmatig te raadplegen.", "To answer questions."),
        ("Raadpleeg deze verklaring regelmatig.", "To answer questions."),
        ("Vragen beantwoorden.", "Please check this page regularly for changes."),
        ("Vragen beantwoorden.", "We advise you to regularly review this statement."),
    ])
    func checkRegularly(nl: String, en: String) throws {
        #expect(try ids(nl: nl, en: en) == ["wording-check-regularly"])
    }

    @Test(arguments: [
        ("Wij behouden het recht deze verklaring te wijzigen.", "To answer questions."),
        ("Vragen beantwoorden.", "We reserve the right to change this statement."),
    ])
    func reserveRight(nl: String, en: String) throws {
        #expect(try ids(nl: nl, en: en) == ["wording-reserve-right"])
    }

    @Test(arguments: [
        ("Wij bewaren dit zo lang als nodig.", "To answer questions."),
        ("Wij bewaren dit niet langer dan noodzakelijk.", "To answer questions."),
        ("Vragen beantwoorden.", "We keep this for as long as necessary."),
    ])
    func asLongAsNecessary(nl: String, en: String) throws {
        #expect(try ids(nl: nl, en: en) == ["wording-as-long-as-necessary"])
    }

    /// Near misses: the words appear, but not the unfair phrase.
    @Test(arguments: [
        ("Wij kondigen wijzigingen vooraf aan op deze pagina en per e-mail.", "We announce changes in advance on this page and by e-mail."),
        ("Zolang de overeenkomst loopt.", "For as long as the contract runs."),
        ("E-mails om op een later moment te raadplegen.", "E-mails to be consulted later."),
        ("U hebt het recht op inzage.", "You have the right of access."),
    ])
    func ordinaryWordingPasses(nl: String, en: String) throws {
        #expect(try ids(nl: nl, en: en).isEmpty)
    }

    @Test func aFreeSectionIsCheckedAndTheFindingPointsAtTheLanguage() throws {
        let register = F.register(activities: [F.activity()], """
            sections:
              - id: changes
                title: {nl: Wijzigingen, en: Changes}
                body:
                  nl: |
                    Wij  behouden
                    het recht om dit te wijzigen.
                  en: We change this statement only after telling you.
            """)
        let report = try F.report(register)
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.rule == "wording-reserve-right")
        #expect(finding.subject == Subject(.section, "changes"))
        #expect(finding.message.hasPrefix("`body` of section `changes` (nl) says \"wij behouden het recht\""))
        // At the `|` of `nl: |`: the place of the Dutch text, not of the section.
        #expect(finding.location == SourceLocation(file: "content/register.yaml", line: 19, column: 11))
    }

    @Test func everyKindOfTextIsChecked() throws {
        let unfair = "{nl: \"Wij behouden ons het recht voor.\", en: \"Fine.\"}"
        let register = F.register(activities: [F.activity(["recipients": "[host]"])], """
            recipients:
              - {id: host, name: Host, country: NL, agreement: yes, service: \(unfair)}
            cookies:
              - {name: c, purpose: necessary, description: \(unfair)}
            security:
              - \(unfair)
            """)
        let subjects = try F.report(register).findings.map(\.subject)
        #expect(subjects == [Subject(.recipient, "host"), Subject(.cookie, "c"), Subject(.security)])
    }

    @Test func theTemplatesStringsAreChecked() throws {
        let string = TemplateString(key: "changes_text", language: .en, text: "Check this page regularly.",
                                    location: SourceLocation(file: "templates/strings/en.yaml", line: 3, column: 15))
        let report = try F.report(F.register(), strings: [string])
        #expect(report.findings.map(\.rule) == ["wording-check-regularly"])
        #expect(report.findings.first?.location == string.location)
    }

    @Test func theProjectsOwnStringsPass() throws {
        let sources = try TemplateSources.read(folder: Project.templates)
        let strings = TemplateString.read(from: sources)
        #expect(strings.count > 50)
        #expect(try F.report(F.register(), strings: strings).findings.isEmpty)
    }
}
