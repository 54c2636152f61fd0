/// The small pieces of grammar the statement needs in each language: lists, periods and dates.
public enum Phrasing {
    /// "naam, e-mailadres en telefoonnummer" / "name, e-mail address and phone number".
    public static func list(_ items: [String], in language: Language) -> String {
        let conjunction = language == .nl ? "en" : "and"
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// "14 maanden" / "14 months", "1 jaar" / "1 year".
    public static func period(_ period: Period, in language: Language) -> String {
        let one = period.amount == 1
        let unit: String
        switch (language, period.unit) {
        case (.nl, .minute): unit = one ? "minuut" : "minuten"
        case (.nl, .hour): unit = "uur"
        case (.en, .minute): unit = one ? "minute" : "minutes"
        case (.en, .hour): unit = one ? "hour" : "hours"
        case (.nl, .day): unit = one ? "dag" : "dagen"
        case (.nl, .week): unit = one ? "week" : "weken"
        case (.nl, .month): unit = one ? "maand" : "maanden"
        case (.nl, .year): unit = "jaar"
        case (.en, .day): unit = one ? "day" : "days"
        case (.en, .week): unit = one ? "week" : "weeks"
        case (.en, .month): unit = one ? "month" : "months"
        case (.en, .year): unit = one ? "year" : "years"
        }
        return "\(period.amount) \(unit)"
    }

    /// "1 november 2026" / "1 November 2026": spelled out, so no reader mistakes day for month.
    public static func date(_ date: StatementDate, in language: Language) -> String {
        let months: [String] = switch language {
        case .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                   "september", "oktober", "november", "december"]
        case .en: ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
        }
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
