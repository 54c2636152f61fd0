import Foundation
import Testing
@testable import SitegenMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersTablesStrikethroughAndAutolinks() {
        let html = renderer.html(from: """
            | a | b |
            |---|---|
            | 1 | ~~2~~ |

            See https://example.org.
            """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>a</th>"))
        #expect(html.contains("<del>2</del>"))
        #expect(html.contains(#"<a href="https://example.org">https://example.org</a>"#))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "Hello <img src=x onerror=alert(1)> there",
        "<iframe src=\"https://evil.example\"></iframe>",
    ])
    func rawHTMLNeverPasses(markdown: String) {
        let html = renderer.html(from: markdown)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
    }

    @Test func javascriptLinksLoseTheirTarget() {
        let html = renderer.html(from: "[click](javascript:alert(1))")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(html.contains("click"))
    }

    /// cmark-gfm shares a table of special characters between parsers with extensions attached;
    /// rendering from many threads at once must still give the serial result every time.
    @Test func parallelRenderingMatchesSerial() async {
        let inputs = (0..<400).map { "Item \($0): ~~old~~ new, | x | y |\n|---|---|\n| \($0) | ~~\($0)~~ |\n" }
        let serial = inputs.map { renderer.html(from: $0) }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { [renderer] in (index, renderer.html(from: input)) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(parallel == serial)
        #expect(serial.allSatisfy { $0.contains("<del>") })
    }

    /// The same on real threads, many paragraphs each: a parse finishing on one thread must never
    /// take `~` away from a parse on another (the architecture notes saw 24 to 47 of 2,000 lose it).
    @Test func threadsHammeringTheParserKeepEveryStrikethrough() {
        let table = "| Column | Struck |\n|---|---|\n" + (0..<10).map { "| row \($0) | ~~cell \($0)~~ www.example.org |" }.joined(separator: "\n")
        let paragraph = (0..<40).map { "Paragraph \($0) with ~~struck~~ text, https://example.org/\($0) and *emphasis*." }
            .joined(separator: "\n\n") + "\n\n" + table
        let expected = renderer.html(from: paragraph)
        let results = Results(count: 2_000)
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            results.set(index, renderer.html(from: paragraph))
        }
        let wrong = results.values.filter { $0 != expected }.count
        #expect(wrong == 0)
        #expect(expected.components(separatedBy: "<del>").count == 51)
        #expect(expected.components(separatedBy: "<td>").count == 21)
    }
}

/// Render results written from many threads.
private final class Results: @unchecked Sendable {
    private var storage: [String]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }

    var values: [String] { lock.withLock { storage } }
}
