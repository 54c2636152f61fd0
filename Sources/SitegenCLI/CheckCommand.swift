import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen check`: the register against what the GDPR asks a statement to say. Exit status 0
/// when nothing fails, 1 when findings fail, 2 when the content or templates cannot be read.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the register for gaps the GDPR asks the statement to fill, and for unfair wording.",
        discussion: """
            Errors fail the check; warnings fail it with --strict. A rule can be silenced in the \
            content with `ignore: [{rule: <id>, reason: "…"}]`; the reason is shown in the output. \
            Exit status: 0 clean, 1 failing findings, 2 the input could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, json, github
    }

    @OptionGroup var folders: FolderOptions

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Option(help: "Output format: human, json or github (workflow annotations).")
    var format: Format = .human

    /// The status for input that cannot be read, apart from 1 so CI can tell "fix the register"
    /// from "the check did not run".
    static let unreadable = ExitCode(2)

    func run() throws {
        let input: CheckInput
        do {
            let content = try ContentLoader.load(folder: folders.content)
            let sources = try TemplateSources.read(folder: folders.templates)
            let templates = try Templates.load(sources, languages: content.site.languages)
            // An edited revision is a finding, not unreadable input: check is where it is reported.
            let store = RevisionStore(contentFolder: folders.content)
            var revisions: [Revision] = []
            var revisionProblems: [Diagnostic] = []
            do {
                revisions = try store.load()
                revisionProblems = store.verifyIntegrity(revisions).items
            } catch {
                revisionProblems = error.items
            }
            let today = try BuildDate.resolve(option: nil, content: nil, environment: ProcessInfo.processInfo.environment).0
            let unpublished = revisions.isEmpty || !revisionProblems.isEmpty ? nil
                : SiteRenderer(content: content, templates: templates, date: today, revisions: revisions).publicationProblem()
            input = CheckInput(content: content, strings: TemplateString.read(from: sources),
                               revisionProblems: revisionProblems, unpublishedChange: unpublished)
        } catch {
            Console.report(error)
            if format == .github { Console.out(GitHubFormat.render(error)) }
            Console.err("error: cannot check: the content or templates have \(error.errorCount) error\(error.errorCount == 1 ? "" : "s")")
            throw Self.unreadable
        }
        let report = Checker.check(input)
        switch format {
        case .human: Console.out(HumanFormat.render(report, strict: strict, colour: isatty(STDOUT_FILENO) == 1))
        case .json: Console.out(JSONFormat.render(report, strict: strict))
        case .github: if !report.findings.isEmpty { Console.out(GitHubFormat.render(report)) }
        }
        if report.failed(strict: strict) { throw ExitCode.failure }
    }
}
