import NodeumAPI
import Testing
@testable import NodeumSimulator

/// Every operation of the catalog is served: walked with valid parameters, none answers as a
/// missing route, 405 or 5xx, and each success body follows its definition.
@Suite struct RouteCoverageTests {
    @Test func catalogHasEveryOperation() {
        #expect(APICatalog.operations.count == 210)
        let handlers = Controllers.handlers()
        let missing = APICatalog.operations.map(\.id).filter { handlers[$0] == nil }
        #expect(missing.isEmpty, "operations without a handler: \(missing)")
    }

    @Test func everyOperationAnswersWithItsDocumentedShape() async throws {
        try await TestSimulator.with { api, _ async throws in
            // Resources only reachable after creating them.
            _ = try await api.request(.post, "/users/me/api_keys", body: .obj(("name", "coverage"), ("api_key_scopes", .array([]))))
            _ = try await api.request(.post, "/users/me/configurations", body: .obj(("key", "coverage"), ("value", "1")))
            let caller = OperationCaller(api: api)
            let rank: [HTTPMethod: Int] = [.get: 0, .post: 1, .put: 2, .patch: 2, .delete: 3]
            let ordered = APICatalog.operations.sorted {
                (rank[$0.method]!, $0.method == .delete ? -$0.pathTemplate.count : 0) < (rank[$1.method]!, $1.method == .delete ? -$1.pathTemplate.count : 0)
            }
            var called = 0
            for op in ordered {
                guard let path = try await caller.concretePath(op.pathTemplate) else {
                    Issue.record("\(op.id): no values for \(op.pathTemplate)")
                    continue
                }
                let response = try await api.request(
                    .init(op.method.rawValue)!, path, query: OperationCaller.query(for: op),
                    body: OperationCaller.body(for: op, unique: "cov-\(op.id)"))
                called += 1
                #expect(response.status != 405, "\(op.id) \(path): 405")
                #expect(response.status < 500, "\(op.id) \(path): \(response.status) \(response.text.prefix(200))")
                if response.status == 404 {
                    let message = response.json?["messages"]?.serialized ?? ""
                    #expect(!message.contains("path /"), "\(op.id) \(path): route missing")
                }
                if let documented = op.responses.first(where: { $0.status == response.status }), let def = documented.definition,
                    (200..<300).contains(response.status), let json = response.json
                {
                    let problems = SchemaValidator.problems(json, definition: def, isArray: documented.isArray)
                    #expect(problems.isEmpty, "\(op.id): \(problems.prefix(5))")
                }
            }
            #expect(called == 210)
        }
    }
}
