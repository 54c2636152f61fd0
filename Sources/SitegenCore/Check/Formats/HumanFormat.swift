/// The default output of `sitegen check`, in the compiler style editors and terminals link up:
///
///     content/activities.yaml:12:5: error: activity `email` does not state its legal basis [activity-missing-legal-basis]
///         hint: add `legal_basis:` with one of consent, contract, …
///
/// A suppressed finding keeps its place and shows the reason, so a reviewer sees what was waived.
public enum HumanFormat {
    public static func render(_ report: CheckReport, strict: Bool, colour: Bool) -> String {
        let paint = Paint(enabled: colour)
        var lines: [String] = []
        for finding in report.findings {
            let place = finding.location.map { "\($0): " } ?? ""
            let label = finding.isSuppressed
                ? paint.dim("\(finding.severity.rawValue):")
                : (finding.severity == .error ? paint.red("error:") : paint.yellow("warning:"))
            let line = "\(place)\(label) \(finding.message) [\(finding.rule)]"
            if let suppression = finding.suppression {
                lines.append(paint.dim(line))
                lines.append(paint.dim("    suppressed at \(suppression.location) because: \(suppression.reason)"))
            } else {
                lines.append(line)
                if let hint = finding.hint { lines.append("    hint: \(hint)") }
            }
        }
        lines.append(summary(report, strict: strict))
        return lines.joined(separator: "\n")
    }

    /// "check: 2 errors, 1 warning, 1 suppressed" — or "no findings".
    static func summary(_ report: CheckReport, strict: Bool) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        if report.findings.isEmpty { return "check: no findings" }
        var text = "check: \(count(report.errors, "error")), \(count(report.warnings, "warning")), \(report.suppressed) suppressed"
        if !strict, report.errors == 0, report.warnings > 0 { text += " (warnings fail with --strict)" }
        return text
    }
}

/// ANSI colours, only when writing to a terminal.
struct Paint {
    let enabled: Bool

    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
