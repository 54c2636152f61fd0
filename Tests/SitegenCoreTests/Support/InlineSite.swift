import Foundation
@testable import SitegenCore

/// A site from YAML written in the test, rendered with the project's real templates.
enum InlineSite {
    static let site = """
        base_url: https://privacy.example.nl
        languages: [nl, en]
        title: {nl: Privacyverklaring, en: Privacy statement}
        date: 2026-01-15
        """

    /// Renders `register` (register YAML) next to a standard site.yaml; returns each page by path.
    static func render(_ register: String, site: String = site) throws -> [String: String] {
        let content = try ContentLoader.load(ContentFiles([
            .init(path: "content/site.yaml", text: site),
            .init(path: "content/register.yaml", text: register),
        ]))
        let templates = try Templates.load(folder: Project.templates, languages: content.site.languages)
        let files = try SiteRenderer(content: content, templates: templates, date: content.site.date!).render()
        var pages: [String: String] = [:]
        for file in files { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        return pages
    }

    /// The `<main>` part of a page: the statement itself, without the layout around it.
    static func main(of page: String) -> String {
        guard let start = page.range(of: "<main"), let end = page.range(of: "</main>") else { return page }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
