/// A section of the statement written by hand in Markdown, e.g. about customers' own servers.
public struct FreeSection: Sendable, Hashable, Codable {
    public var id: String
    public var title: LocalizedText
    public var body: LocalizedText
    /// `sitegen check` rules silenced for this section, e.g. a wording rule for a quoted text.
    public var suppressions: [Suppression] = []
    public var location: SourceLocation
}

/// The whole register: everything the statement is rendered from. A nil part was not stated.
public struct Register: Sendable, Hashable, Codable {
    public var controller: Controller?
    public var activities: [Activity]?
    public var recipients: [Recipient]?
    public var cookies: [Cookie]?
    public var security: [LocalizedText]?
    public var sections: [FreeSection]?
    /// The top-level `check:` part: suppressions for rules about the register as a whole, or for
    /// one rule everywhere.
    public var checkSuppressions: [Suppression]?

    public init() {}

    public func recipient(id: String) -> Recipient? {
        recipients?.first { $0.id == id }
    }
}

/// What `content/` holds after loading: the site settings and the register.
public struct Content: Sendable, Hashable, Codable {
    public var site: SiteSettings
    public var register: Register
}
