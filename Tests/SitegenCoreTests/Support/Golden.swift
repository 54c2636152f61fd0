import Foundation
import Testing

/// Compares text with a file under Tests/SitegenCoreTests/Golden. A failure shows the first lines
/// that differ, not two walls of text. Run with SITEGEN_UPDATE_GOLDEN=1 to accept new output,
/// then review the change with `git diff`.
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = Project.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_GOLDEN"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run the tests with SITEGEN_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        Issue.record("\(name) differs from the golden file:\n\(diff(expected: expected, actual: actual))",
                     sourceLocation: sourceLocation)
    }

    /// The differing lines with their numbers, up to a handful.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "<end of file>"
            let after = index < new.count ? new[index] : "<end of file>"
            if before != after {
                lines.append("line \(index + 1):\n  - \(before)\n  + \(after)")
            }
            if lines.count == 8 { lines.append("…"); break }
        }
        return lines.joined(separator: "\n")
    }
}
