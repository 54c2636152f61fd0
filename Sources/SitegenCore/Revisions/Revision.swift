import Foundation

/// A published version of the statement, frozen under `content/revisions/<date>/`.
///
/// The folder holds the statement's Markdown per language as it was published, a copy of the
/// register it was rendered from, and `revision.yaml` with the summary, the changes since the
/// revision before, and a SHA-256 of every other file, so an edit afterwards is detected.
public struct Revision: Sendable, Hashable {
    /// A revision is its date: no two share one, and comparing whole statements in every
    /// history lookup made long histories quadratic.
    public static func == (lhs: Revision, rhs: Revision) -> Bool {
        lhs.date == rhs.date && lhs.manifestPath == rhs.manifestPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(manifestPath)
    }

    /// One line of the changelog, already written in every language.
    public struct Change: Sendable, Hashable, Codable {
        public let group: ChangeGroup
        public let text: LocalizedText

        public init(group: ChangeGroup, text: LocalizedText) {
            self.group = group
            self.text = text
        }
    }

    public let date: StatementDate
    public let summary: LocalizedText
    public let changes: [Change]
    /// Frozen Markdown of the statement, per language.
    public let statements: FrozenStatements
    /// SHA-256 of each frozen file, by path inside the revision folder.
    public let fileHashes: [String: String]
    /// SHA-256 of the previous revision's `revision.yaml`, chaining the history.
    public let previousHash: String?
    /// Where `revision.yaml` is, for messages.
    public let manifestPath: String
}

/// The parts of a statement a change belongs to, in the order the changelog lists them.
public enum ChangeGroup: String, Sendable, CaseIterable, Codable {
    case controller
    case activities
    case recipients
    case cookies
    case security
    case sections

    public var title: LocalizedText {
        switch self {
        case .controller: LocalizedText([.nl: "Contactgegevens", .en: "Contact details"])
        case .activities: LocalizedText([.nl: "Verwerkingen", .en: "Processing activities"])
        case .recipients: LocalizedText([.nl: "Verwerkers en ontvangers", .en: "Processors and recipients"])
        case .cookies: LocalizedText([.nl: "Cookies", .en: "Cookies"])
        case .security: LocalizedText([.nl: "Beveiliging", .en: "Security"])
        case .sections: LocalizedText([.nl: "Overige onderdelen", .en: "Other sections"])
        }
    }
}

extension Revision {
    /// The copy of the register frozen with this revision.
    var registerFolder: String {
        ((manifestPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(RevisionStore.registerFolder)
    }
}
