import Foundation

/// Writes a site so that readers and deploy scripts only ever see a complete one.
///
/// Every file goes into a staging folder beside the output folder (same file system, so the
/// final renames are atomic). Only when all are written is the old folder moved aside and the
/// new one moved in. A failure at any point before that leaves the old site exactly as it was;
/// leftovers of an interrupted run are cleaned up by the next one.
public struct SiteWriter: Sendable {
    public let output: URL
    /// Where the site a build replaced is kept, to become the next build's staging folder. Its
    /// folders already exist and most of its files are the right ones, so a build with a long
    /// history changes a few entries instead of creating thousands of folders and files anew.
    public let spare: URL?

    public init(output: URL, spare: URL? = nil) {
        self.output = output.standardizedFileURL
        self.spare = spare?.standardizedFileURL
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
            for file in files { _ = try Self.destination(of: file.path, in: staging) }
            if let spare, FileSystem.identity(spare.path)?.isDirectory == true, rename(spare.path, staging.path) == 0 {
                // Reused: fixed up below to hold exactly the new files.
            } else {
                try FileSystem.makeDirectory(staging.path)
            }
            try fill(staging.path, with: files)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw WriteError(description: "could not write the new site (\(error)); \(name)/ is unchanged")
        }
        try swapIn(staging, token: token)
    }

    /// Makes `staging` hold exactly `files`: what it has that the site no longer needs goes, folders
    /// are made, and each file is kept, linked from the current site or written.
    func fill(_ staging: String, with files: [OutputFile]) throws {
        let wantedFiles = Set(files.map(\.path))
        var wantedFolders = Set<String>()
        for file in files {
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !wantedFolders.insert(String(folder)).inserted { break }
            }
        }
        let existing = FileSystem.walk(staging)
        for file in existing.files where !wantedFiles.contains(file) {
            try FileSystem.remove(staging + "/" + file)
        }
        // Deepest first, so each folder is empty when its turn comes.
        for folder in existing.folders.sorted(by: { $0.count > $1.count }) where !wantedFolders.contains(folder) {
            if rmdir(staging + "/" + folder) != 0 { try FileManager.default.removeItem(atPath: staging + "/" + folder) }
        }
        let present = Set(existing.folders)
        for folder in wantedFolders.subtracting(present).sorted(by: { $0.count < $1.count }) {
            try FileSystem.makeDirectory(staging + "/" + folder)
        }
        // Thousands of small files with a long history: placed on every core.
        let current = output.path
        let failures = Parallel.map(files) { file -> String? in
            do {
                try Self.place(file, at: staging + "/" + file.path, current: current + "/" + file.path)
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw WriteError(description: failure) }
    }

    /// One file into the staging folder. When the current site holds the same bytes, the staging
    /// folder gets a hard link to that file (if it does not have it already): the current site is
    /// only read and stays whole until the swap. Otherwise a new file is created, never written
    /// into an existing one, which may be linked from the current site.
    static func place(_ file: OutputFile, at target: String, current: String) throws {
        let targetIdentity = FileSystem.identity(target)
        if let currentIdentity = FileSystem.identity(current), currentIdentity.isRegularFile,
           FileSystem.holds(current, exactly: file.data) {
            if targetIdentity == currentIdentity { return }
            if targetIdentity != nil { try FileSystem.remove(target) }
            if !FileSystem.hardLink(current, target) { try FileSystem.create(target, file.data) }
            return
        }
        if let targetIdentity {
            if targetIdentity.isRegularFile, FileSystem.holds(target, exactly: file.data) { return }
            try FileSystem.remove(target)
        }
        try FileSystem.create(target, file.data)
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
        let hadSite = FileSystem.identity(output.path) != nil
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
        guard hadSite else { return }
        if let spare {
            try? fileManager.removeItem(at: spare)
            try? fileManager.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
            if (try? fileManager.moveItem(at: previous, to: spare)) != nil { return }
        }
        try? fileManager.removeItem(at: previous)
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
