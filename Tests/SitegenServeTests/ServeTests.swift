import Foundation
import Testing
@testable import SitegenServe

@Suite(.serialized) struct ServeTests {
    @Test func servesPagesInBothLanguagesWithTypesAndNoCaching() async throws {
        let server = try await TestServer.start()
        for language in ["nl", "en"] {
            let page = try await server.get("/\(language)/")
            #expect(page.status == 200)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.header("Cache-Control") == "no-store")
            #expect(page.text.contains("<html lang=\"\(language)\">"))
            // The live-reload script goes in just before </body>, only while serving.
            #expect(page.text.contains("<script>/* sitegen serve: live reload */"))
            #expect(page.text.range(of: "live reload")!.lowerBound < page.text.range(of: "</body>", options: .backwards)!.lowerBound)
            let file = try await server.get("/\(language)/index.html")
            #expect(file.status == 200 && file.body == page.body)
        }
        let root = try await server.get("/")
        #expect(root.status == 200 && root.header("Content-Type") == "text/html; charset=utf-8")
        let style = try await server.get("/style.css")
        #expect(style.status == 200 && style.header("Content-Type") == "text/css; charset=utf-8")
        #expect(!style.text.contains("<script"))
        let folder = try await server.get("/nl")
        #expect(folder.status == 301 && folder.header("Location") == "/nl/")
        let missing = try await server.get("/nl/nothing-here.html")
        #expect(missing.status == 404 && missing.header("Content-Type") == "text/html; charset=utf-8")
        #expect(missing.text.contains("Not found"))

        let get = try await server.get("/en/")
        let head = try await server.get("/en/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("Content-Length") == String(get.body.count))
        #expect(head.header("Content-Type") == "text/html; charset=utf-8")
        let post = try await server.get("/en/", method: "POST")
        #expect(post.status == 405)
        try await server.stop()
    }

    static let traversals = [
        "/../etc/passwd", "/nl/../../etc/passwd", "/nl/./index.html", "/..",
        "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/nl/%2e%2e%2f%2e%2e%2fetc/passwd",
        "/..%2fetc%2fpasswd", "/..%2Fetc", "/..%5cetc%5cpasswd", "/%5c..%5cetc", "/nl%00/index.html",
        "/..\\etc\\passwd", "/nl\\..\\index.html",
        "//etc/passwd", "/nl//index.html", "http://127.0.0.1/etc/passwd", "etc/passwd", "/%252e%252e/etc/passwd",
    ]

    @Test func everyTraversalFormIsRefused() async throws {
        let server = try await TestServer.start()
        for target in Self.traversals {
            let response = try await server.get(target)
            #expect([400, 404].contains(response.status), "\(target) gave \(response.status)")
            #expect(!response.text.contains("root:"), "\(target)")
        }
        // And the same forms as the path logic sees them, without the HTTP parser in between.
        for target in Self.traversals where target != "/%252e%252e/etc/passwd" {
            #expect(RequestPath(target: target) == .refused, "\(target)")
        }
        #expect(RequestPath(target: "/nl/?x=..") == .site(key: "nl/index.html", isFolder: true))
        #expect(RequestPath(target: "/style.css") == .site(key: "style.css", isFolder: false))
        try await server.stop()
    }

    @Test func aChangeRebuildsAndTellsOpenPagesToReload() async throws {
        let server = try await TestServer.start()
        let events = try await EventStream(port: server.port)
        let first = try await events.waitForBuild(after: 0)
        #expect(events.headers.lowercased().contains("content-type: text/event-stream"))

        try server.edit("site.yaml") { $0.replacingOccurrences(of: "en: \"Brugwerk IT privacy statement\"",
                                                                  with: "en: \"Brugwerk IT privacy statement, edited\"") }
        let second = try await events.waitForBuild(after: first)
        let page = try await server.get("/en/")
        #expect(page.status == 200)
        #expect(page.text.contains("Brugwerk IT privacy statement, edited"))
        #expect(page.text.contains("var b=\(second);"))
        try await server.stop()
    }

    @Test func aBrokenChangeShowsTheErrorsAndTheFixBringsThePageBack() async throws {
        let server = try await TestServer.start()
        let events = try await EventStream(port: server.port)
        let good = try await events.waitForBuild(after: 0)
        let original = try String(contentsOf: server.content.appendingPathComponent("activities.yaml"), encoding: .utf8)
        let lines = original.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("    purpose:") }) + 1

