import NodeumAPI
import Testing
@testable import NodeumSimulator

/// No credentials → 401 with WWW-Authenticate on every operation; API keys are held to their scopes.
@Suite struct AuthTests {
    @Test func everyOperationWithoutCredentialsIs401() async throws {
        try await TestSimulator.with { api, _ async throws in
            for op in APICatalog.operations {
                let path = op.pathTemplate.replacingOccurrences(of: "{", with: "1").replacingOccurrences(of: "}", with: "")
                let response = try await api.request(.init(op.method.rawValue)!, path, auth: .none)
                #expect(response.status == 401, "\(op.id)")
                #expect(response.headers[.wwwAuthenticate]?.contains("Basic") == true, "\(op.id)")
            }
            #expect(try await api.get("/tasks", auth: .basic("admin", "wrong")).status == 401)
            #expect(try await api.get("/tasks", auth: .bearer("nope")).status == 401)
        }
    }

    @Test func apiKeyScopesAreEnforcedPerOperation() async throws {
        try await TestSimulator.with { api, _ async throws in
            let key = try await api.request(.post, "/users/me/api_keys", body: .obj(
                ("name", "reader"), ("api_key_scopes", .array([.obj(("controller", "tapes"), ("action", "index"))]))))
            #expect(key.status == 201)
            let token = TestAuth.bearer(key.json!["key"]!.stringValue!)
            #expect(try await api.get("/tapes", auth: token).status == 200)
            #expect(try await api.get("/tasks", auth: token).status == 403)
            #expect(try await api.request(.post, "/pools", body: .obj(("name", "x")), auth: token).status == 403)
            // Each operation: a key with exactly its scope passes the scope check, one without is refused.
            for op in APICatalog.operations where op.method == .get && op.pathParameterNames.isEmpty {
                guard let scope = op.scope else { continue }
                let k = try await api.request(.post, "/users/me/api_keys", body: .obj(
                    ("name", .string("k-\(op.id)")), ("api_key_scopes", .array([.obj(("controller", .string(scope.controller)), ("action", .string(scope.action)))]))))
                let with = try await api.request(.get, op.pathTemplate, query: OperationCaller.query(for: op), auth: .bearer(k.json!["key"]!.stringValue!))
                #expect(with.status != 403 && with.status != 401, "\(op.id) with its scope: \(with.status)")
                let other = op.scope == APIScope(controller: "tapes", action: "index") ? TestAuth.bearer("x") : token
                let without = try await api.request(.get, op.pathTemplate, query: OperationCaller.query(for: op), auth: other)
                #expect(without.status == 403 || without.status == 401, "\(op.id) without its scope: \(without.status)")
            }
        }
    }

    @Test func configuredUsersLogIn() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.users = [.init(name: "ops", password: "s3cret")] }) { api, _ async throws in
            #expect(try await api.get("/tasks", auth: .basic("ops", "s3cret")).status == 200)
            #expect(try await api.get("/tasks", auth: .admin).status == 401)
        }
    }
}
