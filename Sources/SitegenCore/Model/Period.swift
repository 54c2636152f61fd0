/// A length of time such as `14 months` or `12 days`, as written in a register.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable, Codable {
        case minute, hour, day, week, month, year
    }

    public let amount: Int
    public let unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The spellings accepted for each unit: English and Dutch, singular and plural.
    static let unitSpellings: [String: Unit] = [
        "minute": .minute, "minutes": .minute, "minuut": .minute, "minuten": .minute,
        "hour": .hour, "hours": .hour, "uur": .hour, "uren": .hour,
        "day": .day, "days": .day, "dag": .day, "dagen": .day,
        "week": .week, "weeks": .week, "weken": .week,
        "month": .month, "months": .month, "maand": .month, "maanden": .month,
        "year": .year, "years": .year, "jaar": .year, "jaren": .year,
    ]

    /// Spellings used after `1`; Dutch `jaar` and `uur` serve both.
    static let singularSpellings: Set<String> = [
        "minute", "minuut", "hour", "uur", "day", "dag", "week", "month", "maand", "year", "jaar",
    ]

    public enum ParseError: Error, Equatable {
        case notAPeriod
        case badAmount(String)
        case unknownUnit(String, suggestion: String?)
    }

    /// Parses `<whole number> <unit>`, e.g. `14 months`, `1 year`, `12 dagen`.
    public static func parse(_ text: String) -> Result<Period, ParseError> {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else { return .failure(.notAPeriod) }
        guard let amount = Int(parts[0]), amount > 0 else { return .failure(.badAmount(String(parts[0]))) }
        let word = parts[1].lowercased()
        guard let unit = unitSpellings[word] else {
            // Suggest the spelling that agrees with the number: `14 monts` means `months`.
            let agreeing = unitSpellings.keys.filter { singularSpellings.contains($0) == (amount == 1) || $0 == "jaar" || $0 == "uur" }
            return .failure(.unknownUnit(word, suggestion: Suggestion.closest(to: word, in: agreeing.sorted())))
        }
        return .success(Period(amount: amount, unit: unit))
    }

    /// The length in days, for drawing periods to scale. Months and years are averages, which is
    /// exact enough for a picture and never used for a date.
    public var approximateDays: Double {
        let perUnit: Double = switch unit {
        case .minute: 1.0 / 1440
        case .hour: 1.0 / 24
        case .day: 1
        case .week: 7
        case .month: 365.25 / 12
        case .year: 365.25
        }
        return Double(amount) * perUnit
    }

    public var description: String { "\(amount) \(unit.rawValue)\(amount == 1 ? "" : "s")" }
}
