import Foundation
import Testing
@testable import SitegenCore

@Suite struct LanguageTests {
    /// Cache keys are made of encoded values: a text per language must give the same bytes in
    /// every process, whatever order its dictionary happens to iterate in.
    @Test func aTextPerLanguageEncodesAsAnObjectWithSortedKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = LocalizedText([.nl: "Privacyverklaring", .en: "Privacy statement"])
        let json = String(decoding: try encoder.encode(text), as: UTF8.self)
        #expect(json == #"{"values":{"en":"Privacy statement","nl":"Privacyverklaring"}}"#)
        #expect(try JSONDecoder().decode(LocalizedText.self, from: Data(json.utf8)) == text)
    }
}
