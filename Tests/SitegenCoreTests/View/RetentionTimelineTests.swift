import Testing
@testable import SitegenCore

/// The retention timeline is well-formed SVG whatever the names, with the parts screen readers
/// need, and a scale on which both days and years can be seen.
@Suite struct RetentionTimelineTests {
    func timeline(_ rows: [(String, Period)], describedBy: String? = "summary-table") -> RetentionTimeline {
        RetentionTimeline(rows: rows.map { .init(label: $0.0, period: $0.1, periodText: Phrasing.period($0.1, in: .en)) },
                          language: .en, id: "timeline", title: "How long we keep <your> data",
                          description: "Bars & \"quotes\"", describedBy: describedBy)
    }

    @Test func theSVGIsWellFormedAndEscapesEveryText() throws {
        let hostile = "</text><script>alert('x')</script> & \"more\""
        let svg = timeline([(hostile, Period(amount: 12, unit: .day)), ("Backups", Period(amount: 7, unit: .year))]).svg()
        let xml = XMLCheck.parse(svg)
        #expect(xml.isWellFormed, "\(String(describing: xml.error))")
        #expect(xml.elements(named: "script").isEmpty)
        let labels = xml.elements(named: "text").filter { $0.attributes["class"] == "timeline-label" }.map(\.text)
        #expect(labels.first == "\(hostile) – 12 days")
        #expect(xml.elements(named: "title").first?.text == "How long we keep <your> data")
        #expect(xml.elements(named: "desc").first?.text == "Bars & \"quotes\"")
    }

    @Test func itIsAnImageNamedByItsTitleAndDescribedByTheTable() {
        let svg = timeline([("A", Period(amount: 1, unit: .year))]).svg()
        let root = XMLCheck.parse(svg).elements.first
        #expect(root?.name == "svg")
        #expect(root?.attributes["role"] == "img")
        #expect(root?.attributes["aria-labelledby"] == "timeline-title")
        #expect(root?.attributes["aria-describedby"] == "timeline-desc summary-table")
        #expect(svg.contains("<title id=\"timeline-title\">"))
        #expect(svg.contains("<desc id=\"timeline-desc\">"))
        // Colours come from classes; a style attribute would be blocked by the CSP.
        #expect(!svg.contains("style="))
    }

    @Test func nothingToDrawGivesNoPicture() {
        #expect(timeline([]).svg() == "")
    }

    /// On a logarithmic scale 12 days is still a visible bar next to 7 years, and longer
    /// periods always get longer bars.
    @Test func theScaleShowsDaysAndYears() {
        let periods = [Period(amount: 30, unit: .minute), Period(amount: 12, unit: .day), Period(amount: 2, unit: .month),
                       Period(amount: 14, unit: .month), Period(amount: 7, unit: .year)]
        let (low, high) = RetentionTimeline.domain(periods)
        let positions = periods.map { RetentionTimeline.position($0.approximateDays, low: low, high: high) }
        #expect(positions == positions.sorted())
        #expect(Set(positions).count == positions.count)
        #expect(positions.first! > 0.05)
        #expect(positions.last! <= 1)
        let demo = RetentionTimeline.domain([Period(amount: 12, unit: .day), Period(amount: 7, unit: .year)])
        #expect(RetentionTimeline.position(12, low: demo.low, high: demo.high) > 0.2)
    }

    @Test func percentagesAreWrittenTheSameEverywhere() {
        #expect(RetentionTimeline.percent(0) == "0.0%")
        #expect(RetentionTimeline.percent(0.8037) == "80.4%")
        #expect(RetentionTimeline.percent(1) == "100.0%")
    }

    @Test func approximateDaysOrderTheUnits() {
        let units = Period.Unit.allCases.map { Period(amount: 1, unit: $0).approximateDays }
        #expect(units == units.sorted())
        #expect(Period(amount: 2, unit: .week).approximateDays == 14)
    }
}
