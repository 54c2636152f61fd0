import ArgumentParser
import Foundation
import SitegenCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new project: site.yaml, an example register, schemas, templates, .gitignore and CI.",
        discussion: """
            Writes content/site.yaml, content/register.yaml (one commented example activity), \
            schemas/, the default templates under templates/ (delete any you do not change: the \
            built-in ones are used instead), .gitignore and .github/workflows/privacy.yml. \
            Existing files are never overwritten: if any of these exists, nothing is written.
            """
    )

    @Argument(help: "Folder to create the project in.")
    var folder = "."

    @Option(help: "The statement's date in site.yaml (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today.",
            transform: StatementDateArgument.parse)
    var date: StatementDate?

    /// The workflow runs `check` only when this sitegen has it.
    static var hasCheckCommand: Bool {
        SitegenCommand.configuration.subcommands.contains { $0.configuration.commandName == "check" }
    }

    func run() throws {
        let scaffold: ProjectScaffold
        let conflicts: [String]
        do {
            let (resolved, _) = try BuildDate.resolve(option: date, content: nil, environment: ProcessInfo.processInfo.environment)
            scaffold = ProjectScaffold(date: resolved, includeCheck: Self.hasCheckCommand)
            conflicts = try scaffold.write(into: folder)
        } catch let diagnostics as DiagnosticList {
            Console.report(diagnostics)
            throw ExitCode.failure
        } catch {
            Console.err("error: could not create the project: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        guard conflicts.isEmpty else {
            for path in conflicts { Console.err("error: \((folder as NSString).appendingPathComponent(path)) already exists") }
            Console.err("error: nothing was written; init never overwrites files")
            throw ExitCode.failure
        }
        Console.out("Created a sitegen project in \(folder)/ (\(scaffold.files().count) files).")
        Console.out("Next: describe your organisation in content/register.yaml, then run `sitegen build` or `sitegen serve`.")
    }
}
