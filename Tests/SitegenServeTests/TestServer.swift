import Foundation
import ServiceLifecycle
@testable import SitegenServe

/// A preview server on a free port, serving a copy of the demo project in a temporary folder.
final class TestServer: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    let server: PreviewServer
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    var content: URL { folder.appendingPathComponent("content") }

    private init(folder: URL, server: PreviewServer, port: Int, group: ServiceGroup, running: Task<Void, any Error>) {
        self.folder = folder
        self.server = server
        self.port = port
        self.group = group
        self.running = running
    }

    static func start() async throws -> TestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for part in ["content", "templates"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(part),
                                             to: folder.appendingPathComponent(part))
        }
        let server = PreviewServer(
            configuration: .init(contentFolder: folder.appendingPathComponent("content").path,
                                 templatesFolder: folder.appendingPathComponent("templates").path,
                                 port: 0, pollInterval: .milliseconds(100), handlesSignals: false),
            output: .silent
        )
        let (ports, reporter) = AsyncStream.makeStream(of: Int.self)
        let group = try await server.makeGroup { port in reporter.yield(port) }
        let running = Task { try await group.run() }
        // Bounded wait for the port: the server is up or the test fails.
        let port = await withTaskGroup(of: Int?.self) { tasks in
            tasks.addTask { await ports.first { _ in true } }
            tasks.addTask {
                try? await Task.sleep(for: .seconds(10))
                return nil
            }
            let first = await tasks.next() ?? nil
            tasks.cancelAll()
            reporter.finish()
            return first
        }
        guard let port, port > 0 else {
            running.cancel()
            throw RawHTTPError(description: "the server did not start")
        }
        return TestServer(folder: folder, server: server, port: port, group: group, running: running)
    }

    func get(_ target: String, method: String = "GET") async throws -> RawResponse {
        try await RawHTTP.request(port: port, target, method: method)
    }

    /// Polls until `condition` holds for the response to `target`, for at most `timeout`.
    func waitFor(_ target: String, timeout: Duration = .seconds(8),
                 _ condition: (RawResponse) -> Bool) async throws -> RawResponse {
        let deadline = ContinuousClock.now + timeout
        while true {
            let response = try await get(target)
            if condition(response) || ContinuousClock.now > deadline { return response }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    func edit(_ file: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    func stop() async throws {
        await group.triggerGracefulShutdown()
        // The shutdown is bounded by the group's own maximum graceful shutdown duration.
        try await running.value
        try? FileManager.default.removeItem(at: folder)
    }
}
