import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately misbehaving HTTP server on loopback, for the answers a real network and a
/// real appliance may give and the simulator never does: truncated or endless bodies, HTML from
/// a proxy, nesting thousands deep, lists whose pages repeat. It speaks raw bytes over POSIX
/// sockets so that a reply can break HTTP itself (a body cut short, a connection left hanging);
/// each connection answers one request and closes. Routes are matched by path, without query.
public final class HostileServer: Sendable {
    /// A request as the server read it.
    public struct Request: Sendable {
        public let method: String
        public let path: String
        public let query: [String: String]
        public let headers: [String: String]

        /// An integer query parameter, or `default`.
        public func int(_ name: String, default value: Int) -> Int { query[name].flatMap { Int($0) } ?? value }
    }

    /// What to send back.
    public struct Reply: Sendable {
        public var bytes: [UInt8]
        /// Keep the connection open without sending more (until the server stops).
        public var hang = false

        public init(bytes: [UInt8], hang: Bool = false) {
            self.bytes = bytes
            self.hang = hang
        }

        /// A whole HTTP/1.1 response: status line, headers (Content-Length added unless given), body.
        public static func http(_ status: Int, _ reason: String = "", headers: [(String, String)] = [], body: [UInt8]) -> Reply {
            var head = "HTTP/1.1 \(status) \(reason.isEmpty ? "Status" : reason)\r\n"
            for (k, v) in headers { head += "\(k): \(v)\r\n" }
            if !headers.contains(where: { $0.0.lowercased() == "content-length" || $0.0.lowercased() == "transfer-encoding" }) {
                head += "Content-Length: \(body.count)\r\n"
            }
            head += "Connection: close\r\n\r\n"
            return Reply(bytes: Array(head.utf8) + body)
        }

        /// A JSON answer.
        public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> Reply {
            http(status, headers: [("Content-Type", "application/json")] + headers, body: Array(text.utf8))
        }
    }

    public typealias Route = @Sendable (Request) -> Reply

    private let routes: [String: Route]
    private let listener: Int32
    private let hitCounts = Mutex<[String: Int]>([:])
    private let open = Mutex<Set<Int32>>([])
    private let stopped = Mutex(false)
    /// The port it listens on, on 127.0.0.1.
    public let port: Int

    /// Starts listening on a free loopback port.
    public init(routes: [String: Route]) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HostileServerError("socket: \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw HostileServerError("bind/listen: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "HostileServer"
        thread.start()
    }

    /// `http://127.0.0.1:PORT`, the base URL a client is given.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// How many requests reached `path`.
    public func hits(_ path: String) -> Int { hitCounts.withLock { $0[path] ?? 0 } }

    /// Stops accepting and closes every connection still open (hanging ones included).
    public func stop() {
        guard stopped.withLock({ s in defer { s = true }; return !s }) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open.withLock({ $0 }) { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    deinit { stop() }

    private func acceptLoop() {
        while !stopped.withLock({ $0 }) {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                return
            }
            open.withLock { _ = $0.insert(fd) }
            let thread = Thread { [self] in serve(fd) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            open.withLock { _ = $0.remove(fd) }
            close(fd)
        }
        guard let request = readRequest(fd) else { return }
        hitCounts.withLock { $0[request.path, default: 0] += 1 }
        let reply = routes[request.path]?(request) ?? .json(#"{"messages":["no such route in the hostile server"]}"#, status: 404)
        write(all: reply.bytes, to: fd)
        if reply.hang {
            // Read until the peer or stop() closes the connection.
            var buffer = [UInt8](repeating: 0, count: 1024)
            while recv(fd, &buffer, buffer.count, 0) > 0 {}
        } else {
            shutdown(fd, Int32(SHUT_WR))
        }
    }

    private func write(all bytes: [UInt8], to fd: Int32) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    /// The request head (and a body by Content-Length, which is read and dropped).
    private func readRequest(_ fd: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: Int
        while true {
            if let i = Self.headEnd(data) { end = i; break }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 || data.count > 1 << 20 { return nil }
            data.append(contentsOf: buffer[0..<n])
        }
        let head = String(decoding: data[0..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let parts = lines.removeFirst().split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var bodyLeft = (headers["content-length"].flatMap { Int($0) } ?? 0) - (data.count - end - 4)
        while bodyLeft > 0 {
            let n = recv(fd, &buffer, min(buffer.count, bodyLeft), 0)
            if n <= 0 { break }
            bodyLeft -= n
        }
        let target = String(parts[1])
        let pathPart = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        var query: [String: String] = [:]
        if let q = target.split(separator: "?", maxSplits: 1).dropFirst().first {
            for pair in q.split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                query[kv[0]] = kv.count > 1 ? kv[1] : ""
            }
        }
        return Request(method: String(parts[0]), path: pathPart, query: query, headers: headers)
    }

    private static func headEnd(_ data: [UInt8]) -> Int? {
        guard data.count >= 4 else { return nil }
        for i in 0...(data.count - 4) where data[i] == 13 && data[i + 1] == 10 && data[i + 2] == 13 && data[i + 3] == 10 {
            return i
        }
        return nil
    }
}

/// The server could not start.
public struct HostileServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
