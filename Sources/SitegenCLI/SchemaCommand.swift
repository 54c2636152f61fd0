import ArgumentParser
import Foundation
import SitegenCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schemas of the content files, for editors.",
        discussion: """
            Writes site.schema.json, register.schema.json and revision.schema.json. Content files \
            that start with `# yaml-language-server: $schema=../schemas/register.schema.json` get \
            completion and checks in editors with the YAML language server. The schemas are made \
            from the same description of the content format that the loader checks against.
            """
    )

    @Option(help: "Folder to write the schemas to.")
    var output = "schemas"

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for file in SchemaGenerator().files() {
                let path = (output as NSString).appendingPathComponent(file.name)
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                Console.out("Wrote \(path)")
            }
        } catch {
            Console.err("error: could not write the schemas: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
