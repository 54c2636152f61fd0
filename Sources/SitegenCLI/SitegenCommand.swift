import ArgumentParser
import SitegenCore

/// `sitegen`: turns a register of processing activities into a bilingual privacy statement site.
public struct SitegenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a bilingual privacy statement from a register of processing activities.",
        subcommands: [BuildCommand.self, CheckCommand.self, ReviseCommand.self, ServeCommand.self, SchemaCommand.self,
                      ExportCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}

    /// Parses the arguments and runs the command; `serve` needs the asynchronous entry point,
    /// which a plain `main()` call outside `@main` would not pick.
    public static func runAsync() async {
        let command: any AsyncParsableCommand.Type = SitegenCommand.self
        await command.main()
    }
}
