import Foundation
import SitegenCore

/// Writes to the terminal: results to standard output, problems to standard error.
enum Console {
    static func out(_ text: String) {
        print(text)
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ diagnostics: DiagnosticList) {
        for diagnostic in diagnostics.sorted { err(diagnostic.description) }
    }
}
