import SitegenCore

/// The pages the preview server writes itself: the build-error page and the 404 page.
enum Pages {
    /// The error page shows register text and file names: escaped like every page sitegen writes.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }

    static func buildFailed(_ diagnostics: [Diagnostic], hasGoodBuild: Bool) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        var items = ""
        for diagnostic in diagnostics {
            let place = diagnostic.location.map { "<code class=\"place\">\(escape($0.description))</code> " } ?? ""
            let hint = diagnostic.hint.map { "<div class=\"hint\">hint: \(escape($0))</div>" } ?? ""
            items += "<li class=\"\(diagnostic.severity.rawValue)\">\(place)<strong>\(diagnostic.severity.rawValue):</strong> "
                + "\(escape(diagnostic.message))\(hint)</li>\n"
        }
        let note = hasGoodBuild
            ? "The pages of the last good build are still served; other files stay reachable. Save a fix and this page reloads."
            : "There is no good build yet. Save a fix and this page reloads."
        return page(title: "Build failed",
                    body: "<h1>Build failed with \(errors) error\(errors == 1 ? "" : "s")</h1>\n<p>\(note)</p>\n<ol class=\"diagnostics\">\n\(items)</ol>")
    }

    static func notFound(path: String) -> String {
        page(title: "Not found",
             body: "<h1>Not found</h1>\n<p>The site has no file at <code>\(escape(path))</code>.</p>\n<p><a href=\"/\">Go to the start page</a></p>")
    }

    static func badRequest() -> String {
        page(title: "Bad request", body: "<h1>Bad request</h1>\n<p>This path is not allowed.</p>")
    }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · sitegen serve</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        h1{color:#a00}.diagnostics{padding-left:1.5rem}.diagnostics li{margin:.75rem 0}
        .place{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .25rem}
        .hint{color:#555;margin-left:1rem}
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
