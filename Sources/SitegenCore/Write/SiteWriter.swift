import Foundation

/// Writes a site so that readers and deploy scripts only ever see a complete one.
///
/// Every file goes into a staging folder beside the output folder (same file system, so the
/// final renames are atomic). Only when all are written is the old folder moved aside and the
/// new one moved in. A failure at any point before that leaves the old site exactly as it was;
/// leftovers of an interrupted run are cleaned up by the next one.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    var parent: URL { output.deletingLastPathComponent() }
    var name: String { output.lastPathComponent }
    var stagingPrefix: String { ".\(name).staging-" }
    var previousPrefix: String { ".\(name).previous-" }

    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(stagingPrefix + token)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            let targets = try files.map { try Self.destination(of: $0.path, in: staging) }
            for folder in Set(targets.map { $0.deletingLastPathComponent().path }).sorted() {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            // Thousands of small files with a long history: written on every core. A file the current
            // site already holds with the same bytes is hard-linked from it instead: the old site is
            // only read, stays whole until the swap, and creating fresh inodes for thousands of
            // unchanged pages cost more than the rest of a build.
            let previous = output
            let failures = Parallel.map(Array(zip(files, targets))) { file, target -> String? in
                if Self.linkUnchanged(file, from: previous, to: target) { return nil }
                do {
                    try file.data.write(to: target)
                    return nil
                } catch {
                    return "\(file.path): \(error.localizedDescription)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteError(description: failure) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw WriteError(description: "could not write the new site (\(error.localizedDescription)); \(name)/ is unchanged")
        }
        try swapIn(staging, token: token)
    }

    /// Links `target` to the current site's file of the same path when its bytes are the same.
    static func linkUnchanged(_ file: OutputFile, from site: URL, to target: URL) -> Bool {
        guard let existing = try? destination(of: file.path, in: site),
              let attributes = try? FileManager.default.attributesOfItem(atPath: existing.path),
              (attributes[.size] as? NSNumber)?.intValue == file.data.count,
              (attributes[.type] as? FileAttributeType) == .typeRegular,
              FileManager.default.contents(atPath: existing.path) == file.data
        else { return false }
        return link(existing.path, target.path) == 0
    }

    /// A path from the renderer must stay inside the site folder.
    static func destination(of path: String, in folder: URL) throws -> URL {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw WriteError(description: "refusing to write `\(path)` outside the site folder")
        }
        return parts.reduce(folder) { $0.appendingPathComponent(String($1)) }
    }

    private func swapIn(_ staging: URL, token: String) throws {
        let fileManager = FileManager.default
        let previous = parent.appendingPathComponent(previousPrefix + token)
        let hadSite = fileManager.fileExists(atPath: output.path)
        if hadSite {
            do {
                try fileManager.moveItem(at: output, to: previous)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw WriteError(description: "could not move the old \(name)/ aside: \(error.localizedDescription)")
            }
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if hadSite { try? fileManager.moveItem(at: previous, to: output) }
            try? fileManager.removeItem(at: staging)
            throw WriteError(description: "could not move the new site into place: \(error.localizedDescription)")
        }
        if hadSite { try? fileManager.removeItem(at: previous) }
    }

    /// Staging folders of interrupted builds are removed; a moved-aside site whose replacement
    /// never arrived is put back first.
    func removeLeftovers() {
        let fileManager = FileManager.default
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries.sorted() {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(stagingPrefix) {
                try? fileManager.removeItem(at: url)
            } else if entry.hasPrefix(previousPrefix) {
                if !fileManager.fileExists(atPath: output.path) {
                    try? fileManager.moveItem(at: url, to: output)
                } else {
                    try? fileManager.removeItem(at: url)
                }
            }
        }
    }
}
