#if canImport(Glibc)
import Glibc
import Foundation

/// Change notifications from the Linux kernel for every folder below some folders.
///
/// Polling finds a save only at the next poll, and stat-ing a long revision history many times a
/// second costs more than the rebuild itself; inotify reports the save at once, so the preview
/// shows an edit within a rebuild's time. Returns nil where inotify is unavailable.
final class InotifyWatch: @unchecked Sendable {
    private let descriptor: Int32
    private let folders: [String]
    private let lock = NSLock()
    private var changes = 0
    private var closed = false

    init?(folders: [String]) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.folders = folders
        addWatches()
    }

    /// Watches every folder below the roots; called again after a change, so new folders (a new
    /// revision) are watched too. Adding an existing watch again is harmless.
    private func addWatches() {
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        for root in folders {
            var stack = [root]
            while let folder = stack.popLast() {
                _ = inotify_add_watch(descriptor, folder, mask)
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                for entry in entries where !entry.hasPrefix(".") {
                    let path = (folder as NSString).appendingPathComponent(entry)
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                        stack.append(path)
                    }
                }
            }
        }
    }

    /// How many batches of events have arrived so far; it only grows.
    var changeCount: Int { lock.withLock { changes } }

    /// Waits for events on a thread of its own and yields once per batch. The wait wakes every
    /// 200 ms to notice `close()`, since closing a descriptor does not end a read blocked on it.
    func events() -> AsyncStream<Void> {
        AsyncStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
            let thread = Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while !lock.withLock({ closed }) {
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    guard poll(&waiting, 1, 200) > 0 else { continue }
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count <= 0 { continue }
                    lock.withLock { changes += 1 }
                    addWatches()
                    continuation.yield()
                }
                continuation.finish()
            }
            thread.start()
        }
    }

    /// Stops the reading thread; the descriptor is closed once nothing can read it any more.
    func close() {
        lock.withLock { closed = true }
    }

    deinit { _ = Glibc.close(descriptor) }
}
#endif
