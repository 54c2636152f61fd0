/// The revisions as seen on the build date: which one is in effect, which are past, which are
/// announced for later.
public struct History: Sendable {
    public let revisions: [Revision]
    public let buildDate: StatementDate

    /// Each revision's place in `revisions`, so neighbours are found without a search.
    private let positions: [StatementDate: Int]

    public init(revisions: [Revision], buildDate: StatementDate) {
        self.revisions = revisions.sorted { $0.date < $1.date }
        self.buildDate = buildDate
        self.current = self.revisions.last { $0.date <= buildDate }
        self.positions = Dictionary(self.revisions.enumerated().map { ($1.date, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Revisions dated after the build date: changes announced before they take effect.
    public var announced: [Revision] { revisions.filter { $0.date > buildDate } }
    /// The statement in effect: the newest revision whose date has come.
    public let current: Revision?
    public var newest: Revision? { revisions.last }

    /// The revision before `revision`, if any.
    public func previous(of revision: Revision) -> Revision? {
        guard let index = positions[revision.date], index > 0 else { return nil }
        return revisions[index - 1]
    }

    /// The revision after `revision`, if any.
    public func next(of revision: Revision) -> Revision? {
        guard let index = positions[revision.date], index + 1 < revisions.count else { return nil }
        return revisions[index + 1]
    }
}
