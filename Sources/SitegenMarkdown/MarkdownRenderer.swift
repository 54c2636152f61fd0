import CCmarkGFM
import Foundation

/// Turns GitHub-flavoured Markdown into HTML with cmark-gfm.
///
/// Raw HTML never passes: `CMARK_OPT_UNSAFE` is never set, so cmark replaces raw HTML with
/// `<!-- raw HTML omitted -->` and drops `javascript:`, `vbscript:`, `file:` and most `data:`
/// link targets. The `tagfilter` extension is attached as a second line of defence.
public struct MarkdownRenderer: Sendable {
    /// The GFM extensions every statement is rendered with.
    public static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]

    public init() {
        Self.registerExtensionsOnce
    }

    /// Renders one Markdown document to an HTML fragment.
    public func html(from markdown: String) -> String {
        Self.renderUnlocked(markdown)
    }

    private static let lock = NSLock()

    private static let registerExtensionsOnce: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    private static func renderUnlocked(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // cmark-gfm keeps one table of special inline characters for all parsers: each parse adds
        // its extensions' characters when it processes inlines and removes them when done
        // (upstream PR #176), so a parse finishing on one thread drops `~` from another's. Inlines
        // are parsed only when the document is finished, so only that step runs one at a time;
        // reading the blocks and rendering the finished tree do not use the table and run in
        // parallel.
        markdown.withCString { bytes in
            cmark_parser_feed(parser, bytes, strlen(bytes))
        }
        let document: OpaquePointer? = Self.lock.withLock { cmark_parser_finish(parser) }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
