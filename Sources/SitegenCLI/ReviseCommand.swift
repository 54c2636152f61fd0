import ArgumentParser
import Foundation
import SitegenCore

struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Publish the current register as a new dated revision under content/revisions/.",
        discussion: """
            Freezes the statement's text in every language and a copy of the register, records \
            what changed since the previous revision, and hashes every file so that `sitegen check` \
            and `sitegen build` notice later edits. A revision dated in the future is announced on \
            the current statement until its date comes.
            """
    )

    @OptionGroup var folders: FolderOptions

    @Option(help: "The date the revision takes effect (YYYY-MM-DD).", transform: StatementDateArgument.parse)
    var date: StatementDate

    @Option(name: .customLong("summary-nl"), help: "What changed, in Dutch, in a sentence.")
    var summaryNL: String?

    @Option(name: .customLong("summary-en"), help: "What changed, in English, in a sentence.")
    var summaryEN: String?

    func run() throws {
        guard let nl = summaryNL ?? Self.ask("Samenvatting van de wijziging (Nederlands): "),
              let en = summaryEN ?? Self.ask("Summary of the change (English): ")
        else {
            Console.err("error: give a summary of the change with --summary-nl and --summary-en")
            throw ExitCode.failure
        }
        do {
            let result = try RevisionPublisher(contentFolder: folders.content, templatesFolder: folders.templates)
                .publish(date: date, summary: LocalizedText([.nl: nl, .en: en]))
            Console.out("Published revision \(result.revision.date) with \(result.revision.changes.count) change"
                + "\(result.revision.changes.count == 1 ? "" : "s") → \(result.folder)/")
            for change in result.revision.changes { Console.out("  - \(change.text[.en])") }
        } catch {
            Console.report(error)
            Console.err("error: no revision was published")
            throw ExitCode.failure
        }
    }

    /// Asks on the terminal; without one (CI, scripts) the option is required instead.
    static func ask(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) != 0 else { return nil }
        FileHandle.standardError.write(Data(prompt.utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        return answer.isEmpty ? nil : answer
    }
}
