import SitegenCLI

await SitegenCommand.runAsync()
