import Testing
@testable import SitegenCore

@Suite struct RevisionRuleTests {
    let content: Content

    init() throws {
        content = try ContentLoader.load(ContentFiles([.init(path: "site.yaml", text: "base_url: https://x.nl\nlanguages: [nl, en]\ntitle: {nl: a, en: b}\n")]))
    }

    @Test func anEditedRevisionIsAnError() {
        let problem = Diagnostic(at: SourceLocation(file: "content/revisions/2025-03-01/statement.nl.md", line: 1, column: 1),
                                 "revision 2025-03-01 was edited after it was published", hint: "restore it")
        let report = Checker.check(CheckInput(content: content, revisionProblems: [problem]))
        let findings = report.findings.filter { $0.rule.hasPrefix("revision-") }
        #expect(findings.map(\.rule) == ["revision-edited"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.location == problem.location)
    }

    @Test func anUnpublishedChangeIsAWarningAndNothingFiresWithoutOne() {
        let problem = Diagnostic(at: nil, "the register and templates no longer give the statement of the newest revision (2026-11-16)")
        let report = Checker.check(CheckInput(content: content, unpublishedChange: problem))
        #expect(report.findings.filter { $0.rule.hasPrefix("revision-") }.map(\.rule) == ["revision-unpublished"])
        #expect(report.findings.first { $0.rule == "revision-unpublished" }?.severity == .warning)
        #expect(!Checker.check(CheckInput(content: content)).ruleIDs.contains { $0.hasPrefix("revision-") })
    }
}
