/// The parts of a page that cmark-gfm cannot make: heading ids, the first layer with the
/// summary, timeline and contents, and the files beside the pages (sitemap, print footer).
extension SiteRenderer {
    /// Optional: a templates folder without it gives the statement without a first layer.
    static let firstLayer = "first-layer.html"

    /// cmark-gfm's HTML of the statement, finished: ids on marked headings, and the first layer
    /// after the title.
    func finishedStatement(_ cmarkHTML: String, language: Language,
                           firstLayerFrom source: (content: Content, date: StatementDate)?) throws(DiagnosticList) -> String {
        let statement = try StatementHTML(cmarkHTML)
        let taken = statement.headings.map(\.id).filter(FirstLayerViewBuilder.reservedIDs.contains)
        guard taken.isEmpty else {
            throw DiagnosticList(taken.map {
                Diagnostic(at: nil, "a heading of the statement asks for the id `\($0)`, which the first layer uses",
                           hint: "choose another `{#id}`")
            })
        }
        guard let source, templates.has(Self.firstLayer) else { return statement.html }
        let view = FirstLayerViewBuilder.build(
            source.content, statement: StatementViewBuilder.build(source.content, date: source.date, language: language),
            headings: statement.headings, language: language,
            timelineTitle: try templates.string("timeline_title", language: language),
            timelineDescription: try templates.string("timeline_description", language: language))
        return statement.inserting(try templates.render(Self.firstLayer, view: view, language: language))
    }

    /// `sitemap.xml`, and the print footer of each language's pages: the current statement's,
    /// and one per archived version with its own date.
    func presentationFiles() throws(DiagnosticList) -> [OutputFile] {
        let shownDate = draft ? date : history?.current?.date ?? date
        var files = [SitemapWriter.file(SitemapWriter.entries(for: content.site, date: shownDate))]
        for language in content.site.languages {
            let version = try templates.string("statement_date", language: language)
            let footer = { (date: StatementDate) in "\(self.content.site.title[language]) · \(version) \(Phrasing.date(date, in: language))" }
            files.append(PrintStylesheet.file(path: "\(language.rawValue)/print.css", footer: footer(shownDate)))
            for revision in history?.revisions ?? [] where revision.statements.has(language) {
                files.append(PrintStylesheet.file(path: "\(language.rawValue)/\(revision.date.iso)/print.css",
                                                  footer: footer(revision.date)))
            }
        }
        return files
    }
}
