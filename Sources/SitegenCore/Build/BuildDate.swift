import Foundation

/// Decides the date the statement carries, never from the clock by accident.
public enum BuildDate {
    public enum Source: Sendable, Equatable {
        case option, content, sourceDateEpoch, clock
    }

    /// `--date` first, then `date:` in site.yaml, then `SOURCE_DATE_EPOCH`, and only then today.
    public static func resolve(
        option: StatementDate?, content: StatementDate?, environment: [String: String],
        now: Date = Date()
    ) throws(DiagnosticList) -> (StatementDate, Source) {
        if let option { return (option, .option) }
        if let content { return (content, .content) }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                throw DiagnosticList([Diagnostic(at: nil, "SOURCE_DATE_EPOCH `\(epoch)` is not a whole number of seconds",
                                                 hint: "e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)")])
            }
            return (StatementDate(unixTime: seconds), .sourceDateEpoch)
        }
        return (StatementDate(unixTime: Int(now.timeIntervalSince1970)), .clock)
    }
}
