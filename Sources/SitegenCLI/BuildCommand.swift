import ArgumentParser
import Foundation
import SitegenCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the statement into the output folder, atomically.",
        discussion: """
            The site is written to a staging folder and swapped in only when every page rendered: \
            if anything fails, the previous output folder is left exactly as it was. \
            The build date comes from --date, else SOURCE_DATE_EPOCH, else today; without \
            revisions, `date:` in site.yaml dates the statement. With revisions, the build refuses \
            when the register would give a statement other than the newest revision's; publish it \
            with `sitegen revise`, or preview it with --draft.

            Pages of published revisions, the changelog and the parsed revisions are kept in \
            .site.cache/ beside the output folder (for --output public: .public.cache/), under keys \
            that change with anything they are made from; delete it at any time.
            """
    )

    @OptionGroup var folders: FolderOptions

    @Option(help: "Folder to write the site to.")
    var output = "site"

    @Option(help: "Build date (YYYY-MM-DD): decides which revision is in effect; without revisions, the statement's date.",
            transform: StatementDateArgument.parse)
    var date: StatementDate?

    @Flag(help: "Build even if the register differs from the newest revision, with a draft banner on every page.")
    var draft = false

    @Flag(help: "Print how long each stage of the build took.")
    var profile = false

    func run() throws {
        let started = ContinuousClock.now
        let options = SiteBuild.Options(contentFolder: folders.content, templatesFolder: folders.templates,
                                        outputFolder: output, date: date, draft: draft, profile: profile ? BuildProfile() : nil)
        do {
            let summary = try SiteBuild(options: options).run()
            if let stages = options.profile?.stages {
                for stage in stages {
                    Console.err(String(format: "%8.1f ms  ", stage.milliseconds) + stage.name + (stage.count > 1 ? " (×\(stage.count), summed)" : ""))
                }
            }
            let elapsed = started.duration(to: .now)
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            if summary.dateSource == .clock, summary.revisions == 0 {
                Console.err("note: no date in site.yaml, --date or SOURCE_DATE_EPOCH; the statement is dated today (\(summary.date))")
            }
            let revisions = summary.revisions == 0 ? "" : ", \(summary.revisions) revision\(summary.revisions == 1 ? "" : "s")"
            Console.out("Built \(summary.pages) pages (\(summary.files.count) files) in "
                + "\(summary.languages.map(\.rawValue).joined(separator: ", "))\(revisions), as of \(summary.date)"
                + "\(draft ? ", as a draft" : ""), in \(milliseconds) ms → \(summary.output)/")
        } catch let diagnostics as DiagnosticList {
            Console.report(diagnostics)
            Console.err("error: build failed with \(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s"); \(output)/ is unchanged")
            throw ExitCode.failure
        } catch {
            Console.err("error: \(error)")
            throw ExitCode.failure
        }
    }
}

enum StatementDateArgument {
    static func parse(_ text: String) throws -> StatementDate {
        guard let date = StatementDate(iso: text) else {
            throw ValidationError("`\(text)` is not a date; write YYYY-MM-DD")
        }
        return date
    }
}
