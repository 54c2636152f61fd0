/// What the HTML layout around a statement sees.
public struct PageView: Sendable {
    public struct LanguageLink: Sendable {
        public let code: String
        public let name: String
        /// Relative address, so the site works on any host and from a folder.
        public let href: String
        /// Absolute address, for `hreflang` alternates.
        public let url: String
        public let current: Bool
    }

    public let lang: String
    public let title: String
    /// The statement, already HTML.
    public let content: String
    public let date: String
    public let dateISO: String
    /// `../` from a language folder, empty at the root: prefix for site-wide files.
    public let root: String
    public let canonicalURL: String
    /// The address for readers whose language the site does not have: the root page.
    public let defaultURL: String
    public let languages: [LanguageLink]
    public let otherLanguages: [LanguageLink]
}
