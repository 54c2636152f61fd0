import Foundation
import Testing
@testable import SitegenCore

@Suite("StatementDate")
struct StatementDateTests {
    @Test func parsesISODates() throws {
        let date = try #require(StatementDate(iso: "2026-03-01"))
        #expect(date.year == 2026)
        #expect(date.month == 3)
        #expect(date.day == 1)
        #expect(date.iso == "2026-03-01")
        #expect(date.description == "2026-03-01")
    }

    @Test(arguments: ["2026-03-01", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])
    func isoRoundTrips(text: String) throws {
        #expect(try #require(StatementDate(iso: text)).iso == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-02-29", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31",
        "2026-13-01", "2026-00-01", "2026-01-00", "2026-01-32",
        "1-2-2026", "01-02-2026", "2026-2-1", "2026-02-1", "26-02-01", "20260201", "2026/02/01",
        "2026-02-01T10:00", "2026-02-01 ", " 2026-02-01", "2026--02-01", "+026-02-01", "2026-+2-01",
        "２０２６-02-01", "2026-0x-01", "", "today",
    ])
    func rejects(text: String) {
        #expect(StatementDate(iso: text) == nil)
    }

    @Test(arguments: [
        (2024, true), (2000, true), (2400, true), (1996, true),
        (2023, false), (1900, false), (2100, false), (2026, false),
    ])
    func leapYears(year: Int, isLeap: Bool) {
        let text = String(format: "%04d-02-29", year)
        #expect((StatementDate(iso: text) != nil) == isLeap)
        #expect((StatementDate(year: year, month: 2, day: 29) != nil) == isLeap)
        #expect(StatementDate(year: year, month: 2, day: 28) != nil)
        #expect(StatementDate(year: year, month: 2, day: 30) == nil)
    }

    @Test(arguments: [
        (0, "1970-01-01"),
        (86_399, "1970-01-01"),
        (86_400, "1970-01-02"),
        (-1, "1969-12-31"),
        (-86_400, "1969-12-31"),
        (-86_401, "1969-12-30"),
        (951_782_400, "2000-02-29"),
        (951_868_800, "2000-03-01"),
        (1_700_000_000, "2023-11-14"),
        (1_709_164_800, "2024-02-29"),
        (4_102_444_800, "2100-01-01"),
        (4_107_542_400, "2100-03-01"),
        (253_402_300_799, "9999-12-31"),
    ])
    func fromUnixTime(seconds: Int, expected: String) {
        #expect(StatementDate(unixTime: seconds).iso == expected)
    }

    @Test func ordering() throws {
        let dates = try ["2026-03-01", "2025-12-31", "2026-02-28", "2026-03-02"].map { try #require(StatementDate(iso: $0)) }
        #expect(dates.sorted().map(\.iso) == ["2025-12-31", "2026-02-28", "2026-03-01", "2026-03-02"])
        #expect(StatementDate(year: 2026, month: 3, day: 1) == StatementDate(iso: "2026-03-01"))
    }

    @Test func componentsMustExist() {
        #expect(StatementDate(year: 2026, month: 0, day: 1) == nil)
        #expect(StatementDate(year: 2026, month: 13, day: 1) == nil)
        #expect(StatementDate(year: 2026, month: 1, day: 0) == nil)
        #expect(StatementDate(year: 2026, month: 1, day: 31) != nil)
        #expect(StatementDate(year: 2026, month: 4, day: 31) == nil)
    }
}
