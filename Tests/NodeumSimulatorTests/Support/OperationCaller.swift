import NodeumAPI
@testable import NodeumSimulator

/// Calls any catalog operation with valid values: path ids found by listing the collections
/// above them, required query parameters filled, a body built from the body definition.
struct OperationCaller {
    let api: APITestClient

    /// A concrete path for the template, ids taken from the simulator's own lists; nil when
    /// some collection on the way is empty.
    /// With `leafHasItems`, only a path whose list (under that key, with `query`) has items.
    func concretePath(_ template: String, leafHasItems key: String, query: [(String, String)] = []) async throws -> String? {
        try await concretePath(template) { path in try await !api.get(path, query).items(key).isEmpty }
    }

    /// A concrete path that `accept` takes (tried on up to 8 candidates per parameter).
    func concretePath(_ template: String, where accept: (String) async throws -> Bool = { _ in true }) async throws -> String? {
        let parts = template.split(separator: "/").map(String.init)
        return try await fill(parts[...], prefix: "", accept: accept)
    }

    /// A path for `op` on which it can succeed: for the one nested resource of a parent
    /// (`/tasks/{id}/task_schedule`), a parent without one to create it, a parent with one
    /// for the rest.
    func pathWhereItCanSucceed(_ op: APIOperation) async throws -> String? {
        guard case .singleton(let action, _, _) = ResourceModel.plan(for: op) else { return try await concretePath(op.pathTemplate) }
        return try await concretePath(op.pathTemplate) { path in
            try await api.get(path).status == (action == .create ? 404 : 200)
        }
    }

    /// The query for `op`: required parameters filled, and for a job's result the id of a job
    /// just started by the `PUT` on the same path.
    func query(for op: APIOperation, path: String) async throws -> [(String, String)] {
        var query = Self.query(for: op)
        guard op.parameter(named: "job_id") != nil,
            let starter = APICatalog.operations.first(where: { $0.pathTemplate == op.pathTemplate && $0.method == .put })
        else { return query }
        let started = try await api.request(.put, path, body: Self.body(for: starter, unique: "job-\(op.id)"))
        if let job = started.json?["job_id"]?.stringValue {
            query.removeAll { $0.0 == "job_id" }
            query.append(("job_id", job))
        }
        return query
    }

    private func fill(_ rest: ArraySlice<String>, prefix: String, accept: (String) async throws -> Bool) async throws -> String? {
        guard let head = rest.first else { return try await accept(prefix) ? prefix : nil }
        guard head.hasPrefix("{") else { return try await fill(rest.dropFirst(), prefix: prefix + "/" + head, accept: accept) }
        let name = String(head.dropFirst().dropLast())
        for candidate in try await candidates(listing: prefix, folders: name == "file_parent_id").prefix(8) {
            // A parent whose nested collection is empty yields nil below, and the next is tried.
            if let path = try await fill(rest.dropFirst(), prefix: prefix + "/" + APITestClient.encode(candidate), accept: accept) {
                return path
            }
        }
        return nil
    }

    /// The ids in the list at `path` (folders only when asked).
    func candidates(listing path: String, folders: Bool) async throws -> [String] {
        let response = try await api.get(path, [("limit", "50")])
        guard response.status == 200, case .object(let o)? = response.json else { return [] }
        for (key, value) in o where key != "count" {
            guard case .array(let items) = value else { continue }
            return items.compactMap { item -> String? in
                if folders, item["type"]?.stringValue != "folder" { return nil }
                return item["id"]?.intValue.map(String.init) ?? item["id"]?.stringValue
            }
        }
        return []
    }

    /// Required query parameters: enum ones get their first value, `job_id` a placeholder.
    static func query(for op: APIOperation) -> [(String, String)] {
        op.parameters.filter { $0.location == .query && $0.required }.map { p in
            (p.name, p.enumValues.first ?? (p.name == "job_id" ? "00000000-0000-0000-0000-000000000000" : "x"))
        }
    }

    /// A valid body for the operation: writable properties with plausible values; references
    /// to other resources (`*_id`, `*_name`, `*_path`, `*_barcode`) left out.
    static func body(for op: APIOperation, unique: String) -> JSONValue? {
        guard let body = op.body else { return nil }
        guard let name = body.definition else { return .object(JSONObject()) }
        let value = sample(definition: name, unique: unique, depth: 0)
        return body.isArray ? .array([value]) : value
    }

    static func sample(definition name: String, unique: String, depth: Int) -> JSONValue {
        guard let def = APICatalog.definition(name), depth < 3 else { return .object(JSONObject()) }
        var o = JSONObject()
        for p in def.properties where !p.readOnly {
            if ["_id", "_ids", "_name", "_path", "_barcode"].contains(where: { p.name.hasSuffix($0) }) { continue }
            switch p.type {
            case .string:
                o[p.name] = p.enumValues.first.map { .string($0) } ?? .string(p.format == "date-time" ? "2024-01-01T00:00:00Z" : "\(unique)-\(p.name)")
            case .integer: o[p.name] = 1
            case .number: o[p.name] = .double(1.5)
            case .boolean: o[p.name] = true
            case .array:
                if let d = p.definition {
                    o[p.name] = .array([sample(definition: d, unique: unique, depth: depth + 1)])
                } else {
                    // As many scalars as the spec's `minItems` asks (a source's `range` is two offsets).
                    o[p.name] = .array((0..<(p.minItems ?? 0)).map { i in p.itemType == .string ? .string("\(unique)-\(i)") : .int(Int64(i) * 100) })
                }
            default: continue
            }
        }
        return .object(o)
    }
}
