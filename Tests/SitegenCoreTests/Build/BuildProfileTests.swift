import Foundation
import Testing
@testable import SitegenCore

@Suite struct BuildProfileTests {
    @Test func stagesMeasuredManyTimesAreSummedInTheOrderTheyFirstRan() {
        let profile = BuildProfile()
        profile.measure("load") { Thread.sleep(forTimeInterval: 0.002) }
        for _ in 0..<3 { profile.measure("page") { Thread.sleep(forTimeInterval: 0.001) } }
        let value = profile.measure("write") { 42 }
        #expect(value == 42)
        #expect(profile.stages.map(\.name) == ["load", "page", "write"])
        #expect(profile.stages.map(\.count) == [1, 3, 1])
        #expect(profile.stages[0].milliseconds >= 2)
        #expect(profile.stages[1].milliseconds >= 3)
    }

    /// A build with a profile times every stage it went through, and gives the same files.
    @Test func aProfiledBuildNamesItsStages() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.copyDemo(to: folder)
        let profile = BuildProfile()
        var options = SiteBuild.Options(contentFolder: project.content.path, templatesFolder: project.templates.path,
                                        outputFolder: folder.appendingPathComponent("site").path, environment: [:])
        let plain = try SiteBuild(options: options).run().files
        options.profile = profile
        #expect(try SiteBuild(options: options).run().files == plain)
        let names = Set(profile.stages.map(\.name))
        for stage in ["load content", "load revisions", "load templates", "check publication", "current page (nl)",
                      "current page (en)", "changelog (nl)", "archived pages", "register files", "write"] {
            #expect(names.contains(stage), "no stage `\(stage)` in \(names.sorted())")
        }
    }
}
