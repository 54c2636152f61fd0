import Testing
@testable import SitegenCore

@Suite struct SuppressionTests {
    typealias F = CheckFixture

    @Test func anEntrysIgnoreSilencesItsFindingAndKeepsTheReason() throws {
        let report = try F.report(F.register(activities: [F.activity(["required": nil], extra: [
            "ignore:", "  - rule: activity-missing-requirement", "    reason: \"Asked in the form itself.\"",
        ])]))
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.isSuppressed)
        #expect(finding.suppression?.reason == "Asked in the form itself.")
        #expect(report.ruleIDs.isEmpty)
        #expect(!report.failed(strict: true))
        #expect(report.suppressed == 1)
    }

    @Test func anIgnoreOnOneEntryDoesNotSilenceAnother() throws {
        let ignoring = F.activity(["required": nil], extra: ["ignore: [{rule: activity-missing-requirement, reason: x}]"])
        let other = F.activity(["id": "other", "required": nil])
        let report = try F.report(F.register(activities: [ignoring, other]))
        #expect(report.findings.filter(\.isSuppressed).map(\.subject) == [Subject(.activity, "contact")])
        #expect(report.ruleIDs == ["activity-missing-requirement"])
    }

    @Test func theCheckPartSilencesOneTargetOrEveryFinding() throws {
        let activities = [F.activity(["required": nil]), F.activity(["id": "other", "required": nil])]
        let targeted = try F.report(F.register(activities: activities, """
            check:
              ignore:
                - {rule: activity-missing-requirement, target: other, reason: Optional by nature.}
            """))
        #expect(targeted.findings.filter(\.isSuppressed).map(\.subject) == [Subject(.activity, "other")])
        let everywhere = try F.report(F.register(activities: activities, """
            check:
              ignore:
                - {rule: activity-missing-requirement, reason: Optional by nature.}
            """))
        #expect(everywhere.suppressed == 2 && everywhere.findings.count == 2)
    }

    @Test func anUnknownRuleIsAnErrorWithASuggestion() throws {
        let report = try F.report(F.register(activities: [F.activity(extra: [
            "ignore: [{rule: activity-missing-retension, reason: x}]",
        ])]))
        #expect(report.ruleIDs == ["check-unknown-rule"])
        #expect(report.findings.first?.hint == "did you mean `activity-missing-retention`?")
    }

    @Test func anIgnoreThatSilencesNothingIsReported() throws {
        let report = try F.report(F.register(activities: [F.activity(extra: [
            "ignore: [{rule: activity-missing-retention, reason: x}]",
        ])]))
        #expect(report.ruleIDs == ["check-unused-suppression"])
        #expect(!report.failed(strict: false))
        #expect(report.failed(strict: true))
    }

    @Test func aReasonIsRequiredAndUnknownKeysStayErrors() {
        #expect(throws: DiagnosticList.self) {
            try F.report(F.register(activities: [F.activity(extra: ["ignore: [{rule: activity-missing-retention}]"])]))
        }
        #expect(throws: DiagnosticList.self) {
            try F.report(F.register(activities: [F.activity(extra: ["ignore: [{rule: a, reason: b, target: c}]"])]))
        }
        #expect(throws: DiagnosticList.self) { try F.report(F.register() + "check:\n  ignroe: []\n") }
    }

    @Test func theReasonShowsInTheHumanOutput() throws {
        let report = try F.report(F.register(activities: [F.activity(["required": nil], extra: [
            "ignore: [{rule: activity-missing-requirement, reason: Asked in the form itself.}]",
        ])]))
        let text = HumanFormat.render(report, strict: false, colour: false)
        #expect(text == """
            content/register.yaml:6:5: warning: activity `contact` does not say whether people must provide the data [activity-missing-requirement]
                suppressed at content/register.yaml:14:14 because: Asked in the form itself.
            check: 0 errors, 0 warnings, 1 suppressed
            """)
    }
}
