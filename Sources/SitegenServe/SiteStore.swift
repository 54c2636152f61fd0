import Foundation
import SitegenCore

/// What the preview server serves: the files of the last good build, the problems of the latest
/// build (empty when it succeeded), and a counter that goes up with every rebuild.
public struct SiteState: Sendable {
    public var files: [String: Data] = [:]
    public var diagnostics: [Diagnostic] = []
    public var build = 0

    public var isBroken: Bool { !diagnostics.isEmpty }
}

/// One message on the live-reload stream.
enum ReloadEvent: Sendable, Equatable {
    case build(Int)
    case heartbeat
}

/// The in-memory site and everyone listening for rebuilds. Nothing here touches the disk.
public actor SiteStore {
    private var state = SiteState()
    private var listeners: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var closed = false

    public init() {}

    public var current: SiteState { state }

    /// A good build replaces every file and clears the problems.
    public func publish(files: [OutputFile]) {
        state.files = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
        state.diagnostics = []
        state.build += 1
        broadcast(.build(state.build))
    }

    /// A failed build keeps the last good files and records why it failed.
    public func publish(failure: DiagnosticList) {
        state.diagnostics = failure.sorted
        state.build += 1
        broadcast(.build(state.build))
    }

    /// Events for one live-reload connection, starting with the current build; nil once closed.
    func subscribe() -> AsyncStream<ReloadEvent>? {
        guard !closed else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self,
                                                            bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(id) }
        }
        listeners[id] = continuation
        continuation.yield(.build(state.build))
        return stream
    }

    var listenerCount: Int { listeners.count }

    /// Keeps idle connections alive and lets the server notice browsers that went away.
    func heartbeat() {
        broadcast(.heartbeat)
    }

    /// Ends every live-reload stream so the server can shut down without waiting for browsers.
    public func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    private func broadcast(_ event: ReloadEvent) {
        for continuation in listeners.values { continuation.yield(event) }
    }
}
