import Foundation

/// Wall time per stage of a build, for `sitegen build --profile`: where a slow build spends its
/// time, without a profiler. A stage measured many times (once per archived page, on every core)
/// is summed, so its total can exceed the build's wall time.
public final class BuildProfile: @unchecked Sendable {
    public struct Stage: Sendable {
        public let name: String
        public var milliseconds: Double
        public var count: Int
    }

    private var recorded: [Stage] = []
    private let lock = NSLock()

    public init() {}

    /// In the order each stage first started.
    public var stages: [Stage] { lock.withLock { recorded } }

    /// Runs `work` and records how long it took under `name`.
    func measure<Value, Failure: Error>(_ name: String, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        let start = ContinuousClock.now
        defer {
            let elapsed = start.duration(to: .now)
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            lock.withLock {
                if let index = recorded.firstIndex(where: { $0.name == name }) {
                    recorded[index].milliseconds += milliseconds
                    recorded[index].count += 1
                } else {
                    recorded.append(Stage(name: name, milliseconds: milliseconds, count: 1))
                }
            }
        }
        return try work()
    }
}

extension Optional where Wrapped == BuildProfile {
    /// Times `work` when profiling, and only runs it otherwise.
    func measure<Value, Failure: Error>(_ name: String, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        switch self {
        case .some(let profile): return try profile.measure(name, work)
        case .none: return try work()
        }
    }
}
