import Foundation
import Testing
@testable import NodeumSimulator

/// SQL-looking, oversized and malformed input gets a 4xx JSON error, never a 500, never
/// another row's data.
@Suite struct HostileInputTests {
    static let nasty = [
        "' OR 1=1 --", "\"; DROP TABLE records; --", "1 UNION SELECT body FROM records", "%", "_", "\\", "a/b c%",
        "1; DELETE FROM files", String(repeating: "x", count: 20_000), "\u{0}", "☃", "1e999", "-1", "9223372036854775808",
    ]

    @Test func filtersAndPathParametersAreNeverSQL() async throws {
        try await TestSimulator.with { api, state async throws in
            let before = try await state.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") }
            for value in Self.nasty {
                for (path, query) in [("/tasks", [("name", value)]), ("/tasks", [("priority", ">" + value)]), ("/files", [("size", value)]),
                                      ("/tasks", [("sort_by", value)]), ("/tapes", [("barcode", "><" + value + "|x")])] {
                    let r = try await api.get(path, query)
                    #expect(r.status < 500 && r.json != nil, "\(path) \(value.prefix(30)): \(r.status)")
                    if r.status == 200, query[0].0 == "name" || query[0].0 == "barcode" {
                        #expect(r.count == 0 || value == "%", "\(value.prefix(30)) matched rows")
                    }
                }
                for path in ["/tasks/\(APITestClient.encode(value))", "/files/\(APITestClient.encode(value))",
                             "/pools/\(APITestClient.encode(value))/tapes"] {
                    let r = try await api.get(path)
                    #expect([400, 404].contains(r.status) && r.json?["messages"] != nil, "\(path.prefix(40)): \(r.status)")
                }
            }
            let after = try await state.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") }
            #expect(before == after)
        }
    }

    @Test func namesWithSlashesAndPercentsResolve() async throws {
        try await TestSimulator.with { api, _ async throws in
            let created = try await api.request(.post, "/pools", body: .obj(("name", "a/b c%")))
            #expect(created.status == 201)
            let shown = try await api.get("/pools/a%2Fb%20c%25")
            #expect(shown.status == 200 && shown.json?["name"] == "a/b c%")
        }
    }

    @Test func malformedBodiesAndWrongContentTypes() async throws {
        try await TestSimulator.with { api, _ async throws in
            let broken = try await api.request(.post, "/pools", rawBody: "{\"name\": ")
            #expect(broken.status == 400 && broken.json?["messages"] != nil)
            let array = try await api.request(.post, "/pools", rawBody: "[1,2]")
            #expect(array.status == 400)
            let text = try await api.request(.post, "/pools", rawBody: "name=x", contentType: "application/x-www-form-urlencoded")
            #expect(text.status == 415 && text.json?["messages"] != nil)
            let empty = try await api.request(.post, "/pools", rawBody: "")
            #expect(empty.status == 400)
            let huge = try await api.request(.post, "/pools", body: .obj(("name", .string(String(repeating: "n", count: 100_000)))))
            #expect(huge.status == 201 || huge.status == 422)
            let unknownRoute = try await api.get("/no/such/thing")
            #expect(unknownRoute.status == 404 && unknownRoute.json?["messages"] != nil)
        }
    }
}
