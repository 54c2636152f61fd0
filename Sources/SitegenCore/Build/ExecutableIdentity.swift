import Foundation

/// What identifies the running sitegen's code, for cache keys: a page rendered by other code may
/// differ, so a rebuilt sitegen must miss the cache.
///
/// On Linux this is the GNU build ID the linker writes into the executable, a hash of what it
/// linked: the same sources and toolchain give the same ID, so a cache restored in a fresh CI
/// checkout still hits when sitegen's code is unchanged. Where there is none, the executable's
/// path, size and modification time stand in, which a rebuild always changes.
enum ExecutableIdentity {
    static let current: String = {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let executable = FileManager.default.fileExists(atPath: path) ? path : (Bundle.main.executablePath ?? "")
        if let id = gnuBuildID(ofExecutableAt: executable) { return "build-id:" + id }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(executable)|\(size)|\(modified)"
    }()

    /// The `NT_GNU_BUILD_ID` note of a 64-bit little-endian ELF file, as hex; nil for anything else.
    static func gnuBuildID(ofExecutableAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        func read(_ offset: UInt64, _ count: Int) -> Data? {
            guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.read(upToCount: count),
                  data.count == count else { return nil }
            return data
        }
        // ELF64 header: magic, class 2 (64-bit), data 1 (little-endian); program headers at e_phoff.
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1
        else { return nil }
        let programHeaders = header.integer(at: 0x20, as: UInt64.self)
        let entrySize = Int(header.integer(at: 0x36, as: UInt16.self)), entries = Int(header.integer(at: 0x38, as: UInt16.self))
        guard entrySize >= 56, entries > 0, entries < 256, let table = read(programHeaders, entrySize * entries) else { return nil }
        for index in 0..<entries {
            let base = index * entrySize
            guard table.integer(at: base, as: UInt32.self) == 4 else { continue }  // PT_NOTE
            let offset = table.integer(at: base + 0x08, as: UInt64.self), size = table.integer(at: base + 0x20, as: UInt64.self)
            guard size < 1 << 20, let notes = read(offset, Int(size)) else { continue }
            if let id = buildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// Walks ELF notes (name size, descriptor size, type, then both padded to 4 bytes).
    static func buildID(inNotes notes: Data) -> String? {
        var position = 0
        while position + 12 <= notes.count {
            let nameSize = Int(notes.integer(at: position, as: UInt32.self))
            let descriptorSize = Int(notes.integer(at: position + 4, as: UInt32.self))
            let type = notes.integer(at: position + 8, as: UInt32.self)
            let descriptor = position + 12 + (nameSize + 3) & ~3
            guard descriptor + descriptorSize <= notes.count else { return nil }
            let name = notes.subdata(in: notes.startIndex + position + 12..<notes.startIndex + position + 12 + nameSize)
            if type == 3, name == Data("GNU\0".utf8), descriptorSize > 0 {  // NT_GNU_BUILD_ID
                return SHA256.hexDigits(notes[(notes.startIndex + descriptor)..<(notes.startIndex + descriptor + descriptorSize)])
            }
            position = descriptor + (descriptorSize + 3) & ~3
        }
        return nil
    }
}

private extension Data {
    /// A little-endian integer at a byte offset.
    func integer<Integer: FixedWidthInteger>(at offset: Int, as: Integer.Type) -> Integer {
        var value: Integer = 0
        for byte in (0..<MemoryLayout<Integer>.size).reversed() {
            value = value << 8 | Integer(self[startIndex + offset + byte])
        }
        return value
    }
}
