import Foundation
import NodeumTestSupport
import Testing

/// `nodeum` against a server that misbehaves on purpose (`HostileServer`): whatever the body,
/// the program ends with a value or one `nodeum: ...` line on stderr and the exit status of its
/// class, within the timeout, and never shows Swift's or a library's internals.
@Suite("nodeum against a hostile server", .serialized)
struct HostileAnswerTests {
    static let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    static let longString = String(repeating: "x", count: 5_000_000)

    /// The answers, by path under /api/v2/hostile/.
    static let routes: [String: HostileServer.Route] = [
        "truncated": { _ in .json(#"{"id": 1, "name": "ab"#) },
        "not-json": { _ in .json("hello, world") },
        "html-200": { _ in .http(200, "OK", headers: [("Content-Type", "text/html")], body: Array("<html><body>Welcome to the proxy</body></html>".utf8)) },
        "html-502": { _ in .http(502, "Bad Gateway", headers: [("Content-Type", "text/html")], body: Array("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>".utf8)) },
        "scalar": { _ in .json("42") },
        "deep": { _ in .json(deep) },
        "huge-numbers": { _ in .json(#"{"big": 123456789012345678901234567890, "neg": -99999999999999999999, "exp": 1e400, "exact": 9223372036854775807}"#) },
        "bad-utf8": { _ in .http(200, "OK", headers: [("Content-Type", "application/json")], body: Array(#"{"name": "a"#.utf8) + [0xFF, 0xFE] + Array(#"b"}"#.utf8)) },
        "long-string": { _ in .json("{\"s\": \"\(longString)\"}") },
        "duplicate-keys": { _ in .json(#"{"a": 1, "a": 2, "count": 7, "count": 3}"#) },
        "cut-short": { _ in .init(bytes: Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{\"id\": 1,".utf8)) },
        "never-finished": { _ in .init(bytes: Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\": 1,".utf8), hang: true) },
        "chunked-never-finished": { _ in .init(bytes: Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"id\"\r\n".utf8), hang: true) },
        "no-headers-end": { _ in .init(bytes: Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n".utf8), hang: true) },
        "silent": { _ in .init(bytes: [], hang: true) },
        "empty-reply": { _ in .init(bytes: []) },
        "garbage": { _ in .init(bytes: Array("HELLO THERE\r\n\r\n".utf8)) },
        "redirect": { _ in .http(302, "Found", headers: [("Location", "http://elsewhere.example/api/v2/tapes")], body: []) },
        "unauthorized-text": { _ in .http(401, "Unauthorized", headers: [("Content-Type", "text/plain"), ("WWW-Authenticate", "Basic realm=\"x\"")], body: Array("Unauthorized".utf8)) },
        "error-scalar": { _ in .json("\"broken\"", status: 500) },
    ]

    func nodeum(_ url: String, _ code: String, timeout: String = "2") async throws -> ProcessOutput {
        var env = baseEnvironment
        env["XDG_CONFIG_HOME"] = "/nonexistent"
        return try await runProcess(
            NodeumExecutable.path,
            arguments: ["--url", url, "--user", "admin", "--password", "pw-Secret", "--timeout", timeout, "-e", code],
            environment: env, timeout: .seconds(60))
    }

    /// A server with every route, its URL, and `body` run against it.
    func withServer(_ body: (HostileServer) async throws -> Void) async throws {
        var all = Dictionary(uniqueKeysWithValues: Self.routes.map { ("/api/v2/hostile/\($0.key)", $0.value) })
        all["/api/v2/tapes/1"] = Self.routes["html-200"]
        all["/api/v2/tapes"] = { _ in .json(#"{"count": 90, "tapes": [{"id": 1}, {"id": 2}, {"id": 3}]}"#) }
        all["/api/v2/pools"] = { _ in .json("42") }
        let server = try HostileServer(routes: all)
        defer { server.stop() }
        try await body(server)
    }

    /// The value a raw GET of /hostile/NAME gives, as `print` shows a few of its fields.
    static let show = "local v = nodeum.request('GET', '/hostile/%@') print(type(v), type(v) == 'table' and (v.a or v.big or v.name or (v.s and #v.s)) or v)"

    @Test("bodies that are values: a scalar, numbers beyond 64 bits, invalid UTF-8, 5 MB strings, duplicate keys")
    func bodiesThatAreValues() async throws {
        try await withServer { server in
            let cases: [(String, String)] = [
                ("scalar", "number\t42\n"),
                ("huge-numbers", "table\t1.2345678901235e+29\n"),
                ("bad-utf8", "table\ta\u{FFFD}\u{FFFD}b\n"),
                ("long-string", "table\t5000000\n"),
                ("duplicate-keys", "table\t2\n"),  // the last value, as Lua and JavaScript read it
                ("html-200", "string\t<html><body>Welcome to the proxy</body></html>\n"),  // a raw call: text is handed back
            ]
            for (name, expected) in cases {
                let r = try await nodeum(server.url, Self.show.replacingOccurrences(of: "%@", with: name))
                #expect(r.stdoutText == expected, "\(name)")
                #expect(r.stderrText == "", "\(name)")
                #expect(r.status == 0, "\(name)")
            }
            let exact = try await nodeum(server.url, "local v = nodeum.request('GET', '/hostile/huge-numbers') print(math.type(v.exact), v.exact, v.exp, v.neg)")
            #expect(exact.stdoutText == "integer\t9223372036854775807\tinf\t-1e+20\n")
        }
    }

    @Test("bodies that are no answer end in one line and their exit status, within the timeout")
    func bodiesThatAreNoAnswer() async throws {
        try await withServer { server in
            let u = "\(server.url)/api/v2/hostile"
            let host = "127.0.0.1:\(server.port)"
            // (route, exit status, the line, or its start when it ends in a time)
            let cases: [(String, Int32, String)] = [
                ("truncated", 4, #"nodeum: GET \#(u)/truncated answered 200 with invalid JSON (invalid JSON at byte 21: unterminated string): "{"id": 1, "name": "ab""#),
                ("not-json", 4, #"nodeum: GET \#(u)/not-json answered 200 with invalid JSON (invalid JSON at byte 0: unexpected character 'h'): "hello, world""#),
                ("deep", 4, "nodeum: GET \(u)/deep answered 200 with invalid JSON (invalid JSON at byte 512: nesting too deep): \"\(String(repeating: "[", count: 160))…\""),
                ("html-502", 4, #"nodeum: 502 Bad Gateway from GET \#(u)/html-502: the server answered text/html, not the API's JSON (a proxy or wrong URL?): "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>" (gave up after 5 attempts)"#),
                ("error-scalar", 4, "nodeum: 500 Internal Server Error from GET \(u)/error-scalar: broken (gave up after 5 attempts)"),
                ("unauthorized-text", 3, #"nodeum: 401 Unauthorized from GET \#(u)/unauthorized-text: the server answered text/plain, not the API's JSON (a proxy or wrong URL?): "Unauthorized" — check the user and password, or the API key"#),
                ("redirect", 4, "nodeum: 302 Redirect from GET \(u)/redirect — the server redirects to http://elsewhere.example/api/v2/tapes; nodeum does not follow redirects (they would carry the credentials): use that URL"),
                ("cut-short", 5, "nodeum: GET \(u)/cut-short failed: the connection to \(host) broke mid-answer (gave up after 5 attempts)"),
                ("empty-reply", 5, "nodeum: GET \(u)/empty-reply failed: the server closed the connection before answering in full (gave up after 5 attempts)"),
                ("garbage", 5, "nodeum: GET \(u)/garbage failed: \(host) sent an answer that is not valid HTTP"),
                ("never-finished", 5, "nodeum: GET \(u)/never-finished failed: no complete answer from \(host) in time (timeout 2 s)"),
                ("chunked-never-finished", 5, "nodeum: GET \(u)/chunked-never-finished failed: no complete answer from \(host) in time (timeout 2 s)"),
                ("no-headers-end", 5, "nodeum: GET \(u)/no-headers-end failed: no complete answer from \(host) in time (timeout 2 s)"),
                ("silent", 5, "nodeum: GET \(u)/silent failed: no complete answer from \(host) in time (timeout 2 s)"),
            ]
            for (name, status, line) in cases {
                let r = try await nodeum(server.url, "nodeum.request('GET', '/hostile/\(name)')")
                Self.expectOneLine(r, status: status, line: line, name)
            }
        }
    }

    @Test("an operation answered by a proxy's page, a list answered by a scalar, a list that ignores offset or the id filter")
    func operationsGivenNoAnswer() async throws {
        try await withServer { server in
            let u = "\(server.url)/api/v2"
            let cases: [(String, Int32, String)] = [
                ("return nodeum.tapes:get(1)", 4, #"nodeum: GET \#(u)/tapes/1 (show_tape) answered 200 with text/html, not the API's JSON (a proxy or wrong URL?): "<html><body>Welcome to the proxy</body></html>""#),
                ("for p in nodeum.pools:list{} do end", 4, "nodeum: index_pools answered no collection page (status 200)"),
                ("for t in nodeum.tapes:list{walk = 'offset'} do end", 4, "nodeum: index_tapes answered the page at offset 3 with the same 3 items as the page before: the server does not honour 'offset' (stopped after 2 requests, 3 items delivered)"),
                // By key (auto's choice here), the same answer is a server ignoring the id filter.
                ("for t in nodeum.tapes:list{} do end", 4, "nodeum: index_tapes keyset walk stopped: id 1 came after 3: the server does not honour the 'id' filter or sort_by=id:asc (3 items delivered)"),
            ]
            for (code, status, line) in cases {
                let r = try await nodeum(server.url, code)
                Self.expectOneLine(r, status: status, line: line, code)
            }
            let caught = try await nodeum(server.url, """
                local n = 0
                local ok, e = pcall(function() for t in nodeum.tapes:list{walk = "offset"} do n = n + 1 end end)
                print(ok, e.kind, e.page_offset, e.delivered, n)
                n = 0
                ok, e = pcall(function() for t in nodeum.tapes:list{} do n = n + 1 end end)
                print(ok, e.kind, e.page_offset, e.delivered, n)
                """)
            #expect(caught.stdoutText == "false\tbad_pagination\t3\t3\t3\nfalse\tbad_keyset\tnil\t3\t3\n")
            #expect(caught.status == 0)
        }
    }

    /// One line on stderr, `line` exactly, nothing on stdout, and no Swift or library internals.
    static func expectOneLine(_ r: ProcessOutput, status: Int32, line: String, _ name: String) {
        #expect(r.status == status, "\(name): \(r.stderrText)")
        #expect(r.stdoutText == "", "\(name)")
        let lines = r.stderrText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(name): \(r.stderrText)")
        let first = String(lines.first ?? "")
        #expect(first == line, "\(name)")
        for word in ["HTTPClientError", "NIO", "Swift", "Error(", "errno", "Optional("] {
            #expect(!r.stderrText.contains(word), "\(name): \(r.stderrText)")
        }
        #expect(!r.stderrText.contains("pw-Secret"))
    }
}
