import Testing
@testable import SitegenCore

@Suite struct ControllerRulesTests {
    typealias F = CheckFixture

    func ids(_ controller: String?) throws -> Set<String> {
        let register = (controller ?? "") + "\nactivities:\n" + F.activity() + "\n"
        return try F.ids(register)
    }

    @Test func missing() throws {
        let report = try F.report("activities:\n" + F.activity() + "\n")
        #expect(report.ruleIDs == ["controller-missing"])
        #expect(report.findings.first?.location == nil)
    }

    @Test func missingContact() throws {
        #expect(try ids("controller:\n  name: Voorbeeld B.V.") == ["controller-missing-contact"])
    }

    @Test func missingEmail() throws {
        #expect(try ids("controller:\n  name: V\n  address: {street: Kade 1, city: Utrecht, country: NL}") == ["controller-missing-email"])
    }

    @Test func missingAddress() throws {
        #expect(try ids("controller:\n  name: V\n  email: a@b.nl") == ["controller-missing-address"])
    }

    @Test func completeDetailsPass() throws {
        #expect(try ids(F.controller).isEmpty)
    }
}
