import Foundation
import Testing
@testable import SitegenCore

@Suite struct RuleCatalogueTests {
    @Test func idsAreUniqueAndWellFormed() {
        let ids = Checker.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }

    /// README.md's rules table is the documentation users read; it lists every rule with its severity.
    @Test func theReadmeListsEveryRule() throws {
        let readme = try String(contentsOf: Project.root.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in Checker.rules {
            let listed = readme.contains("| `\(rule.id)` | \(rule.severity.rawValue) |")
            #expect(listed, "README.md's rules table lacks `\(rule.id)` (\(rule.severity.rawValue))")
        }
    }
}
