import Foundation

/// The modification time and size of every file and folder below some folders. Two snapshots
/// differ when anything was saved, added, removed or renamed.
struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let modified: Double
        let size: Int
    }

    let stamps: [String: Stamp]

    static func take(_ folders: [String]) -> FolderSnapshot {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            let root = URL(fileURLWithPath: folder, isDirectory: true)
            if let stamp = stamp(of: root, keys: keys) { stamps[root.path] = stamp }
            // Hidden files (editor swap files, .DS_Store) are skipped; the build ignores them too.
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys,
                                                                  options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                if let stamp = stamp(of: url, keys: keys) { stamps[url.path] = stamp }
            }
        }
        return FolderSnapshot(stamps: stamps)
    }

    private static func stamp(of url: URL, keys: [URLResourceKey]) -> Stamp? {
        guard let values = try? url.resourceValues(forKeys: Set(keys)) else { return nil }
        return Stamp(modified: values.contentModificationDate?.timeIntervalSinceReferenceDate ?? 0,
                     size: values.fileSize ?? 0)
    }
}

/// Polls folders and reports each burst of changes once, after the folders stayed still for one
/// more interval, so an editor saving five files gives one rebuild.
struct FolderWatcher: Sendable {
    let folders: [String]
    let interval: Duration

    /// How long the folders must stay still before a burst of kernel events counts as settled.
    static let quiet = Duration.milliseconds(20)

    /// Calls `onChange` after every settled burst of changes; returns when the task is cancelled.
    /// Uses the kernel's notifications where there are any, and polls otherwise.
    func watch(onChange: @escaping @Sendable () async -> Void, onTick: @escaping @Sendable () async -> Void = {}) async {
        #if canImport(Glibc)
        if let inotify = InotifyWatch(folders: folders) {
            await watch(inotify, onChange: onChange, onTick: onTick)
            return
        }
        #endif
        await poll(onChange: onChange, onTick: onTick)
    }

    #if canImport(Glibc)
    private func watch(_ inotify: InotifyWatch, onChange: @escaping @Sendable () async -> Void,
                       onTick: @escaping @Sendable () async -> Void) async {
        let interval = self.interval
        await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        guard (try? await Task.sleep(for: interval)) != nil else { return }
                        await onTick()
                    }
                }
                group.addTask {
                    var handled = 0
                    for await _ in inotify.events() {
                        // A signal left over from a burst that was already rebuilt is not a change.
                        guard inotify.changeCount != handled else { continue }
                        // Wait for the burst to end: no new events for a short quiet spell.
                        var seen = inotify.changeCount
                        while true {
                            guard (try? await Task.sleep(for: Self.quiet)) != nil else { return }
                            let now = inotify.changeCount
                            if now == seen { break }
                            seen = now
                        }
                        handled = seen
                        await onChange()
                    }
                }
                await group.next()
                group.cancelAll()
            }
        } onCancel: {
            inotify.close()
        }
    }
    #endif

    private func poll(onChange: @Sendable () async -> Void, onTick: @Sendable () async -> Void) async {
        var last = FolderSnapshot.take(folders)
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: interval)) != nil else { return }
            await onTick()
            var current = FolderSnapshot.take(folders)
            guard current != last else { continue }
            // Wait for the burst to end: the folders must look the same twice in a row.
            while true {
                guard (try? await Task.sleep(for: interval)) != nil else { return }
                let next = FolderSnapshot.take(folders)
                if next == current { break }
                current = next
            }
            last = current
            await onChange()
        }
    }
}
