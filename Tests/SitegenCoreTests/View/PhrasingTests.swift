import Testing
@testable import SitegenCore

@Suite struct PhrasingTests {
    @Test func listsJoinNaturally() {
        #expect(Phrasing.list(["naam", "e-mailadres", "telefoonnummer"], in: .nl) == "naam, e-mailadres en telefoonnummer")
        #expect(Phrasing.list(["name", "e-mail address", "phone number"], in: .en) == "name, e-mail address and phone number")
        #expect(Phrasing.list(["naam", "adres"], in: .nl) == "naam en adres")
        #expect(Phrasing.list(["name"], in: .en) == "name")
        #expect(Phrasing.list([], in: .en) == "")
    }

    @Test(arguments: [
        ("14 months", "14 maanden", "14 months"),
        ("1 month", "1 maand", "1 month"),
        ("12 days", "12 dagen", "12 days"),
        ("1 day", "1 dag", "1 day"),
        ("2 years", "2 jaar", "2 years"),
        ("1 year", "1 jaar", "1 year"),
        ("6 weeks", "6 weken", "6 weeks"),
        ("30 minutes", "30 minuten", "30 minutes"),
        ("2 hours", "2 uur", "2 hours"),
        ("7 jaar", "7 jaar", "7 years"),
    ])
    func periodsReadNaturally(written: String, dutch: String, english: String) throws {
        let period = try Period.parse(written).get()
        #expect(Phrasing.period(period, in: .nl) == dutch)
        #expect(Phrasing.period(period, in: .en) == english)
    }

    @Test func datesAreSpelledOut() {
        let date = StatementDate(year: 2018, month: 6, day: 12)!
        #expect(Phrasing.date(date, in: .nl) == "12 juni 2018")
        #expect(Phrasing.date(date, in: .en) == "12 June 2018")
    }
}
