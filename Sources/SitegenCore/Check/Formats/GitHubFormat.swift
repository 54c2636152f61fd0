import Foundation

/// `sitegen check --format github`: workflow commands that GitHub Actions turns into annotations
/// on the lines of a pull request:
///
///     ::error file=content/activities.yaml,line=12,col=5,title=activity-missing-legal-basis::activity `email` …
///
/// Suppressed findings become notices, so the waiver and its reason stay visible in the review.
public enum GitHubFormat {
    public static func render(_ report: CheckReport) -> String {
        report.findings.map(line).joined(separator: "\n")
    }

    static func line(_ finding: Finding) -> String {
        let command = finding.isSuppressed ? "notice" : finding.severity.rawValue
        var message = finding.message
        if let suppression = finding.suppression {
            message += "\nsuppressed because: \(suppression.reason)"
        } else if let hint = finding.hint {
            message += "\nhint: \(hint)"
        }
        return annotation(command, at: finding.location, title: finding.rule, message)
    }

    /// Load errors, so a broken register shows up on its line too.
    public static func render(_ diagnostics: DiagnosticList) -> String {
        diagnostics.sorted.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
            let message = diagnostic.message + (diagnostic.hint.map { "\nhint: \($0)" } ?? "")
            return annotation(command, at: diagnostic.location, title: "sitegen", message)
        }.joined(separator: "\n")
    }

    static func annotation(_ command: String, at location: SourceLocation?, title: String, _ message: String) -> String {
        var properties: [String] = []
        if let location {
            properties += ["file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)"]
        }
        properties.append("title=\(escapeProperty(title))")
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// The runner decodes `%25`, `%0D` and `%0A` in a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties are separated by `,` and end at `::`, so those characters are escaped as well.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
