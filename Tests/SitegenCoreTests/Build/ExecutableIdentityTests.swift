import Foundation
import Testing
@testable import SitegenCore

@Suite struct ExecutableIdentityTests {
    /// A note section with another note first, then the GNU build ID.
    @Test func findsTheBuildIDAmongNotes() {
        var notes = Data()
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { notes.append(contentsOf: $0) } }
        append(4); append(16); append(1); notes.append(contentsOf: Array("GNU\0".utf8)); notes.append(Data(count: 16))
        append(4); append(4); append(3); notes.append(contentsOf: Array("GNU\0".utf8)); notes.append(contentsOf: [0xde, 0xad, 0xbe, 0xef])
        #expect(ExecutableIdentity.buildID(inNotes: notes) == "deadbeef")
        #expect(ExecutableIdentity.buildID(inNotes: notes.prefix(30)) == nil)
    }

    @Test func aFileThatIsNotELFHasNoBuildID() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("script.sh")
        try "#!/bin/sh\necho hello\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(ExecutableIdentity.gnuBuildID(ofExecutableAt: file.path) == nil)
    }

    #if os(Linux)
    /// Swift's linker on Linux writes a build ID; the cache keys use it, not the file's date.
    @Test func theRunningExecutableIsIdentifiedByItsBuildID() {
        let id = ExecutableIdentity.current
        #expect(id.hasPrefix("build-id:"))
        #expect(id.count >= "build-id:".count + 32)
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        #expect(id == "build-id:" + (ExecutableIdentity.gnuBuildID(ofExecutableAt: path) ?? ""))
    }
    #endif
}
