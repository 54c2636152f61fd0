import ArgumentParser
import SitegenCore

public struct SitegenCommand: AsyncParsableCommand {
    public init() {}
    public func run() async throws {}
}
