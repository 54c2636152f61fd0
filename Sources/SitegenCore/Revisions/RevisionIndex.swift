import Foundation

/// What earlier builds learnt about the frozen revisions, kept in one file of the build cache:
/// each `revision.yaml` as parsed, and which frozen statements passed their hash check.
///
/// Both are remembered under a file's stamp (size, inode, modification and change times), so
/// any edit, checkout or copy of the file makes it miss and the file is read and checked again.
/// A manifest whose stamp changed but whose bytes did not (a fresh clone with a restored cache)
/// is found again by its hash.
/// `sitegen check` never uses the index: it parses and hashes everything.
public final class RevisionIndex: @unchecked Sendable {
    struct Stored: Codable {
        var version = RevisionIndex.version
        var manifests: [String: Entry] = [:]
        var verified: [String] = []
    }

    struct Entry: Codable {
        var stamp: String
        /// SHA-256 of the file, so a fresh checkout (new inodes, new times) with a restored cache
        /// still finds the manifest without parsing it.
        var contentHash: String
        var manifest: RevisionManifest
    }

    static let version = 2

    let file: URL
    private let lock = NSLock()
    private var stored: Stored
    private var usedManifests = Set<String>()
    private var usedVerified = Set<String>()
    private var verified: Set<String>
    private var changed = false

    /// The index in `file`; an unreadable or older index is simply empty.
    public init(file: URL) {
        self.file = file
        let decoded = FileSystem.contents(file.path).flatMap { try? JSONDecoder().decode(Stored.self, from: $0) }
        stored = decoded?.version == Self.version ? decoded! : Stored()
        verified = Set(stored.verified)
    }

    /// The parsed manifest at `path`, if the file is exactly as when it was parsed.
    func manifest(at path: String, stamp: String) -> RevisionManifest? {
        manifest(at: path) { $0.stamp == stamp }
    }

    /// The parsed manifest at `path`, if its bytes are the ones that were parsed.
    func manifest(at path: String, contentHash: String) -> RevisionManifest? {
        manifest(at: path) { $0.contentHash == contentHash }
    }

    private func manifest(at path: String, if matches: (Entry) -> Bool) -> RevisionManifest? {
        lock.withLock {
            guard let entry = stored.manifests[path], matches(entry) else { return nil }
            usedManifests.insert(path)
            return entry.manifest
        }
    }

    func remember(_ manifest: RevisionManifest, at path: String, stamp: String, contentHash: String) {
        lock.withLock {
            stored.manifests[path] = Entry(stamp: stamp, contentHash: contentHash, manifest: manifest)
            usedManifests.insert(path)
            changed = true
        }
    }

    /// Whether a file with this stamp and expected hash passed the hash check before.
    func isVerified(_ stamp: String) -> Bool {
        lock.withLock {
            guard verified.contains(stamp) else { return false }
            usedVerified.insert(stamp)
            return true
        }
    }

    func markVerified(_ stamp: String) {
        lock.withLock {
            verified.insert(stamp)
            usedVerified.insert(stamp)
            changed = true
        }
    }

    /// Writes the index, keeping only what this build used, so it never outgrows the history.
    public func save() {
        let data: Data? = lock.withLock {
            let pruned = usedManifests.count != stored.manifests.count || usedVerified.count != verified.count
            guard changed || pruned else { return nil }
            stored.manifests = stored.manifests.filter { usedManifests.contains($0.key) }
            stored.verified = usedVerified.sorted()
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return try? encoder.encode(stored)
        }
        guard let data else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }
}
