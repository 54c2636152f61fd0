import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations a build does thousands of times, as single system calls.
///
/// FileManager answers `attributesOfItem` or `contents(atPath:)` with several calls each (stat,
/// extended attributes, seeks); with ten thousand files per build that was most of the writing.
enum FileSystem {
    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int
        let isDirectory: Bool
        let isRegularFile: Bool
    }

    /// What is at `path`, without following a symbolic link.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                        isDirectory: type == S_IFDIR, isRegularFile: type == S_IFREG)
    }

    /// Size, inode, and modification and change times of a file: any write, checkout or copy
    /// changes at least one, so work remembered under a stamp is redone after an edit.
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        return "\(info.st_size)|\(info.st_dev)|\(info.st_ino)|\(modified.tv_sec).\(modified.tv_nsec)|\(changed.tv_sec).\(changed.tv_nsec)"
    }

    /// Whether the regular file at `path` holds exactly `data`.
    static func holds(_ path: String, exactly data: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == data.count else { return false }
        if data.isEmpty { return true }
        // One byte more than expected, so a file that grew since the stat is noticed.
        var buffer = [UInt8](repeating: 0, count: data.count + 1)
        let count = buffer.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
        guard count == data.count else { return false }
        return data.withUnsafeBytes { expected in
            buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress!, data.count) == 0 }
        }
    }

    /// The whole file, or nil when it cannot be read.
    static func contents(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var data = Data(count: Int(info.st_size) + 1)
        let count = data.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
        guard count >= 0 else { return nil }
        if count == Int(info.st_size) {
            data.removeLast()
            return data
        }
        // The file changed size while being read: fall back to reading it whole.
        return FileManager.default.contents(atPath: path)
    }

    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var total = 0
        while total < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    /// Creates a new file (never writing into an existing one, which may be hard-linked elsewhere).
    static func create(_ path: String, _ data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create", path) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { bytes -> Int in
            var total = 0
            while total < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + total, bytes.count - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                total += count
            }
            return total
        }
        guard written == data.count else { throw failure("write", path) }
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("create the folder", path) }
    }

    static func hardLink(_ existing: String, _ new: String) -> Bool {
        link(existing, new) == 0
    }

    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("remove", path) }
    }

    /// Every entry under `root`, relative to it: files (anything that is not a folder) and folders.
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(absolute) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    isFolder = identity(root + "/" + child)?.isDirectory ?? false
                }
                if isFolder {
                    folders.append(child)
                    pending.append(child)
                } else {
                    files.append(child)
                }
            }
        }
        return (files, folders)
    }

    private static func failure(_ action: String, _ path: String) -> SiteWriter.WriteError {
        SiteWriter.WriteError(description: "could not \(action) \(path): \(String(cString: strerror(errno)))")
    }
}
