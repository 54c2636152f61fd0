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

    /// A dated link: "this statement changes on …", "the previous version", …
    public struct DatedLink: Sendable {
        public let date: String
        public let dateISO: String
        public let href: String
    }

    public let lang: String
    public let title: String
    /// The page, already HTML.
    public let content: String
    public let date: String
    public let dateISO: String
    /// `../` from a language folder, `../../` from an archived version, empty at the root.
    public let root: String
    public let canonicalURL: String
    /// The address for readers whose language the site does not have: the root page.
    public let defaultURL: String
    public let languages: [LanguageLink]
    public let otherLanguages: [LanguageLink]

    /// Built with `--draft`: content not yet published as a revision.
    public var draft = false
    /// A revision dated later than today: what will change, and when.
    public var announcement: DatedLink?
    /// On an archived version: the date the next version replaced it, and a link to the current
    /// statement. Both stay true for ever, so an archived page never changes once written.
    public var supersededBy: DatedLink?
    /// On an announced version: the date it takes effect, and the statement in effect until then.
    public var upcoming: DatedLink?
    /// The version before this one.
    public var previous: DatedLink?
    /// The changelog page of this language, when the site has revisions.
    public var changelogHref: String?
    /// The Atom feed of this language, when the site has revisions.
    public var feedHref: String?
    /// The print stylesheet whose running footer carries this page's date.
    public var printStylesheet = ""
    /// The register this page was rendered from, as JSON (`register.json`).
    public var registerHref: String?

    public init(lang: String, title: String, content: String, date: String, dateISO: String, root: String,
                canonicalURL: String, defaultURL: String, languages: [LanguageLink], otherLanguages: [LanguageLink]) {
        self.lang = lang
        self.title = title
        self.content = content
        self.date = date
        self.dateISO = dateISO
        self.root = root
        self.canonicalURL = canonicalURL
        self.defaultURL = defaultURL
        self.languages = languages
        self.otherLanguages = otherLanguages
    }
}
