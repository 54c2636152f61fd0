import ArgumentParser
import Foundation

/// Where a project's parts are; shared by every command that reads a project.
struct FolderOptions: ParsableArguments {
    @Option(help: "Folder with the register and site.yaml.")
    var content = "content"

    @Option(help: "Folder with the Mustache templates, strings and assets; its files replace the built-in ones of the same name.")
    var templates = "templates"

    /// Without a `templates` folder the built-in templates are used, but a folder named on the
    /// command line must exist: a typo should not silently fall back to the defaults.
    func validate() throws {
        var isFolder: ObjCBool = false
        if templates != "templates", !(FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) && isFolder.boolValue) {
            throw ValidationError("templates folder `\(templates)` does not exist")
        }
    }
}
