/// `content/site.yaml`: where the statement is published and in which languages.
public struct SiteSettings: Sendable, Hashable, Codable {
    /// The public address the site is deployed at, always ending in `/`.
    public var baseURL: String
    /// The languages of the statement; the first is the default.
    public var languages: [Language]
    public var title: LocalizedText
    /// The date the statement takes effect, when the content states it.
    public var date: StatementDate?

    public var defaultLanguage: Language { languages[0] }
}
