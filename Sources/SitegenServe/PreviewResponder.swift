import Foundation
import Hummingbird

/// Answers every request from the in-memory site; the router of `sitegen serve`.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = await response(to: request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func response(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.make(.methodNotAllowed, type: "text/plain; charset=utf-8", data: Data("Method not allowed\n".utf8),
                             extra: [.allow: "GET, HEAD"])
        }
        switch RequestPath(target: request.head.path ?? "") {
        case .refused:
            return Self.make(.badRequest, type: ContentType.html, data: Data(Pages.badRequest().utf8))
        case .events:
            return await events()
        case .site(let key, let isFolder):
            return await file(key: key, isFolder: isFolder)
        }
    }

    private func file(key: String, isFolder: Bool) async -> Response {
        let state = await store.current
        let type = ContentType.forPath(key)
        // While the build is broken every page shows why; styles, images and the like stay served.
        if state.isBroken && type == ContentType.html {
            let page = Pages.buildFailed(state.diagnostics, hasGoodBuild: !state.files.isEmpty)
            return Self.html(.internalServerError, Data(page.utf8), build: state.build)
        }
        if let data = state.files[key] {
            if type == ContentType.html { return Self.html(.ok, data, build: state.build) }
            return Self.make(.ok, type: type, data: data)
        }
        if !isFolder, state.files[key + "/index.html"] != nil {
            return Self.make(.movedPermanently, type: "text/plain; charset=utf-8", data: Data(),
                             extra: [.location: "/" + key + "/"])
        }
        let shown = "/" + (isFolder ? String(key.dropLast("index.html".count)) : key)
        return Self.html(.notFound, Data(Pages.notFound(path: shown).utf8), build: state.build)
    }

    private func events() async -> Response {
        guard let stream = await store.subscribe() else {
            return Self.make(.serviceUnavailable, type: "text/plain; charset=utf-8", data: Data("Shutting down\n".utf8))
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in stream {
                try await writer.write(ByteBuffer(string: LiveReload.encode(event)))
            }
            try await writer.finish(nil)
        })
    }

    private static func html(_ status: HTTPResponse.Status, _ data: Data, build: Int) -> Response {
        make(status, type: ContentType.html, data: LiveReload.inject(into: data, build: build))
    }

    private static func make(_ status: HTTPResponse.Status, type: String, data: Data,
                             extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        // Every response may change with the next save, so nothing may be kept.
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
