import Testing
@testable import SitegenCore

@Suite struct RetentionRulesTests {
    typealias F = CheckFixture

    func ids(retention: String) throws -> Set<String> {
        try F.ids(F.register(activities: [F.activity(["retention": retention])]))
    }

    @Test func aCriterionWithoutAnyNumberIsVague() throws {
        #expect(try ids(retention: "{nl: \"Tot u zich afmeldt.\", en: \"Until you unsubscribe.\"}") == ["activity-vague-retention"])
    }

    @Test func vagueWordingIsFlaggedEvenWithANumber() throws {
        let report = try F.report(F.register(activities: [F.activity([
            "retention": "{nl: \"Twee jaar, daarna gedurende langere periode in de prullenbak.\", en: \"Two years, then for a longer period in the bin.\"}",
        ])]))
        #expect(report.ruleIDs == ["activity-vague-retention"])
        #expect(report.findings.first?.message.contains("\"langere periode\"") == true)
        // Located at the value of `retention:`.
        #expect(report.findings.first?.location?.line == 13)
    }

    @Test(arguments: [
        "{nl: \"Tot dertig dagen na afloop.\", en: \"Until thirty days after the end.\"}",
        "{nl: \"Tot 3 maanden na afloop.\", en: \"Until 3 months after the end.\"}",
        "{nl: \"Tot een jaar na het laatste contact.\", en: \"Until a year after the last contact.\"}",
        "{period: 2 years, note: {nl: \"Vanaf het laatste contact.\", en: \"From the last contact.\"}}",
        "12 days",
    ])
    func aCriterionWithAPeriodIsNotVague(retention: String) throws {
        #expect(try ids(retention: retention).isEmpty)
    }
}
