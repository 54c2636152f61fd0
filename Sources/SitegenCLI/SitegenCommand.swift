import ArgumentParser
import SitegenCore

/// `sitegen`: turns a register of processing activities into a bilingual privacy statement site.
public struct SitegenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a bilingual privacy statement from a register of processing activities.",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
