import Foundation

/// Comma-separated values as RFC 4180 writes them, made safe to open in a spreadsheet.
public enum CSV {
    /// Rows joined with CR LF, every row ending in one.
    public static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: neutralised against formulas, then quoted when it holds a comma, a quote or a
    /// line break, with quotes doubled.
    public static func field(_ value: String) -> String {
        let safe = neutralised(value)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
    /// return before one) as a formula, so text from the register could run commands on the
    /// reader's machine. A leading `'` makes such a cell plain text (OWASP's advice).
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }
}
