import ArgumentParser

/// Where a project's parts are; shared by every command that reads a project.
struct FolderOptions: ParsableArguments {
    @Option(help: "Folder with the register and site.yaml.")
    var content = "content"

    @Option(help: "Folder with the Mustache templates, strings and assets.")
    var templates = "templates"
}
