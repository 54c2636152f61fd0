/// The changelog of one language: every revision, newest first, with what changed.
public struct ChangelogView: Sendable, TemplateValue, Codable {
    public struct Group: Sendable, TemplateValue, Codable {
        public let title: String
        public let changes: [String]
    }

    public struct Entry: Sendable, TemplateValue, Codable {
        public let date: String
        public let dateISO: String
        /// Relative address of this version's page, from the changelog page.
        public let href: String
        /// Absolute address, for the feed.
        public let url: String
        public let summary: String
        public let groups: [Group]
        public let announced: Bool
        public let current: Bool
        public let first: Bool
    }

    public let lang: String
    public let title: String
    public let entries: [Entry]
    /// For the feed: absolute addresses and the time of the newest entry.
    public let feedURL: String
    public let siteURL: String
    public let updated: String

    static func build(history: History, site: SiteSettings, language: Language, hrefPrefix: String) -> ChangelogView {
        let lang = language.rawValue
        let current = history.current?.date, first = history.revisions.first?.date
        let entries = history.revisions.reversed().map { revision in
            let groups = ChangeGroup.allCases.compactMap { group -> Group? in
                let lines = revision.changes.filter { $0.group == group }.map { $0.text[language] }
                return lines.isEmpty ? nil : Group(title: group.title[language], changes: lines)
            }
            return Entry(
                date: Phrasing.date(revision.date, in: language), dateISO: revision.date.iso,
                href: "\(hrefPrefix)\(revision.date.iso)/", url: site.baseURL + "\(lang)/\(revision.date.iso)/",
                summary: revision.summary[language], groups: groups,
                announced: revision.date > history.buildDate, current: revision.date == current,
                first: revision.date == first)
        }
        return ChangelogView(
            lang: lang, title: site.title[language], entries: Array(entries),
            feedURL: site.baseURL + "\(lang)/feed.xml", siteURL: site.baseURL + "\(lang)/",
            updated: "\((history.newest?.date ?? history.buildDate).iso)T00:00:00Z")
    }
}
