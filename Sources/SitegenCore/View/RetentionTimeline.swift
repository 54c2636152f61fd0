import Foundation

/// The retention periods of the activities drawn as bars, as inline SVG made at build time.
///
/// The scale is logarithmic, because registers mix days and years: on a linear scale 12 days next
/// to 7 years is a bar too thin to see. Horizontal positions are percentages of the picture's
/// width and text is in pixels, so the picture fills a phone or a desk screen without its text
/// shrinking or growing. Colours come from classes in style.css (light, dark and print); the
/// presentation attributes are only a fallback, and there is no `style` attribute, which the
/// Content-Security-Policy would block.
public struct RetentionTimeline: Sendable {
    public struct Row: Sendable {
        public let label: String
        public let period: Period
        /// The period in words, e.g. "14 maanden".
        public let periodText: String

        public init(label: String, period: Period, periodText: String) {
            self.label = label
            self.period = period
            self.periodText = periodText
        }
    }

    public let rows: [Row]
    public let language: Language
    /// Prefix for the ids of `<title>` and `<desc>`, unique on the page.
    public let id: String
    public let title: String
    public let description: String
    /// The id of the element that says the same in words (the summary table).
    public let describedBy: String?

    public init(rows: [Row], language: Language, id: String, title: String, description: String, describedBy: String?) {
        self.rows = rows
        self.language = language
        self.id = id
        self.title = title
        self.description = description
        self.describedBy = describedBy
    }

    /// Lengths the axis can mark, shortest first.
    static let ticks: [Period] = [
        Period(amount: 1, unit: .minute), Period(amount: 1, unit: .hour), Period(amount: 1, unit: .day),
        Period(amount: 1, unit: .week), Period(amount: 1, unit: .month), Period(amount: 1, unit: .year),
        Period(amount: 10, unit: .year), Period(amount: 100, unit: .year),
    ]

    static let axisHeight = 22
    static let rowHeight = 38
    static let barHeight = 10

    /// The scale's ends: a tick well below the shortest period, so even that one gets a visible
    /// bar, and the first tick at or above the longest.
    static func domain(_ periods: [Period]) -> (low: Period, high: Period) {
        let shortest = periods.map(\.approximateDays).min() ?? 1
        let longest = periods.map(\.approximateDays).max() ?? 1
        let low = ticks.last { $0.approximateDays <= shortest / 2 } ?? ticks[0]
        let high = ticks.first { $0.approximateDays >= longest && $0.approximateDays > low.approximateDays } ?? ticks.last!
        return (low, high)
    }

    /// Where a length falls between the ends, from 0 to 1.
    static func position(_ days: Double, low: Period, high: Period) -> Double {
        let span = log(high.approximateDays / low.approximateDays)
        return min(1, max(0, log(days / low.approximateDays) / span))
    }

    /// The SVG element, or nothing when no activity has a fixed period.
    public func svg() -> String {
        guard !rows.isEmpty else { return "" }
        let (low, high) = Self.domain(rows.map(\.period))
        let height = Self.axisHeight + rows.count * Self.rowHeight + 4
        var describedByAttribute = ""
        if let describedBy { describedByAttribute = " aria-describedby=\"\(id)-desc \(Self.escape(describedBy))\"" }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"100%\" height=\"\(height)\" role=\"img\""
                + " aria-labelledby=\"\(id)-title\"\(describedByAttribute)>",
            "<title id=\"\(id)-title\">\(Self.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(Self.escape(description))</desc>",
        ]
        for tick in Self.ticks where tick.approximateDays >= low.approximateDays && tick.approximateDays <= high.approximateDays {
            let x = Self.position(tick.approximateDays, low: low, high: high)
            let anchor = x == 0 ? "start" : x == 1 ? "end" : "middle"
            lines.append("<line class=\"timeline-grid\" x1=\"\(Self.percent(x))\" x2=\"\(Self.percent(x))\" y1=\"\(Self.axisHeight - 4)\""
                         + " y2=\"\(height)\" stroke=\"#d0d7de\"/>")
            lines.append("<text class=\"timeline-tick\" x=\"\(Self.percent(x))\" y=\"12\" text-anchor=\"\(anchor)\" font-size=\"12\""
                         + " fill=\"#50575e\">\(Self.escape(Phrasing.period(tick, in: language)))</text>")
        }
        for (index, row) in rows.enumerated() {
            let top = Self.axisHeight + index * Self.rowHeight
            let width = Self.position(row.period.approximateDays, low: low, high: high)
            lines.append("<text class=\"timeline-label\" x=\"0\" y=\"\(top + 16)\" font-size=\"14\" fill=\"#1d2327\">"
                         + "\(Self.escape(row.label)) – \(Self.escape(row.periodText))</text>")
            lines.append("<rect class=\"timeline-bar\" x=\"0\" y=\"\(top + 22)\" width=\"\(Self.percent(width))\""
                         + " height=\"\(Self.barHeight)\" rx=\"2\" fill=\"#0b5cad\"/>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// A fraction as a percentage with one decimal, written without the locale's help so the
    /// output is the same on every machine.
    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
