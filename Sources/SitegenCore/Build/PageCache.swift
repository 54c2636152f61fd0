import Foundation

/// Rendered pages of published revisions, kept between builds.
///
/// A published revision never changes, so its page need not be rendered again on every build.
/// An entry is found by a SHA-256 of everything the page is made from — the frozen statement's
/// hash, the templates, the site settings, the page's place in the history, and the sitegen
/// executable's build ID — so a change to any of them simply misses, and a stale page is never served.
public struct PageCache: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The cache beside an output folder: `site/` keeps its cache in `.site.cache/`.
    public static func beside(output: URL) -> PageCache {
        let output = output.standardizedFileURL
        return PageCache(folder: output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache"))
    }

    /// A separate folder for one kind of entry, pruned on its own.
    public func part(_ name: String) -> PageCache {
        PageCache(folder: folder.appendingPathComponent(name))
    }

    /// A value as JSON with sorted keys, for a key part: the same value gives the same text in
    /// every process.
    static func canonicalJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // A random text makes an unencodable value miss rather than collide.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? UUID().uuidString
    }

    public static func key(_ parts: [String]) -> String {
        SHA256.hex((["sitegen-page-cache-v1", ExecutableIdentity.current] + parts).joined(separator: "\u{1F}"))
    }

    func url(_ key: String) -> URL { folder.appendingPathComponent(key) }

    public func read(_ key: String) -> Data? {
        FileSystem.contents(url(key).path)
    }

    /// Written under a temporary name and renamed, so an interrupted build never leaves half an
    /// entry behind. (Not `Data.write(options: .atomic)`, which took most of a cold build's
    /// writing time for thousands of entries.)
    public func write(_ key: String, _ data: Data) {
        let target = url(key).path
        let temporary = folder.appendingPathComponent(".\(key).\(UUID().uuidString)").path
        do {
            do {
                try FileSystem.create(temporary, data)
            } catch {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FileSystem.create(temporary, data)
            }
            if rename(temporary, target) != 0 { try FileSystem.remove(temporary) }
        } catch {
            try? FileSystem.remove(temporary)
        }
    }

    /// Removes entries no page of this build used: the cache never outgrows the site.
    public func prune(keeping keys: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !keys.contains(name) {
            try? FileManager.default.removeItem(at: url(name))
        }
    }
}
