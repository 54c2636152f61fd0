/// Turns a raw request target into a key of the in-memory site, refusing anything that tries to
/// step outside it. The site lives in a dictionary, so nothing else could be read anyway; these
/// requests are refused explicitly so a mistake in a later change cannot open a hole.
enum RequestPath: Equatable, Sendable {
    /// A file key such as `nl/index.html`; `isFolder` when the request ended in `/`.
    case site(key: String, isFolder: Bool)
    /// The live-reload event stream.
    case events
    /// A request that tries to escape the site or is not a plain path.
    case refused

    static let eventsPath = "/_sitegen/events"

    init(target: String) {
        // The query and fragment play no part in finding a file.
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        // Origin-form only: one leading slash. `//host/x`, `http://…` and `*` are refused.
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { self = .refused; return }
        let lowered = path.lowercased()
        // Encoded dots, slashes, backslashes and NULs exist only to slip past checks like the ones below.
        for encoded in ["%2e", "%2f", "%5c", "%00"] where lowered.contains(encoded) {
            self = .refused
            return
        }
        guard !path.contains("\\"), let decoded = path.removingPercentEncoding,
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" })
        else { self = .refused; return }
        if decoded == Self.eventsPath { self = .events; return }

        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment == "." || segment == ".." { self = .refused; return }
            // An empty segment is only allowed last (a trailing slash); `a//b` is refused.
            if segment.isEmpty && index != segments.count - 1 { self = .refused; return }
        }
        let isFolder = segments.last?.isEmpty ?? true
        let joined = segments.joined(separator: "/")
        self = .site(key: isFolder ? joined + "index.html" : joined, isFolder: isFolder)
    }
}
