import Foundation
import HTTPTypes
import NodeumAPI
import Testing
@testable import NodeumSimulator

/// Every operation of the catalog is served: walked with valid parameters, each answers a 2xx
/// status the spec documents for it, with a body that validates against the definition the
/// spec gives for that status (`SchemaValidator`).
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
            var problems: [String] = []
            for op in ordered {
                guard let path = try await caller.pathWhereItCanSucceed(op) else {
                    Issue.record("\(op.id): no values for \(op.pathTemplate)")
                    continue
                }
                let response = try await api.request(
                    .init(op.method.rawValue)!, path, query: try await caller.query(for: op, path: path),
                    body: OperationCaller.body(for: op, unique: "cov-\(op.id)"))
                called += 1
                #expect((200..<300).contains(response.status), "\(op.id) \(path): \(response.status) \(response.text.prefix(200))")
                problems += Self.problems(op, path: path, response)
            }
            // The same fault in every item of a list is reported once.
            var seen = Set<String>()
            let distinct = problems.map { $0.replacingOccurrences(of: #"\[\d+\]"#, with: "[]", options: .regularExpression) }
                .filter { seen.insert($0).inserted }
            #expect(problems.isEmpty, "\(problems.count) problems:\n\(distinct.joined(separator: "\n"))")
            #expect(called == 210)
        }
    }

    /// The error answers validate too: every operation without credentials (401), every
    /// operation naming a record by a missing id (404), every body-taking one with a value of
    /// the wrong type (422). Each body follows the `error` definition.
    @Test func errorAnswersFollowTheErrorDefinition() async throws {
        try await TestSimulator.with { api, _ async throws in
            let caller = OperationCaller(api: api)
            var problems: [String] = []
            var counts = (unauthorized: 0, missing: 0, invalid: 0)
            for op in APICatalog.operations {
                guard let path = try await caller.concretePath(op.pathTemplate) else { continue }
                let method = HTTPRequest.Method(op.method.rawValue)!
                let anonymous = try await api.request(method, path, query: OperationCaller.query(for: op), auth: .none)
                #expect(anonymous.status == 401, "\(op.id) without credentials: \(anonymous.status)")
                problems += Self.errorProblems(op, anonymous)
                counts.unauthorized += 1
                if op.pathTemplate.hasSuffix("}"), let slash = path.lastIndex(of: "/") {
                    let missing = path[..<slash] + "/987654321"
                    let answer = try await api.request(method, String(missing), query: OperationCaller.query(for: op),
                                                       body: OperationCaller.body(for: op, unique: "missing"))
                    #expect(answer.status == 404, "\(op.id) \(missing): \(answer.status) \(answer.text.prefix(120))")
                    problems += Self.errorProblems(op, answer)
                    counts.missing += 1
                }
                if let definition = op.body?.definition.flatMap(APICatalog.definition), op.body?.isArray == false,
                    let field = definition.properties.first(where: { !$0.readOnly && $0.type == .string && $0.enumValues.isEmpty })
                {
                    let answer = try await api.request(method, path, query: OperationCaller.query(for: op),
                                                       body: .obj((field.name, .array([.int(1)]))))
                    #expect(answer.status == 422, "\(op.id) \(path) with \(field.name) = [1]: \(answer.status) \(answer.text.prefix(120))")
                    problems += Self.errorProblems(op, answer)
                    counts.invalid += 1
                }
            }
            #expect(counts.unauthorized == 210 && counts.missing > 70 && counts.invalid > 40, "\(counts)")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// An error body follows the definition documented for its status, else the spec's
    /// generic `error` (a 401 or a 404 any operation may answer).
    static func errorProblems(_ op: APIOperation, _ response: APITestResponse) -> [String] {
        guard let json = response.json else { return ["\(op.id) \(response.status): body is not JSON: \(response.text.prefix(80))"] }
        let documented = op.responses.first(where: { $0.status == response.status })?.definition ?? "error"
        return SchemaValidator.problems(json, definition: documented).map { "\(op.id) \(response.status) \($0)" }
    }

    /// What is wrong with an answer: a status the operation does not document, or a body that
    /// does not validate against the definition documented for its status.
    static func problems(_ op: APIOperation, path: String, _ response: APITestResponse) -> [String] {
        guard let documented = op.responses.first(where: { $0.status == response.status }) else {
            return ["\(op.id) \(path): status \(response.status) is not documented (only \(op.responses.map { String($0.status) }.joined(separator: ", ")))"]
        }
        guard let def = documented.definition, !documented.isFile else { return [] }
        guard let json = response.json else { return ["\(op.id) \(path): \(response.status) body is not JSON"] }
        return SchemaValidator.problems(json, definition: def, isArray: documented.isArray).map { "\(op.id) \(response.status) \($0)" }
    }
}
