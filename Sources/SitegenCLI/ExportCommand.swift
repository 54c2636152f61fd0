import ArgumentParser
import Foundation
import SitegenCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the register: the Art. 30 record as CSV or JSON, or JSON-LD in the Data Privacy Vocabulary.",
        discussion: """
            csv and json write the record of processing activities of GDPR Art. 30(1), plus the \
            legal basis, one row per activity, with column names and texts in --language. CSV \
            cells that a spreadsheet would run as a formula start with '. jsonld writes the \
            register with W3C Data Privacy Vocabulary (DPV) terms, in every language of the site.
            """
    )

    @Option(help: "Folder with the register and site.yaml.")
    var content = "content"

    @Option(help: "csv, json or jsonld.")
    var format = "csv"

    @Option(help: "Language of the column names and texts: nl or en (default: the site's first language).")
    var language: String?

    @Option(help: "File to write to (default: standard output).")
    var output: String?

    func validate() throws {
        guard RegisterExport.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be one of: \(RegisterExport.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let language, Language(rawValue: language) == nil {
            throw ValidationError("--language must be one of: \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded: Content
        do {
            loaded = try ContentLoader.load(folder: content)
        } catch {
            Console.report(error)
            Console.err("error: nothing was exported")
            throw ExitCode.failure
        }
        let text = RegisterExport.text(loaded, format: RegisterExport.Format(rawValue: format)!,
                                       language: language.flatMap(Language.init(rawValue:)) ?? loaded.site.defaultLanguage)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console.err("error: could not write \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
