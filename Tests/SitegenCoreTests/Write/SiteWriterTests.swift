import Foundation
import Testing
@testable import SitegenCore

@Suite struct SiteWriterTests {
    @Test func writesEveryFileAndReplacesTheOldSite() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        try writer.write([OutputFile(path: "old.html", text: "old"), OutputFile(path: "nl/index.html", text: "v1")])
        try writer.write([OutputFile(path: "nl/index.html", text: "v2"), OutputFile(path: "style.css", text: "css")])
        #expect(Project.snapshot(of: output) == ["nl/index.html": Data("v2".utf8), "style.css": Data("css".utf8)])
        // No staging or moved-aside folder is left beside the site.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    @Test func aFailedWriteLeavesThePreviousSiteExactlyAsItWas() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        try writer.write([OutputFile(path: "index.html", text: "good")])
        let before = Project.snapshot(of: output)
        // The second file cannot be written (its path leaves the site), after the first one was.
        #expect(throws: SiteWriter.WriteError.self) {
            try writer.write([OutputFile(path: "a.html", text: "new"), OutputFile(path: "../escape.html", text: "x")])
        }
        #expect(Project.snapshot(of: output) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    /// A build killed between moving the old site aside and moving the new one in leaves the old
    /// site under a hidden name; the next run puts it back before anything else.
    @Test func anInterruptedSwapIsRepairedByTheNextRun() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        try writer.write([OutputFile(path: "index.html", text: "good")])
        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent(".site.previous-123-abc"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".site.staging-123-abc"),
                                                withIntermediateDirectories: false)
        writer.removeLeftovers()
        #expect(Project.snapshot(of: output) == ["index.html": Data("good".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    /// A page that did not change is linked from the current site rather than written again; a
    /// page that did change gets its new bytes, and the old site is never written to.
    @Test func unchangedFilesAreLinkedAndChangedOnesWritten() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output)
        try writer.write([OutputFile(path: "same.html", text: "same"), OutputFile(path: "new.html", text: "v1")])
        let inode = { (name: String) in
            (try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.systemFileNumber] as? NSNumber)?.intValue
        }
        let sameBefore = try inode("same.html"), newBefore = try inode("new.html")
        try writer.write([OutputFile(path: "same.html", text: "same"), OutputFile(path: "new.html", text: "v2")])
        #expect(try inode("same.html") == sameBefore)
        #expect(try inode("new.html") != newBefore)
        #expect(Project.snapshot(of: output) == ["same.html": Data("same".utf8), "new.html": Data("v2".utf8)])
    }

    /// With a spare folder, the site a build replaced becomes the next staging folder: whatever it
    /// held, the new site holds exactly the new files, and the site it replaced is kept as the spare.
    @Test func theReplacedSiteIsReusedAsTheNextStagingFolder() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let spare = folder.appendingPathComponent(".site.cache/spare")
        let writer = SiteWriter(output: output, spare: spare)
        let generations: [[String: String]] = [
            ["a/b/page.html": "1", "gone/x.html": "1", "same.html": "s", "becomes-folder": "file"],
            ["a/b/page.html": "2", "same.html": "s", "becomes-folder": "file", "new/y.html": "2"],
            ["a/b/page.html": "3", "same.html": "s", "becomes-folder/inside.html": "3", "a/b": ""].filter { $0.key != "a/b" },
            ["a/b": "now a file", "same.html": "s"],
            ["a/b/page.html": "5", "gone/x.html": "5"],
        ]
        var previous: [String: Data]?
        for generation in generations {
            try writer.write(generation.map { OutputFile(path: $0.key, text: $0.value) }.sorted { $0.path < $1.path })
            #expect(Project.snapshot(of: output) == generation.mapValues { Data($0.utf8) })
            if let previous { #expect(Project.snapshot(of: spare) == previous) }
            previous = generation.mapValues { Data($0.utf8) }
        }
        // Nothing but the site and its cache folder is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".site.cache", "site"])
    }

    /// The spare shares unchanged files with the site by hard links: writing a new version of a
    /// page must never change the file the current site serves.
    @Test func reusingTheSpareNeverWritesIntoTheCurrentSitesFiles() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output, spare: folder.appendingPathComponent(".site.cache/spare"))
        try writer.write([OutputFile(path: "page.html", text: "v1")])
        try writer.write([OutputFile(path: "page.html", text: "v1")])
        let served = try FileHandle(forReadingFrom: output.appendingPathComponent("page.html"))
        defer { try? served.close() }
        try writer.write([OutputFile(path: "page.html", text: "v2")])
        #expect(String(decoding: try served.readToEnd() ?? Data(), as: UTF8.self) == "v1")
        #expect(Project.snapshot(of: output) == ["page.html": Data("v2".utf8)])
    }

    /// A file of the site edited in place also changes the spare's copy (they are one inode):
    /// the next write notices the bytes differ and creates the file anew in both.
    @Test func aSiteFileEditedInPlaceIsWrittenAgain() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let writer = SiteWriter(output: output, spare: folder.appendingPathComponent(".site.cache/spare"))
        let files = [OutputFile(path: "nl/2025-03-01/index.html", text: "published"), OutputFile(path: "style.css", text: "css")]
        try writer.write(files)
        try writer.write(files)
        let page = try FileHandle(forWritingTo: output.appendingPathComponent("nl/2025-03-01/index.html"))
        try page.seekToEnd()
        try page.write(contentsOf: Data("<script>evil()</script>".utf8))
        try page.close()
        try writer.write(files)
        #expect(Project.snapshot(of: output) == ["nl/2025-03-01/index.html": Data("published".utf8), "style.css": Data("css".utf8)])
    }
}
