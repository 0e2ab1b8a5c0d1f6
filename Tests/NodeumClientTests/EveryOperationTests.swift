import Foundation
import NodeumAPI
import NodeumClient
import Testing

/// Every operation of the catalog called once through the client, with valid parameters:
/// each succeeds or fails with an API error the simulator defines (never refused by the
/// client, never a transport failure, a 405 or a 5xx).
@Suite struct EveryOperationTests {
    @Test func everyCatalogOperationGoesThroughTheClient() async throws {
        try await TestSimulator.withClient { client, _, _ in
            _ = try await client.call("create_api_key", body: ["name": "coverage", "api_key_scopes": []])
            _ = try await client.call("create_configuration", body: ["key": "coverage", "value": "1"])
            let rank: [HTTPMethod: Int] = [.get: 0, .post: 1, .put: 2, .patch: 2, .delete: 3]
            let ordered = APICatalog.operations.sorted {
                (rank[$0.method]!, $0.method == .delete ? -$0.pathTemplate.count : 0)
                    < (rank[$1.method]!, $1.method == .delete ? -$1.pathTemplate.count : 0)
            }
            var called = 0, succeeded = 0
            for op in ordered {
                guard var params = try await Self.pathValues(op.pathTemplate, client) else {
                    Issue.record("\(op.id): no values for \(op.pathTemplate)")
                    continue
                }
                for p in op.parameters where p.location == .query && p.required {
                    params[p.name] = .string(p.enumValues.first ?? (p.name == "job_id" ? "00000000-0000-0000-0000-000000000000" : "x"))
                }
                called += 1
                do {
                    _ = try await client.execute(op.id, params, body: Self.body(for: op, unique: "cov-\(op.id)"))
                    succeeded += 1
                } catch let e as NodeumClientError {
                    #expect(e.kind == .api, "\(op.id): \(e)")
                    #expect(e.status.map { $0 >= 400 && $0 < 500 && $0 != 405 } == true, "\(op.id): \(e)")
                }
            }
            #expect(called == 210)
            #expect(succeeded > 150)
        }
    }

    /// Values for the path's placeholders, each an id found by listing the collection above it.
    static func pathValues(_ template: String, _ client: NodeumClient) async throws -> [String: APIValue]? {
        try await fill(template.split(separator: "/").map(String.init)[...], prefix: "", values: [:], client)
    }

    private static func fill(_ rest: ArraySlice<String>, prefix: String, values: [String: APIValue], _ client: NodeumClient) async throws
        -> [String: APIValue]?
    {
        guard let head = rest.first else { return values }
        guard head.hasPrefix("{") else { return try await fill(rest.dropFirst(), prefix: prefix + "/" + head, values: values, client) }
        let name = String(head.dropFirst().dropLast())
        for candidate in try await candidates(prefix, folders: name == "file_parent_id", client).prefix(8) {
            var v = values
            v[name] = candidate
            let text = candidate.intValue.map(String.init) ?? candidate.stringValue ?? ""
            if let done = try await fill(rest.dropFirst(), prefix: prefix + "/" + PercentEncoding.encode(text), values: v, client) {
                return done
            }
        }
        return nil
    }

    private static func candidates(_ path: String, folders: Bool, _ client: NodeumClient) async throws -> [APIValue] {
        guard let page = try? await client.request(.get, path, query: [("limit", 50)]).value, case .object(let o) = page else { return [] }
        for m in o where m.key != "count" {
            guard let items = m.value.arrayValue else { continue }
            return items.compactMap { item in
                if folders, item["type"]?.stringValue != "folder" { return nil }
                return item["id"]
            }
        }
        return []
    }

    /// A valid body: writable properties with plausible values, references to others left out.
    static func body(for op: APIOperation, unique: String) -> APIValue? {
        guard let body = op.body else { return nil }
        guard let name = body.definition else { return .object(APIObject()) }
        let value = sample(name, unique: unique, depth: 0)
        return body.isArray ? .array([value]) : value
    }

    static func sample(_ name: String, unique: String, depth: Int) -> APIValue {
        guard let def = APICatalog.definition(name), depth < 3 else { return .object(APIObject()) }
        var o = APIObject()
        for p in def.properties where !p.readOnly {
            if ["_id", "_ids", "_name", "_path", "_barcode"].contains(where: { p.name.hasSuffix($0) }) { continue }
            switch p.type {
            case .string:
                o[p.name] = p.enumValues.first.map { .string($0) } ?? .string(p.format == "date-time" ? "2024-01-01T00:00:00Z" : "\(unique)-\(p.name)")
            case .integer: o[p.name] = 1
            case .number: o[p.name] = .double(1.5)
            case .boolean: o[p.name] = true
            case .array: o[p.name] = .array(p.definition.map { [sample($0, unique: unique, depth: depth + 1)] } ?? [])
            default: continue
            }
        }
        return .object(o)
    }
}
