import Foundation

/// The live-reload script, added to HTML only as it is served: a real build never contains it.
enum LiveReload {
    /// The script for a page rendered from `build`; it reloads as soon as the server reports another.
    static func script(build: Int) -> String {
        """
        <script>/* sitegen serve: live reload */(function(){var b=\(build);\
        var s=new EventSource("\(RequestPath.eventsPath)");\
        s.addEventListener("build",function(e){if(Number(e.data)!==b){s.close();location.reload();}});})();</script>

        """
    }

    /// `html` with the script inserted before the last `</body>`, or appended when there is none.
    static func inject(into html: Data, build: Int) -> Data {
        let script = Data(script(build: build).utf8)
        let closing = Data("</body>".utf8)
        let lowered = Data(html.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        guard let range = lowered.range(of: closing, options: .backwards) else { return html + script }
        var result = html
        result.insert(contentsOf: script, at: range.lowerBound)
        return result
    }

    /// One server-sent event as it goes over the wire.
    static func encode(_ event: ReloadEvent) -> String {
        switch event {
        case .build(let number): "event: build\ndata: \(number)\n\n"
        case .heartbeat: ": heartbeat\n\n"
        }
    }
}
