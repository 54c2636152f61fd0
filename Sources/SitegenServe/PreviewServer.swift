import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SitegenCore
import UnixSignals

/// `sitegen serve`: builds the site in memory, serves it, rebuilds when the sources change and
/// tells open pages to reload. It never writes a file.
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var contentFolder: String
        public var templatesFolder: String
        public var host: String
        /// 0 picks a free port; the one chosen is passed to `onReady`.
        public var port: Int
        public var pollInterval: Duration
        /// Stop gracefully on SIGINT and SIGTERM (off in tests, which stop the server themselves).
        public var handlesSignals: Bool
        /// Where rebuilds keep archived pages, the changelog and the revision index between
        /// saves; nil renders everything on every rebuild.
        public var cacheFolder: String?

        public init(contentFolder: String = "content", templatesFolder: String = "templates",
                    host: String = "127.0.0.1", port: Int = 8000,
                    pollInterval: Duration = .milliseconds(250), handlesSignals: Bool = true, cacheFolder: String? = nil) {
            self.contentFolder = contentFolder
            self.templatesFolder = templatesFolder
            self.host = host
            self.port = port
            self.pollInterval = pollInterval
            self.handlesSignals = handlesSignals
            self.cacheFolder = cacheFolder
        }
    }

    /// Where the server reports: results to `out`, problems to `err`.
    public struct Output: Sendable {
        public var out: @Sendable (String) -> Void
        public var err: @Sendable (String) -> Void

        public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
            self.out = out
            self.err = err
        }

        public static let silent = Output(out: { _ in }, err: { _ in })
    }

    public let configuration: Configuration
    public let store: SiteStore
    let output: Output

    public init(configuration: Configuration, output: Output) {
        self.configuration = configuration
        self.output = output
        self.store = SiteStore()
    }

    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Builds once, then serves until a signal (or `stop` on the returned group) ends it.
    /// `onReady` gets the port the server listens on.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let group = try await makeGroup(onReady: onReady)
        try await group.run()
    }

    /// The services of a running preview: the HTTP server and the watcher. Run it with `run()`
    /// and end it with `triggerGracefulShutdown()`.
    public func makeGroup(onReady: @escaping @Sendable (Int) async -> Void) async throws -> ServiceGroup {
        await rebuild(first: true)
        var logger = Logger(label: "sitegen-serve")
        logger.logLevel = .warning
        let host = configuration.host
        let app = Application(
            responder: PreviewResponder(store: store),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port),
                                                    serverName: "sitegen"),
            onServerRunning: { channel in
                await onReady(channel.localAddress?.port ?? 0)
            },
            logger: logger
        )
        // Services shut down in reverse order: the watcher first, which ends the live-reload streams,
        // so the server then has no open request to wait for.
        var configuration = ServiceGroupConfiguration(
            services: [app, ServiceWatcher(server: self)],
            gracefulShutdownSignals: self.configuration.handlesSignals ? [.sigint, .sigterm] : [],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        return ServiceGroup(configuration: configuration)
    }

    /// Renders the whole site in memory and publishes the result, good or bad.
    func rebuild(first: Bool = false) async {
        let started = ContinuousClock.now
        // A preview shows unpublished edits, marked as a draft on every page.
        var options = SiteBuild.Options(contentFolder: configuration.contentFolder,
                                        templatesFolder: configuration.templatesFolder, outputFolder: "", draft: true)
        options.cacheFolder = configuration.cacheFolder
        do {
            let result = try SiteBuild(options: options).renderFiles()
            await store.publish(files: result.files)
            let elapsed = started.duration(to: .now)
            let pages = result.files.count { $0.path.hasSuffix(".html") }
            output.out("\(first ? "Built" : "Rebuilt") \(pages) pages (\(result.files.count) files) in "
                + "\(Self.milliseconds(elapsed)) ms")
        } catch {
            await store.publish(failure: error)
            for diagnostic in error.sorted { output.err(diagnostic.description) }
            output.err("error: build failed with \(error.errorCount) error\(error.errorCount == 1 ? "" : "s"); "
                + "the last good pages stay served")
        }
    }

    func watch() async {
        let watcher = FolderWatcher(folders: [configuration.contentFolder, configuration.templatesFolder],
                                    interval: configuration.pollInterval)
        let heartbeatEvery = max(1, Int(Duration.seconds(15) / configuration.pollInterval))
        let ticks = TickCounter()
        await watcher.watch(onChange: {
            await rebuild()
        }, onTick: {
            if await ticks.next() % heartbeatEvery == 0 { await store.heartbeat() }
        })
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

private actor TickCounter {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}

/// Runs the watcher until shutdown, then closes the live-reload streams.
private struct ServiceWatcher: Service {
    let server: PreviewServer

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await server.watch()
        }
        await server.store.close()
    }
}
