import Foundation

/// `sitegen check --format json`: a stable, versioned shape for tools. Fields are only ever added;
/// a change to an existing field raises `version`. Documented in README.md.
public enum JSONFormat {
    public static let version = 1

    public struct Document: Codable, Equatable, Sendable {
        public var version: Int
        public var strict: Bool
        public var failed: Bool
        public var findings: [Entry]
        public var summary: Summary
    }

    public struct Entry: Codable, Equatable, Sendable {
        public var rule: String
        public var severity: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var message: String
        public var hint: String?
        public var suppressed: Bool
        public var reason: String?

        // Absent values are written as null, so every entry has every key.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(reason, forKey: .reason)
        }
    }

    public struct Summary: Codable, Equatable, Sendable {
        public var errors: Int
        public var warnings: Int
        public var suppressed: Int
    }

    public static func document(_ report: CheckReport, strict: Bool) -> Document {
        Document(
            version: version, strict: strict, failed: report.failed(strict: strict),
            findings: report.findings.map { finding in
                Entry(rule: finding.rule, severity: finding.severity.rawValue, file: finding.location?.file,
                      line: finding.location?.line, column: finding.location?.column, message: finding.message,
                      hint: finding.hint, suppressed: finding.isSuppressed, reason: finding.suppression?.reason)
            },
            summary: Summary(errors: report.errors, warnings: report.warnings, suppressed: report.suppressed))
    }

    public static func render(_ report: CheckReport, strict: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(document(report, strict: strict))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
