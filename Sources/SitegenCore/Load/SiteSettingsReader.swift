/// Reads `site.yaml`.
enum SiteSettingsReader {
    /// The settings when they are all valid, and the languages whenever those are.
    static func read(_ root: YAMLValue, with reader: ContentReader) -> (settings: SiteSettings?, languages: [Language]) {
        guard let mapping = reader.mapping(root, "site.yaml", shape: ContentShapes.site)
        else { return (nil, []) }
        var languages: [Language] = []
        let listed = reader.list(mapping["languages"], "`languages`")
        for item in listed ?? [] {
            guard let language = reader.choice(item, "language", as: Language.self) else { continue }
            if languages.contains(language) {
                reader.error(at: item.location, "language `\(language.rawValue)` is listed twice")
            } else {
                languages.append(language)
            }
        }
        if let listed, listed.isEmpty {
            reader.error(at: mapping["languages"]?.location, "`languages` lists no language", hint: "write `languages: [nl, en]`")
        }
        // Texts in site.yaml are checked against the languages it declares itself.
        let textReader = ContentReader(languages: languages.isEmpty ? Language.allCases : languages)
        let title = textReader.localized(mapping["title"], "the site `title`")
        reader.diagnostics.append(contentsOf: textReader.diagnostics)
        var baseURL = reader.webURL(mapping["base_url"], "`base_url`")
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        let date = reader.date(mapping["date"], "`date`")
        guard let baseURL, let title, !languages.isEmpty else { return (nil, languages) }
        return (SiteSettings(baseURL: baseURL, languages: languages, title: title, date: date), languages)
    }
}
