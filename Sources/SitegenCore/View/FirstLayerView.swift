/// What the first layer at the top of a statement shows (`first-layer.html.mustache`): one
/// summary row per activity, the retention timeline and the table of contents.
///
/// The transparency guidelines ask for a layered notice: the essentials first, the full text one
/// click away. Each row links to the activity's full section, but only when the rendered
/// statement really has a heading with that id, so a template without marks gives plain rows
/// instead of broken links.
public struct FirstLayerView: Sendable {
    public struct Row: Sendable {
        /// The id of the activity's heading, for the link; nil when the page has none.
        public let anchor: String?
        public let name: String
        public let data: String?
        public let purpose: String?
        public let legalBasis: String?
        /// The period alone ("2 years"), or the criterion when there is no period.
        public let retention: String?
        public let recipients: String?
        public let recipientsNone: Bool
    }

    public struct ContentsEntry: Sendable {
        public let id: String
        /// The heading's content, already escaped HTML.
        public let html: String
    }

    public let rows: [Row]
    /// The id of the summary table, which the timeline names as its text equivalent.
    public let tableID: String
    /// Inline SVG, or nil when no activity keeps data for a fixed period.
    public let timeline: String?
    public let contents: [ContentsEntry]
}

extension FirstLayerView: TemplateValue {}
extension FirstLayerView.Row: TemplateValue {}
extension FirstLayerView.ContentsEntry: TemplateValue {}

public enum FirstLayerViewBuilder {
    public static let tableID = "summary-table"
    /// Ids the first layer uses itself; headings of the statement may not take them.
    public static let reservedIDs: Set<String> = ["summary", "contents", tableID, "timeline-title", "timeline-desc"]

    /// The anchor the statement template writes on an activity's heading.
    public static func anchor(forActivity id: String) -> String { "activity-\(id)" }

    public static func build(_ content: Content, statement: StatementView, headings: [StatementHTML.Heading],
                             language: Language, timelineTitle: String, timelineDescription: String) -> FirstLayerView {
        let ids = Set(headings.map(\.id))
        let activities = content.register.activities ?? []
        var rows: [FirstLayerView.Row] = []
        var timelineRows: [RetentionTimeline.Row] = []
        for (activity, view) in zip(activities, statement.activities) {
            var retention = view.retention
            switch activity.retention {
            case .period(let period, _)?:
                retention = Phrasing.period(period, in: language)
                timelineRows.append(.init(label: view.name, period: period, periodText: retention!))
            case .criterion?, nil:
                break
            }
            let anchor = anchor(forActivity: activity.id)
            rows.append(.init(anchor: ids.contains(anchor) ? anchor : nil, name: view.name, data: view.data,
                              purpose: view.purpose, legalBasis: view.legalBasis, retention: retention,
                              recipients: view.recipients, recipientsNone: view.recipientsNone))
        }
        // Shortest first: a staircase is easier to compare than the register's order.
        // Shortest first: a staircase is easier to compare than the register's order. Equal
        // periods keep the register's order.
        timelineRows = timelineRows.enumerated().sorted {
            ($0.element.period.approximateDays, $0.offset) < ($1.element.period.approximateDays, $1.offset)
        }.map(\.element)
        let timeline = RetentionTimeline(rows: timelineRows, language: language, id: "timeline", title: timelineTitle,
                                         description: timelineDescription, describedBy: rows.isEmpty ? nil : tableID).svg()
        return FirstLayerView(
            rows: rows, tableID: tableID, timeline: timeline.isEmpty ? nil : timeline,
            contents: headings.filter { $0.level == 2 }.map { .init(id: $0.id, html: $0.html) })
    }
}
