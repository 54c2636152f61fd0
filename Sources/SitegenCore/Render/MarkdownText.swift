import Mustache

/// Escapes text from the register so that Markdown shows it literally.
///
/// Characters that can start markup anywhere (`*`, `_`, `[`, `<`, `|`, `&`, …) are
/// backslash-escaped, as CommonMark allows for all ASCII punctuation. Characters that only mean
/// something at the start of a line (`-`, `+`, `=`, `1.`) are escaped there. Line breaks and runs
/// of spaces become one space, so a text can neither start a block (list, heading, code) nor end
/// a table row. Ordinary punctuation is left alone, so the Markdown stays readable in a diff.
public struct MarkdownText: MustacheContentType {
    public static let contentTypeName = "MARKDOWN"

    /// Punctuation that can open or close inline markup, HTML or a table cell anywhere.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "&", "~", "{", "}"]
    /// Punctuation that starts a block when it opens a line.
    static let escapedAtStart: Set<Character> = ["-", "+", "="]

    public init() {}

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        var leadingDigits = true
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                leadingDigits = false
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            let atStart = result.isEmpty
            let endsLeadingNumber = leadingDigits && !atStart && (character == "." || character == ")")
            if alwaysEscaped.contains(character) || (atStart && escapedAtStart.contains(character)) || endsLeadingNumber {
                result.append("\\")
            }
            if !character.isNumber { leadingDigits = false }
            result.append(character)
        }
        return result
    }

    /// Registered once, before any template is parsed, because the pragma is looked up at parse time.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownText(), named: contentTypeName)
    }()
}
