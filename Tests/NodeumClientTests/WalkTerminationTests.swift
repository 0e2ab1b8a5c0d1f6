import Foundation
import NodeumAPI
import NodeumClient
import NodeumTestSupport
import Synchronization
import Testing

/// Whatever a server answers, a walk ends: it fails at the first page that repeats the one
/// before (with its own kind), drops items an insert shifted onto the next page, and refuses
/// pages whose list is no list; it never loops and never delivers an item twice.
@Suite struct WalkTerminationTests {
    /// `{"count": count, "files": [ids...]}`.
    static func page(_ ids: [Int], count: Int?) -> HostileServer.Reply {
        let items = ids.map { #"{"id":\#($0),"name":"f\#($0)"}"# }.joined(separator: ",")
        return .json(count.map { #"{"count":\#($0),"files":[\#(items)]}"# } ?? #"{"files":[\#(items)]}"#)
    }

    /// Walks `index_files` on `server`, returning the ids delivered and the error it ended with.
    static func walk(_ server: HostileServer, options: PaginationOptions = .init(pageSize: 10)) async throws -> ([Int64], NodeumClientError?) {
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil)
        var ids: [Int64] = []
        var failure: NodeumClientError?
        do {
            for try await f in try client.items("index_files", options: options) { ids.append(f["id"]?.intValue ?? -1) }
        } catch let e as NodeumClientError {
            failure = e
        }
        try await client.shutdown()
        server.stop()
        return (ids, failure)
    }

    @Test(arguments: [Optional(1000), Optional(3), nil])
    func aServerIgnoringOffsetFailsAtTheSecondPage(count: Int?) async throws {
        // The same three items whatever the offset: with a total of 1000, with the page's length, with no count.
        let server = try HostileServer(routes: ["/api/v2/files": { _ in Self.page([1, 2, 3], count: count) }])
        let (ids, e) = try await Self.walk(server)
        #expect(ids == [1, 2, 3])
        let error = try #require(e)
        #expect(error.kind == .badPagination)
        #expect(error.kind.description == "bad_pagination")
        #expect(error.pageOffset == 3)
        #expect(error.itemsDelivered == 3)
        #expect(error.description == "index_files answered the page at offset 3 with the same 3 items as the page before: "
            + "the server does not honour 'offset' (stopped after 2 requests, 3 items delivered)")
        #expect(server.hits("/api/v2/files") == 2)
    }

    @Test func pagesInFlightFromAServerIgnoringOffsetDeliverNothingTwice() async throws {
        let server = try HostileServer(routes: ["/api/v2/files": { _ in Self.page(Array(1...10), count: 100) }])
        let (ids, e) = try await Self.walk(server, options: .init(pageSize: 10, concurrency: 4))
        #expect(ids == Array(1...10))
        #expect(e?.kind == .badPagination)
        // The first page, then at most the window of four before the repeat is seen.
        #expect(server.hits("/api/v2/files") <= 5)
    }

    @Test func itemsShiftedByAnInsertBehindTheCursorAreDeliveredOnce() async throws {
        // After the first page, three items are inserted at the front: the next page starts
        // three items early. The walk drops the three it already delivered.
        let inserted = Mutex(false)
        let server = try HostileServer(routes: ["/api/v2/files": { request in
            let list = inserted.withLock { done in defer { done = true }; return done } ? [-2, -1, 0] + Array(1...20) : Array(1...20)
            let offset = request.int("offset", default: 0), limit = request.int("limit", default: 10)
            return Self.page(Array(list.dropFirst(offset).prefix(limit)), count: list.count)
        }])
        let (ids, e) = try await Self.walk(server)
        #expect(e == nil)
        #expect(ids == (1...20).map(Int64.init))
    }

    @Test func aPageRepeatingAnItemWithinItselfDeliversItOnce() async throws {
        let server = try HostileServer(routes: ["/api/v2/files": { request in
            request.int("offset", default: 0) == 0 ? Self.page([1, 2, 2, 3], count: 4) : Self.page([], count: 4)
        }])
        let (ids, e) = try await Self.walk(server)
        #expect(e == nil)
        #expect(ids == [1, 2, 3])
    }

    @Test func aListKeyThatIsNoListFailsTheWalk() async throws {
        let cases: [(String, String)] = [
            (#"{"count":5,"files":"oops"}"#, "index_files answered a page that is not a list: 'files' is a string, not a list"),
            (#"{"count":5}"#, "index_files answered a page that is not a list: its count is 5 but it has no 'files' list"),
            (#"{"count":5,"files":{"id":1}}"#, "index_files answered a page that is not a list: 'files' is an object, not a list"),
        ]
        for (body, message) in cases {
            let server = try HostileServer(routes: ["/api/v2/files": { _ in .json(body) }])
            let (ids, e) = try await Self.walk(server)
            #expect(ids.isEmpty)
            #expect(e?.kind == .badPagination)
            #expect(e?.description == message)
        }
        // An empty list may leave its key out.
        let empty = try HostileServer(routes: ["/api/v2/files": { _ in .json(#"{"count":0}"#) }])
        let (ids, e) = try await Self.walk(empty)
        #expect(ids.isEmpty && e == nil)
    }

    @Test func retriesRunningOutMidWalkSayWhichPageFailed() async throws {
        let server = try HostileServer(routes: ["/api/v2/files": { request in
            let offset = request.int("offset", default: 0)
            return offset < 20 ? Self.page(Array(offset + 1...offset + 10), count: 50) : .json(#"{"messages":["down for maintenance"]}"#, status: 503)
        }])
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil) {
            $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(5))
        }
        var ids: [Int64] = []
        let e = await TestSimulator.error {
            for try await f in try client.items("index_files", options: .init(pageSize: 10)) { ids.append(f["id"]!.intValue!) }
        }
        #expect(ids == (1...20).map(Int64.init))
        let error = try #require(e)
        #expect(error.status == 503)
        #expect(error.pageOffset == 20 && error.itemsDelivered == 20)
        #expect(error.description.hasPrefix("503 Service Unavailable from GET \(server.url)/api/v2/files?limit=10&offset=20 (index_files): down for maintenance (gave up after 3 attempts) (the page at offset 20 failed after 20 items were delivered)"))
        #expect(server.hits("/api/v2/files") == 2 + 3)
        try await client.shutdown()
        server.stop()
    }
}

/// Retries: 500 joins the statuses retried for idempotent calls; a `Retry-After` beyond the cap
/// or the budget ends the call at once, saying what the server asked for.
@Suite struct RetryLimitTests {
    /// A server answering `first` to the first request of every path, then 200.
    static func flaky(_ first: HostileServer.Reply) throws -> HostileServer {
        let seen = Mutex<Set<String>>([])
        let route: HostileServer.Route = { request in
            seen.withLock { $0.insert(request.path).inserted } ? first : .json(#"{"ok":true}"#)
        }
        return try HostileServer(routes: ["/api/v2/get": route, "/api/v2/post": route])
    }

    @Test func a500IsRetriedForGETButNotForPOST() async throws {
        let server = try Self.flaky(.json(#"{"messages":["boom"]}"#, status: 500))
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil)
        let r = try await client.request(.get, "/get")
        #expect(r.value == ["ok": true])
        #expect(server.hits("/api/v2/get") == 2)
        let e = await TestSimulator.error { _ = try await client.request(.post, "/post", body: [:]) }
        #expect(e?.status == 500)
        #expect(server.hits("/api/v2/post") == 1)
        #expect(RetryPolicy().retryableStatuses == [429, 500, 502, 503, 504])
        try await client.shutdown()
        server.stop()
    }

    @Test func aRetryAfterBeyondTheCapFailsAtOnceNamingTheWait() async throws {
        let server = try Self.flaky(.json(#"{"messages":["slow down"]}"#, status: 429, headers: [("Retry-After", "99999")]))
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil) { $0.retry = RetryPolicy() }
        let start = ContinuousClock.now
        let e = await TestSimulator.error { _ = try await client.request(.get, "/get") }
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(e?.status == 429)
        #expect(e?.description == "429 Too Many Requests from GET \(server.url)/api/v2/get: slow down — rate limited; retry later "
            + "(the server asked to retry after 99999 s, longer than the 60 s nodeum waits)")
        #expect(server.hits("/api/v2/get") == 1)
        try await client.shutdown()
        server.stop()
    }

    @Test func aRetryAfterBeyondTheBudgetFailsAtOnce() async throws {
        let server = try Self.flaky(.json(#"{"messages":["busy"]}"#, status: 503, headers: [("Retry-After", "5")]))
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil) {
            $0.retry = RetryPolicy(totalBudget: .seconds(2))
        }
        let e = await TestSimulator.error { _ = try await client.request(.get, "/get") }
        #expect(e?.status == 503)
        #expect(e?.description == "503 Service Unavailable from GET \(server.url)/api/v2/get: busy (the server asked to retry after 5.0 s, past the 2.0 s retry budget; 1 attempt)")
        #expect(server.hits("/api/v2/get") == 1)
        try await client.shutdown()
        server.stop()
    }

    @Test func aRetryAfterPastTheDeadlineFailsAtOnce() async throws {
        let server = try Self.flaky(.json(#"{"messages":["busy"]}"#, status: 503, headers: [("Retry-After", "3")]))
        let client = try TestSimulator.client(URL(string: server.url)!, credentials: nil)
        let e = await TestSimulator.error {
            _ = try await client.request(.get, "/get", deadline: .now + .seconds(1))
        }
        #expect(e?.status == 503)
        #expect(e?.description == "503 Service Unavailable from GET \(server.url)/api/v2/get: busy (the server asked to retry after 3.0 s, past the call's deadline; 1 attempt)")
        #expect(server.hits("/api/v2/get") == 1)
        try await client.shutdown()
        server.stop()
    }

    @Test func retryAfterIsReadUncapped() {
        let policy = RetryPolicy(maxRetryAfter: .seconds(5))
        #expect(policy.retryAfterDelay("3600") == .seconds(3600))
        #expect(policy.refuses(retryAfter: .seconds(3600)))
        #expect(!policy.refuses(retryAfter: .seconds(5)))
        #expect(policy.retryAfterDelay("1e300") == .seconds(365 * 86_400))
        #expect(policy.retryAfterDelay("-4") == .zero)
    }
}
