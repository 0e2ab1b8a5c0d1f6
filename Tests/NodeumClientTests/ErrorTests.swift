import Foundation
import NodeumAPI
import NodeumClient
import Testing

@Suite struct ErrorTests {
    @Test func wrongPasswordIs401WithAHint() async throws {
        try await TestSimulator.withClient { _, _, url in
            let client = try TestSimulator.client(url, credentials: .basic(user: "admin", password: "wrong-pw-999"))
            let e = await TestSimulator.error { try await client.call("index_tasks") }
            #expect(e?.kind == .api)
            #expect(e?.status == 401)
            #expect(e?.messages == ["invalid user name or password"])
            #expect(e?.operationID == "index_tasks")
            #expect(e?.method == "GET")
            #expect(e?.url == url.absoluteString + "/tasks")
            #expect(e?.description == "401 Unauthorized from GET \(url.absoluteString)/tasks (index_tasks): invalid user name or password — check the user and password, or the API key")
            #expect(!(e?.description.contains("wrong-pw-999") ?? true))
            try await client.shutdown()
        }
    }

    @Test func missingScopeIs403NamingTheScope() async throws {
        try await TestSimulator.withClient { client, _, url in
            let key = try await client.call(
                "create_api_key", body: ["name": "narrow", "api_key_scopes": [["controller": "pools", "action": "index"]]])
            let token = try #require(key?["key"]?.stringValue)
            let narrow = try TestSimulator.client(url, credentials: .bearer(token: token))
            #expect(try await narrow.call("index_pools")?["pools"] != nil)
            let e = await TestSimulator.error { try await narrow.call("index_tasks") }
            #expect(e?.status == 403)
            #expect(e?.messages == ["API key lacks scope tasks / index"])
            #expect(e?.description.hasSuffix("— the credentials lack the scope 'tasks / index'") == true)
            #expect(!(e?.description.contains(token) ?? true))
            try await narrow.shutdown()
        }
    }

    @Test func notFoundCarriesMessagesAndDetails() async throws {
        try await TestSimulator.withClient { client, _, url in
            let e = await TestSimulator.error { try await client.call("show_task", ["task_id": 987654]) }
            #expect(e?.status == 404)
            #expect(e?.messages.count == 1)
            #expect(e?.details?["base"]?[0]?["error"] == "not_found")
            #expect(e?.description.hasPrefix("404 Not Found from GET \(url.absoluteString)/tasks/987654 (show_task): ") == true)
        }
    }

    @Test func takenNameIs422WithDetails() async throws {
        try await TestSimulator.withClient { client, _, _ in
            _ = try await client.call("create_pool", body: ["name": "dup", "type": "primary"])
            let e = await TestSimulator.error { try await client.call("create_pool", body: ["name": "dup", "type": "primary"]) }
            #expect(e?.status == 422)
            #expect(e?.messages == ["name dup is already taken"])
            #expect(e?.details == ["name": [["error": "taken", "value": "dup"]]])
        }
    }

    @Test func validationFailureIs422ListingAttributes() async throws {
        try await TestSimulator.withClient { client, _, url in
            let e = await TestSimulator.error { try await client.call("create_pool", body: ["type": "nonsense", "id": 5]) }
            #expect(e?.status == 422)
            #expect(e?.details?["type"]?[0]?["error"] == "invalid")
            #expect(e?.details?["id"]?[0]?["error"] == "frozen")
            #expect(e?.description.contains("422 Unprocessable Entity from POST \(url.absoluteString)/pools (create_pool): Validation failed") == true)
            #expect(e?.description.contains("id: frozen") == true)
        }
    }

    @Test func htmlErrorPageGivesAReadableError() async throws {
        try await OddServer.with { server, url in
            let client = try TestSimulator.client(url, credentials: .basic(user: "u", password: "html-secret")) { $0.retry = .none }
            let e = await TestSimulator.error { _ = try await client.request(.get, "/html") }
            #expect(e?.kind == .api)
            #expect(e?.status == 502)
            #expect(e?.bodyExcerpt == "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
            #expect(e?.description == "502 Bad Gateway from GET \(url.absoluteString)/html: the server answered text/html, not the API's JSON (a proxy or wrong URL?): \"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>\"")
            #expect(server.count("html") == 1)
            try await client.shutdown()
        }
    }

    @Test func refusedConnectionIsClassified() async throws {
        let port = try await freePort()
        let client = try TestSimulator.client(URL(string: "http://127.0.0.1:\(port)")!, credentials: nil) { $0.retry = .none }
        let e = await TestSimulator.error { try await client.call("index_tasks") }
        #expect(e?.kind == .refused)
        #expect(e?.neverReachedServer == true)
        #expect(e?.description.contains("is the server running") == true)
        try await client.shutdown()
    }

