import Testing
@testable import SitegenCore

@Suite("Period")
struct PeriodTests {
    @Test(arguments: [
        ("14 months", 14, Period.Unit.month),
        ("1 month", 1, .month),
        ("1 year", 1, .year),
        ("2 years", 2, .year),
        ("12 days", 12, .day),
        ("1 day", 1, .day),
        ("3 weeks", 3, .week),
        ("12 dagen", 12, .day),
        ("1 dag", 1, .day),
        ("1 week", 1, .week),
        ("2 weken", 2, .week),
        ("6 maanden", 6, .month),
        ("1 maand", 1, .month),
        ("7 jaar", 7, .year),
        ("2 jaren", 2, .year),
        ("3 Months", 3, .month),
        ("3 WEEKS", 3, .week),
        ("  2   weeks ", 2, .week),
        ("2\tdays", 2, .day),
        ("30 minutes", 30, .minute),
        ("1 minuut", 1, .minute),
        ("2 hours", 2, .hour),
        ("24 uur", 24, .hour),
    ])
    func parses(text: String, amount: Int, unit: Period.Unit) {
        #expect(Period.parse(text) == .success(Period(amount: amount, unit: unit)))
    }

    @Test(arguments: ["soon", "14", "months", "", "   ", "14months", "14 months extra", "1 2 days"])
    func notAPeriod(text: String) {
        #expect(Period.parse(text) == .failure(.notAPeriod))
    }

    @Test(arguments: [
        ("0 days", "0"), ("zero days", "zero"), ("-3 days", "-3"), ("1.5 years", "1.5"),
        ("two weeks", "two"), ("99999999999999999999 days", "99999999999999999999"),
    ])
    func badAmount(text: String, amount: String) {
        #expect(Period.parse(text) == .failure(.badAmount(amount)))
    }

    @Test(arguments: [
        ("3 fortnights", "fortnights", nil),
        ("1 mnth", "mnth", "month"),
        ("3 weks", "weks", "weeks"),
        ("2 yeers", "yeers", "years"),
    ])
    func unknownUnit(text: String, unit: String, suggestion: String?) {
        #expect(Period.parse(text) == .failure(.unknownUnit(unit, suggestion: suggestion)))
    }

    /// `monts` is one edit from both `month` and `months`, `dayz` from `day` and `days`: the
    /// suggestion should agree with the amount, so that taking it gives `14 months`, not `14 month`.
    @Test(arguments: [
        ("14 monts", "months"), ("3 dayz", "days"), ("6 Maandn", "maanden"),
        ("1 monts", "month"), ("1 dayz", "day"),
    ])
    func suggestionAgreesWithTheAmount(text: String, expected: String) throws {
        guard case .failure(.unknownUnit(_, let suggestion)) = Period.parse(text) else {
            Issue.record("expected an unknown unit for `\(text)`")
            return
        }
        #expect(suggestion == expected)
    }

    @Test func description() {
        #expect(Period(amount: 1, unit: .month).description == "1 month")
        #expect(Period(amount: 14, unit: .month).description == "14 months")
        #expect(Period(amount: 1, unit: .day).description == "1 day")
        #expect(Period(amount: 2, unit: .year).description == "2 years")
    }

    @Test func descriptionParsesBack() {
        for unit in Period.Unit.allCases {
            for amount in [1, 2, 14] {
                let period = Period(amount: amount, unit: unit)
                #expect(Period.parse(period.description) == .success(period))
            }
        }
    }
}
