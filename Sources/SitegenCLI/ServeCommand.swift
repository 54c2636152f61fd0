import ArgumentParser
import Foundation
import SitegenServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally, rebuilding and reloading on every save.",
        discussion: """
            The site is built in memory and never written to disk, so the output folder is not \
            touched; archived pages are kept in .site.cache/preview/ between rebuilds. Changes to the content and templates folders rebuild it and reload open \
            pages. When a change breaks the build, pages show the errors and the terminal prints \
            them. Press Ctrl-C to stop.
            """
    )

    @OptionGroup var folders: FolderOptions

    @Option(help: "Address to listen on. Anything other than loopback makes the preview reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 8000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        if !PreviewServer.isLoopback(host) {
            Console.err("warning: listening on \(host): anyone who can reach this machine can read the preview")
        }
        let server = PreviewServer(
            // Its own part of the build cache: draft pages have their own keys, and each part
            // keeps only the entries its last build used.
            configuration: .init(contentFolder: folders.content, templatesFolder: folders.templates,
                                 host: host, port: port, cacheFolder: ".site.cache/preview"),
            output: .init(out: Self.say, err: { Console.err($0) })
        )
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        do {
            try await server.run { port in
                Self.say("Serving \(folders.content)/ and \(folders.templates)/ at http://\(shownHost):\(port)/ "
                    + "(watching for changes; Ctrl-C to stop)")
            }
        } catch {
            Console.err("error: \(error)")
            throw ExitCode.failure
        }
        Self.say("Stopped.")
    }

    /// Standard output without buffering, so the address shows at once even through a pipe.
    @Sendable static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
