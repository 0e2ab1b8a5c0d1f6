import Foundation
import Hummingbird
import NIOCore
import NodeumClient
import Synchronization

/// A small loopback server for what the simulator does not do: an HTML error page from a
/// "proxy", `Retry-After` as an HTTP date, a list whose `count` is the page's length with a
/// capped page size, a connection cut mid-body, huge integers, and an echo of the request line and headers.
final class OddServer: Sendable {
    /// Items behind `/files` in the page-length style.
    static let listSize = 1000
    static let pageCap = 300
    /// Tapes behind `/tapes`, whose pages hold more items than asked.
    static let tapeCount = 95
    let hits = Mutex<[String: Int]>([:])
    private let task = Mutex<Task<Void, any Error>?>(nil)

    func count(_ path: String) -> Int { hits.withLock { $0[path] ?? 0 } }
    private func hit(_ path: String) -> Int { hits.withLock { $0[path, default: 0] += 1; return $0[path]! } }

    func start() async throws -> URL {
        let router = Router()
        router.get("/api/v2/html") { _, _ -> Response in
            _ = self.hit("html")
            return Response(
                status: .badGateway, headers: [.contentType: "text/html"],
                body: .init(byteBuffer: ByteBuffer(string: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")))
        }
        router.get("/api/v2/retry-date") { _, _ -> Response in
            if self.hit("retry-date") == 1 {
                let date = RetryPolicy.httpDate(Date().addingTimeInterval(2))
                return Response(status: .serviceUnavailable, headers: [.retryAfter: date, .contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"messages":["busy"]}"#)))
            }
            return Self.json(#"{"ok":true}"#)
        }
        router.post("/api/v2/unavailable") { _, _ -> Response in
            _ = self.hit("unavailable")
            return Response(status: .serviceUnavailable, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"messages":["down"]}"#)))
        }
        router.get("/api/v2/files") { request, _ -> Response in
            _ = self.hit("files")
            let limit = Int(request.uri.queryParameters["limit"].map(String.init) ?? "") ?? 20
            let offset = Int(request.uri.queryParameters["offset"].map(String.init) ?? "") ?? 0
            let end = min(Self.listSize, offset + min(limit, Self.pageCap))
            let ids = offset < end ? Array(offset..<end) : []
            let items = ids.map { #"{"id":\#($0 + 1),"name":"f\#($0 + 1)"}"# }.joined(separator: ",")
            return Self.json(#"{"count":\#(ids.count),"files":[\#(items)]}"#)
        }
        router.get("/api/v2/cut") { _, _ -> Response in
            _ = self.hit("cut")
            // Promises 4096 bytes, sends a few, then fails: the server closes the connection mid-body.
            return Response(
                status: .ok, headers: [.contentType: "application/json", .contentLength: "4096"],
                body: ResponseBody(contentLength: 4096) { writer in
                    try await writer.write(ByteBuffer(string: #"{"count":1000,"files":[{"id":1"#))
                    throw CancellationError()
                })
        }
        router.get("/api/v2/tapes") { request, _ -> Response in
            // Honours `id=>N` and sorts by id, but answers five items more than the limit asked.
            _ = self.hit("tapes")
            let limit = Int(request.uri.queryParameters["limit"].map(String.init) ?? "") ?? 20
            let after = request.uri.queryParameters["id"].flatMap { Int($0.dropFirst()) } ?? 0
            let ids = Array((after + 1)...max(after + 1, Self.tapeCount)).filter { $0 <= Self.tapeCount }.prefix(limit + 5)
            let items = ids.map { #"{"id":\#($0),"barcode":"T\#($0)"}"# }.joined(separator: ",")
            return Self.json(#"{"count":\#(Self.tapeCount - after),"tapes":[\#(items)]}"#)
        }
        router.get("/api/v2/big") { _, _ -> Response in
            Self.json(#"{"id":9007199254740993,"neg":-9223372036854775808,"f":1.5e3,"s":"\u00e9\n"}"#)
        }
        router.get("/api/v2/echo/**") { request, _ -> Response in
            let ua = request.headers[.userAgent] ?? ""
            let auth = request.headers[.authorization] ?? ""
            let path = request.uri.path
            let query = request.uri.query ?? ""
            let body = APIValue.object(["path": .string(path), "query": .string(query), "user_agent": .string(ua), "authorization": .string(auth)])
            return Self.json(body.serialized())
        }
        let port = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.continuation.yield(channel.localAddress?.port ?? 0) })
        let running = Task {
            defer { port.continuation.finish() }
            try await app.run()
        }
        task.withLock { $0 = running }
        var it = port.stream.makeAsyncIterator()
        guard let bound = await it.next() else {
            _ = try await running.value
            throw CancellationError()
        }
        return URL(string: "http://127.0.0.1:\(bound)/api/v2")!
    }

    func stop() async {
        let t = task.withLock { $0 }
        t?.cancel()
        _ = await t?.result
    }

    static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Runs `body` with a started server.
    static func with(_ body: (OddServer, URL) async throws -> Void) async throws {
        let server = OddServer()
        let url = try await server.start()
        do { try await body(server, url) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
