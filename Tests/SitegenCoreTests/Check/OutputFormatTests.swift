import Foundation
import Testing
@testable import SitegenCore

/// The three output formats on one small, fixed report: one error, one warning with a comma and
/// a colon in its place, and one suppressed finding.
@Suite struct OutputFormatTests {
    static let report = CheckReport(findings: [
        Finding(rule: "activity-missing-legal-basis", severity: .error,
                location: SourceLocation(file: "content/activities.yaml", line: 12, column: 5),
                message: "activity `email` does not state its legal basis", hint: "add `legal_basis:`",
                subject: Subject(.activity, "email")),
        Finding(rule: "wording-reserve-right", severity: .warning,
                location: SourceLocation(file: "content/z,b:c.yaml", line: 3, column: 7),
                message: "says \"100% sure\"\nsecond line\r", hint: nil, subject: Subject(.section, "changes")),
        Finding(rule: "cookie-without-consent", severity: .error, location: nil,
                message: "statistics cookie `_ga` is set without consent", hint: "ask first",
                subject: Subject(.cookie, "_ga"),
                suppression: Suppression(rule: "cookie-without-consent", reason: "Exempt: no privacy impact.",
                                         location: SourceLocation(file: "content/cookies.yaml", line: 9, column: 9))),
    ])

    @Test func githubLinesExactly() {
        #expect(GitHubFormat.render(Self.report) == """
            ::notice title=cookie-without-consent::statistics cookie `_ga` is set without consent%0Asuppressed because: Exempt: no privacy impact.
            ::error file=content/activities.yaml,line=12,col=5,title=activity-missing-legal-basis::activity `email` does not state its legal basis%0Ahint: add `legal_basis:`
            ::warning file=content/z%2Cb%3Ac.yaml,line=3,col=7,title=wording-reserve-right::says "100%25 sure"%0Asecond line%0D
            """)
    }

    @Test func githubAnnotatesLoadErrors() {
        let diagnostics = DiagnosticList([Diagnostic(at: SourceLocation(file: "content/x.yaml", line: 2, column: 3),
                                                     "unknown key `purpse`", hint: "did you mean `purpose`?")])
        #expect(GitHubFormat.render(diagnostics)
            == "::error file=content/x.yaml,line=2,col=3,title=sitegen::unknown key `purpse`%0Ahint: did you mean `purpose`?")
    }

    /// The shape README.md documents, decoded with a plain JSON parser so no Swift type hides a change.
    @Test func jsonHasTheDocumentedShape() throws {
        let text = JSONFormat.render(Self.report, strict: true)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["version", "strict", "failed", "findings", "summary"])
        #expect(root["version"] as? Int == 1)
        #expect(root["strict"] as? Bool == true)
        #expect(root["failed"] as? Bool == true)
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "suppressed": 1])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "file", "line", "column", "message", "hint", "suppressed", "reason"])
        }
        // In file order; a finding without a place comes first, with nulls for the place.
        #expect(findings[0]["rule"] as? String == "cookie-without-consent")
        #expect(findings[0]["file"] is NSNull)
        #expect(findings[0]["suppressed"] as? Bool == true)
        #expect(findings[0]["reason"] as? String == "Exempt: no privacy impact.")
        #expect(findings[1]["file"] as? String == "content/activities.yaml")
        #expect(findings[1]["line"] as? Int == 12)
        #expect(findings[1]["column"] as? Int == 5)
        #expect(findings[1]["severity"] as? String == "error")
        #expect(findings[1]["reason"] is NSNull)
        #expect(findings[2]["hint"] is NSNull)
    }

    @Test func jsonRoundTripsThroughItsDocumentType() throws {
        let text = JSONFormat.render(Self.report, strict: false)
        let document = try JSONDecoder().decode(JSONFormat.Document.self, from: Data(text.utf8))
        #expect(document == JSONFormat.document(Self.report, strict: false))
        #expect(document.failed)
    }

    @Test func humanOutputWithoutColour() {
        #expect(HumanFormat.render(Self.report, strict: false, colour: false) == """
            error: statistics cookie `_ga` is set without consent [cookie-without-consent]
                suppressed at content/cookies.yaml:9:9 because: Exempt: no privacy impact.
            content/activities.yaml:12:5: error: activity `email` does not state its legal basis [activity-missing-legal-basis]
                hint: add `legal_basis:`
            content/z,b:c.yaml:3:7: warning: says "100% sure"
            second line\r [wording-reserve-right]
            check: 1 error, 1 warning, 1 suppressed
            """)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(HumanFormat.render(Self.report, strict: false, colour: true).contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(!HumanFormat.render(Self.report, strict: false, colour: false).contains("\u{1B}"))
    }

    @Test func summaries() {
        #expect(HumanFormat.render(CheckReport(findings: []), strict: true, colour: false) == "check: no findings")
        let warningOnly = CheckReport(findings: Self.report.findings.filter { $0.severity == .warning })
        #expect(HumanFormat.summary(warningOnly, strict: false) == "check: 0 errors, 1 warning, 0 suppressed (warnings fail with --strict)")
        #expect(!warningOnly.failed(strict: false))
        #expect(warningOnly.failed(strict: true))
    }
}
