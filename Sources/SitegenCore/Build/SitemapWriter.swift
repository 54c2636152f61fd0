/// Writes `sitemap.xml`: every statement page, each with its language versions as `hreflang`
/// alternates (`xhtml:link`), as search engines expect for translated pages.
public enum SitemapWriter {
    public struct Entry: Sendable {
        /// The page's absolute address.
        public let url: String
        /// `(hreflang, absolute address)` of every language version, the page itself included.
        public let alternates: [(hreflang: String, url: String)]
        public let lastModified: StatementDate

        public init(url: String, alternates: [(hreflang: String, url: String)], lastModified: StatementDate) {
            self.url = url
            self.alternates = alternates
            self.lastModified = lastModified
        }
    }

    /// One entry per language of the current statement; the root page (which only leads on) is
    /// named as `x-default`, not listed itself.
    public static func entries(for site: SiteSettings, date: StatementDate) -> [Entry] {
        let alternates = site.languages.map { (hreflang: $0.rawValue, url: site.baseURL + "\($0.rawValue)/") }
            + [(hreflang: "x-default", url: site.baseURL)]
        return site.languages.map { Entry(url: site.baseURL + "\($0.rawValue)/", alternates: alternates, lastModified: date) }
    }

    public static func file(_ entries: [Entry]) -> OutputFile {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">",
        ]
        for entry in entries {
            lines.append("<url>")
            lines.append("<loc>\(XMLText.escape(entry.url))</loc>")
            lines.append("<lastmod>\(entry.lastModified.iso)</lastmod>")
            for alternate in entry.alternates {
                lines.append("<xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(alternate.hreflang))\""
                             + " href=\"\(XMLText.escape(alternate.url))\"/>")
            }
            lines.append("</url>")
        }
        lines.append("</urlset>")
        return OutputFile(path: "sitemap.xml", text: lines.joined(separator: "\n") + "\n")
    }
}
