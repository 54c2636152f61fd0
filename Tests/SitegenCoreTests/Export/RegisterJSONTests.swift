import Foundation
import Testing
@testable import SitegenCore

/// `register.json`: the published register, and one per revision from its frozen copy.
@Suite struct RegisterJSONTests {
    func build(date: StatementDate, draft: Bool = false) throws -> [String: Data] {
        let options = SiteBuild.Options(contentFolder: Project.content, templatesFolder: Project.templates,
                                        date: date, draft: draft, environment: [:])
        return Dictionary(uniqueKeysWithValues: try SiteBuild(options: options).renderFiles().files.map { ($0.path, $0.data) })
    }

    func object(_ data: Data?) throws -> [String: Any] {
        let data = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theRootRegisterIsTheOneOfTheStatementInEffect() throws {
        // On 1 February 2026 the revision of 1 September 2025 applies; 16 November 2026 is announced.
        let files = try build(date: StatementDate(iso: "2026-02-01")!)
        let current = try object(files["register.json"])
        #expect(current["format"] as? String == "sitegen-register")
        #expect(current["version"] as? Int == 1)
        #expect(current["date"] as? String == "2025-09-01")
        #expect(files["register.json"] == files["revisions/2025-09-01/register.json"])
        for date in ["2025-03-01", "2025-09-01", "2026-11-16"] {
            #expect(try object(files["revisions/\(date)/register.json"])["date"] as? String == date)
        }
    }

    @Test func aDraftPublishesTheRegisterAsItIsNow() throws {
        let files = try build(date: StatementDate(iso: "2026-02-01")!, draft: true)
        let register = try object(files["register.json"])
        #expect(register["date"] as? String == "2026-02-01")
        let activities = try #require(register["activities"] as? [[String: Any]])
        let ids = activities.compactMap { $0["id"] as? String }
        let content = try ContentLoader.load(folder: Project.content)
        #expect(ids == content.register.activities?.map(\.id))
    }

    @Test func everyPageLinksToTheRegisterItWasRenderedFrom() throws {
        let files = try build(date: StatementDate(iso: "2026-02-01")!)
        let page = { (path: String) in String(decoding: files[path] ?? Data(), as: UTF8.self) }
        #expect(page("en/index.html").contains("<a href=\"../register.json\" type=\"application/json\">"))
        #expect(page("nl/2025-03-01/index.html").contains("<a href=\"../../revisions/2025-03-01/register.json\""))
        #expect(page("nl/index.html").contains("Dit verwerkingsregister als JSON"))
    }

    @Test func valuesAreNormalisedAndHoldNoSourceLocations() throws {
        let files = try build(date: Project.date)
        let text = String(decoding: try #require(files["register.json"]), as: UTF8.self)
        for leak in ["location", "\"line\"", "\"column\"", ".yaml"] { #expect(!text.contains(leak), "\(leak)") }
        let register = try object(files["register.json"])
        let activities = try #require(register["activities"] as? [[String: Any]])
        let retention = try #require(activities.first { $0["id"] as? String == "contact-form" }?["retention"] as? [String: Any])
        #expect(retention["kind"] as? String == "period")
        let period = try #require(retention["period"] as? [String: Any])
        #expect(period["amount"] as? Int == 6 && period["unit"] as? String == "month" && period["iso8601"] as? String == "P6M")
        #expect((retention["note"] as? [String: String])?["en"]?.hasPrefix("Counted from our reply.") == true)
        let recipients = try #require(register["recipients"] as? [[String: Any]])
        #expect(recipients.contains { $0["transfer_outside_eea"] as? Bool == true })
    }

    @Test func theSameRegisterGivesTheSameBytesWithSortedKeys() throws {
        let first = try build(date: Project.date)["register.json"], second = try build(date: Project.date)["register.json"]
        #expect(first == second)
        let text = String(decoding: try #require(first), as: UTF8.self)
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test func periodsAsISODurations() {
        #expect(Period(amount: 6, unit: .month).iso8601 == "P6M")
        #expect(Period(amount: 30, unit: .minute).iso8601 == "PT30M")
        #expect(Period(amount: 2, unit: .week).iso8601 == "P2W")
        #expect(Period(amount: 7, unit: .year).iso8601 == "P7Y")
    }
}
