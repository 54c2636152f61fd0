import Testing
@testable import SitegenCore

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let located = Diagnostic(at: SitegenCore.SourceLocation(file: "content/x.yaml", line: 12, column: 5), "bad value")
        #expect(located.description == "content/x.yaml:12:5: error: bad value")

        let hinted = Diagnostic(.warning, at: SitegenCore.SourceLocation(file: "content/x.yaml", line: 1, column: 1),
                                "odd value", hint: "change it")
        #expect(hinted.description == "content/x.yaml:1:1: warning: odd value\n    hint: change it")

        let unlocated = Diagnostic(at: nil, "no site.yaml")
        #expect(unlocated.description == "error: no site.yaml")
    }

    @Test func listIsSortedInFileOrderWithUnlocatedFirst() {
        func at(_ file: String, _ line: Int, _ column: Int) -> SitegenCore.SourceLocation {
            SitegenCore.SourceLocation(file: file, line: line, column: column)
        }
        var list = DiagnosticList()
        list.error(at: at("b.yaml", 1, 1), "b1")
        list.error(at: at("a.yaml", 10, 1), "a10")
        list.error(at: at("a.yaml", 2, 7), "a2-7")
        list.error(at: nil, "none")
        list.error(at: at("a.yaml", 2, 3), "a2-3 first")
        list.error(at: at("a.yaml", 2, 3), "a2-3 second")
        list.append(Diagnostic(.warning, at: at("a.yaml", 1, 1), "warning"))
        #expect(list.sorted.map(\.message) == ["none", "warning", "a2-3 first", "a2-3 second", "a2-7", "a10", "b1"])
        #expect(list.items.count == 7)
        #expect(list.errorCount == 6)
        #expect(list.hasErrors)
        #expect(!DiagnosticList([Diagnostic(.warning, at: nil, "w")]).hasErrors)
    }
}
