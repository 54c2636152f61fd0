import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately plain HTTP/1.1 client over a socket: it sends the request target exactly as
/// written (URLSession would normalise `..` away) and reads the whole response.
struct RawResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

struct RawHTTPError: Error, CustomStringConvertible {
    let description: String
}

/// One blocking socket to 127.0.0.1, used only on a thread of its own.
final class RawConnection: @unchecked Sendable {
    private let socketFD: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw RawHTTPError(description: "socket() failed") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketFD)
            throw RawHTTPError(description: "connect() failed: errno \(errno)")
        }
    }

    deinit { close(socketFD) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(socketFD, $0.baseAddress, $0.count) }
            guard count > 0 else { throw RawHTTPError(description: "write() failed: errno \(errno)") }
            sent += count
        }
    }

    /// Reads until `done` holds for what arrived, the peer closes, or the deadline passes.
    func read(until deadline: ContinuousClock.Instant, done: (Data) -> Bool = { _ in false }) throws -> Data {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while ContinuousClock.now < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received.append(contentsOf: buffer[..<count])
                if done(received) { return received }
            } else if count == 0 {
                return received
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                throw RawHTTPError(description: "recv() failed: errno \(errno)")
            }
        }
        throw RawHTTPError(description: "timed out; got \(received.count) bytes")
    }
}

enum RawHTTP {
    /// Runs blocking socket work on a thread of its own. Not on Dispatch's global queues: on Linux
    /// they share their few threads with Swift concurrency, so blocking them would stall the server.
    static func offloaded<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.start()
        }
    }

    static func request(port: Int, _ target: String, method: String = "GET",
                        timeout: Duration = .seconds(5)) async throws -> RawResponse {
        try await offloaded {
            let connection = try RawConnection(port: port)
            try connection.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return try parse(connection.read(until: .now + timeout))
        }
    }

    static func parse(_ data: Data) throws -> RawResponse {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else { throw RawHTTPError(description: "no header end") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw RawHTTPError(description: "bad status line \(head[0])")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}

/// An open `/_sitegen/events` stream, read as events arrive.
final class EventStream: @unchecked Sendable {
    private let connection: RawConnection
    private let lock = NSLock()
    private var received = Data()

    init(port: Int) async throws {
        connection = try await RawHTTP.offloaded {
            let connection = try RawConnection(port: port)
            try connection.send("GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            return connection
        }
    }

    /// The highest build number announced so far.
    var latestBuild: Int? {
        lock.withLock { Self.builds(in: received).max() }
    }

    var headers: String {
        lock.withLock { String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0] }
    }

    /// Waits (at most `timeout`) for an event announcing a build after `build`.
    @discardableResult
    func waitForBuild(after build: Int, timeout: Duration = .seconds(8)) async throws -> Int {
        if let latest = latestBuild, latest > build { return latest }
        let connection = self.connection
        let more = try await RawHTTP.offloaded {
            try connection.read(until: .now + timeout) { data in
                Self.builds(in: data).contains { $0 > build }
            }
        }
        lock.withLock { received.append(more) }
        guard let latest = latestBuild, latest > build else { throw RawHTTPError(description: "no build after \(build)") }
        return latest
    }

    static func builds(in data: Data) -> [Int] {
        String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            .compactMap { $0.hasPrefix("data: ") ? Int($0.dropFirst(6)) : nil }
    }
}