        // A typo with markup in it: the error page must show it as text.
        try server.edit("activities.yaml") { $0.replacingOccurrences(of: "\n    purpose:", with: "\n    purp<b>se:") }
        let broken = try await events.waitForBuild(after: good)
        let page = try await server.get("/en/")
        #expect(page.status == 500)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("Build failed"))
        #expect(page.text.contains("activities.yaml:\(line):5"), "\(page.text)")
        #expect(page.text.contains("purp&lt;b&gt;se"))
        #expect(!page.text.contains("purp<b>se"))
        #expect(page.text.contains("var b=\(broken);"))
        let style = try await server.get("/style.css")
        #expect(style.status == 200 && style.header("Content-Type") == "text/css; charset=utf-8")
        let state = await server.server.store.current
        #expect(state.isBroken && state.files["en/index.html"] != nil)

        try original.write(to: server.content.appendingPathComponent("activities.yaml"), atomically: true, encoding: .utf8)
        try await events.waitForBuild(after: broken)
        let back = try await server.get("/en/")
        #expect(back.status == 200)
        #expect(!back.text.contains("Build failed"))
        #expect(back.text.contains("<html lang=\"en\">"))
        try await server.stop()
    }

    @Test func aBurstOfSavesGivesOneRebuild() async throws {
        let server = try await TestServer.start()
        let before = await server.server.store.current.build
        for (index, file) in ["activities.yaml", "recipients.yaml", "cookies.yaml", "security.yaml", "sections.yaml"].enumerated() {
            try server.edit(file) { $0 + "\n# burst \(index)\n" }
        }
        let deadline = ContinuousClock.now + .seconds(8)
        while await server.server.store.current.build == before && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        // Several more poll intervals: no second rebuild may follow.
        try await Task.sleep(for: .milliseconds(600))
        #expect(await server.server.store.current.build == before + 1)
        try await server.stop()
    }

    @Test func boundedLoadCompletesWithoutErrors() async throws {
        let server = try await TestServer.start()
        let targets = ["/nl/", "/en/", "/style.css", "/", "/nl", "/nope"]
        let expected = [200, 200, 200, 200, 301, 404]
        let workers = 50, perWorker = 40
        let failures = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var failures: [String] = []
                    for request in 0..<perWorker {
                        let index = (worker + request) % targets.count
                        do {
                            let response = try await server.get(targets[index])
                            if response.status != expected[index] { failures.append("\(targets[index]): \(response.status)") }
                        } catch {
                            failures.append("\(targets[index]): \(error)")
                        }
                    }
                    return failures
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(workers * perWorker) requests failed: \(failures.prefix(5))")
        try await server.stop()
    }

    @Test func stoppingEndsOpenEventStreams() async throws {
        let server = try await TestServer.start()
        let events = try await EventStream(port: server.port)
        try await events.waitForBuild(after: 0)
        try await server.stop()
        #expect(await server.server.store.listenerCount == 0)
    }

    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let html = Data("<p>a</p></BODY></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: html, build: 7), as: UTF8.self)
        #expect(injected.hasPrefix("<p>a</p><script>"))
        #expect(injected.hasSuffix("</script>\n</BODY></html>"))
        #expect(injected.contains("var b=7;"))
        #expect(String(decoding: LiveReload.inject(into: Data("x".utf8), build: 1), as: UTF8.self).hasPrefix("x<script>"))
    }

    @Test func contentTypes() {
        #expect(ContentType.forPath("a/b.html") == "text/html; charset=utf-8")
        #expect(ContentType.forPath("feed.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.forPath("data.json") == "application/json")
        #expect(ContentType.forPath("logo.svg") == "image/svg+xml")
        #expect(ContentType.forPath("logo.png") == "image/png")
        #expect(ContentType.forPath("favicon.ico") == "image/x-icon")
        #expect(ContentType.forPath("robots.txt") == "text/plain; charset=utf-8")
        #expect(ContentType.forPath("a.b/file") == "application/octet-stream")
    }
}
