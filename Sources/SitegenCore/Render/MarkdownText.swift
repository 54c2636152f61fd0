import Mustache

/// Escapes text from the register so that Markdown shows it literally.
///
/// Every ASCII punctuation character is backslash-escaped (CommonMark allows that for all of
/// them), so a purpose can hold `*`, `[x](javascript:…)`, `<script>` or `|` inside a table cell
/// and the reader sees exactly those characters, never markup. Line breaks and runs of spaces
/// become one space, so a text can neither start a list, a heading or a code block, nor end a
/// table row.
public struct MarkdownText: MustacheContentType {
    public static let contentTypeName = "MARKDOWN"

    public init() {}

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if character.isASCII, character.isPunctuation || character.isSymbol {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }

    /// Registered once, before any template is parsed, because the pragma is looked up at parse time.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownText(), named: contentTypeName)
    }()
}