    @Test func connectionCutMidBodyIsAResetAndRetriedForGET() async throws {
        try await OddServer.with { server, url in
            let once = try TestSimulator.client(url, credentials: nil) { $0.retry = .none }
            let e = await TestSimulator.error { _ = try await once.request(.get, "/cut") }
            #expect(e?.kind == .connectionReset)
            #expect(server.count("cut") == 1)
            try await once.shutdown()
            let logs = LogCapture()
            let retrying = try TestSimulator.client(url, credentials: nil, logs: logs) {
                $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10))
            }
            let again = await TestSimulator.error { _ = try await retrying.request(.get, "/cut") }
            #expect(again?.kind == .connectionReset)
            #expect(server.count("cut") == 4)
            #expect(logs.all.filter { $0.hasPrefix("debug retrying after connection_reset") }.count == 2)
            try await retrying.shutdown()
        }
    }

    @Test func unresolvableHostIsClassifiedAsDNS() async throws {
        let client = try TestSimulator.client(URL(string: "http://no-such-host.invalid")!, credentials: nil) { $0.retry = .none }
        let e = await TestSimulator.error { try await client.call("index_tasks") }
        #expect(e?.kind == .dns)
        #expect(e?.description.contains("no-such-host.invalid") == true)
        try await client.shutdown()
    }

    @Test func slowAnswerIsATimeout() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.latency = .init(base: 1500) }) { _, _, url in
            let client = try TestSimulator.client(url, credentials: .basic(user: "admin", password: TestSimulator.password)) {
                $0.requestTimeout = .milliseconds(300)
            }
            let start = ContinuousClock.now
            let e = await TestSimulator.error { try await client.call("index_tasks") }
            #expect(e?.kind == .timeout)
            #expect(ContinuousClock.now - start < .seconds(1.4))
            try await client.shutdown()
        }
    }

    @Test func tlsToAPlainServerIsClassifiedAsTLS() async throws {
        try await TestSimulator.withClient { _, _, url in
            let client = try TestSimulator.client(URL(string: "https://127.0.0.1:\(url.port!)")!, credentials: nil) { $0.retry = .none }
            let e = await TestSimulator.error { try await client.call("index_tasks") }
            #expect(e?.kind == .tls)
            #expect(e?.description.contains("--ca-cert") == true)
            try await client.shutdown()
        }
    }

    @Test func noSecretInAnyErrorOrLogLine() async throws {
        let logs = LogCapture()
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.faultRate = 0.3; $0.randomSeed = 3 }, logs: logs) { client, _, url in
            // POST is not retried on 5xx: try until a call escapes the injected faults.
            var key: APIValue?
            for i in 0..<20 where key == nil {
                key = try? await client.call("create_api_key", body: ["name": .string("k\(i)"), "api_key_scopes": []])
            }
            let token = try #require(key?["key"]?.stringValue)
            let bearer = try TestSimulator.client(url, credentials: .bearer(token: token), logs: logs)
            var descriptions: [String] = []
            for op in ["index_tasks", "show_task", "index_pools"] {
                let params: [String: APIValue] = op == "show_task" ? ["task_id": 999999] : [:]
                let wrong = try TestSimulator.client(url, credentials: .bearer(token: token + "x"), logs: logs)
                for c in [client, bearer, wrong] {
                    if let e = await TestSimulator.error({ try await c.call(op, params) }) { descriptions.append("\(e) \(e.messages) \(e.url ?? "")") }
                }
            }
            let refused = try TestSimulator.client(URL(string: "http://admin:\(TestSimulator.password)@127.0.0.1:\(try await freePort())")!,
                                                   credentials: .basic(user: "admin", password: TestSimulator.password), logs: logs)
            if let e = await TestSimulator.error({ try await refused.call("index_tasks") }) { descriptions.append("\(e)") }
            #expect(descriptions.count >= 3)
            let output = descriptions.joined(separator: "\n") + logs.all.joined(separator: "\n")
            let basic = Data("admin:\(TestSimulator.password)".utf8).base64EncodedString()
            for secret in [TestSimulator.password, token, basic] {
                #expect(!output.contains(secret))
            }
            #expect(!logs.all.isEmpty)
            try await bearer.shutdown()
            try await refused.shutdown()
        }
    }
}

/// A loopback port nothing listens on (bound, then released).
func freePort() async throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}
