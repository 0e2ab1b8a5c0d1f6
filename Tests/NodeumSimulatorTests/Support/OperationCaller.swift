import NodeumAPI
@testable import NodeumSimulator

/// Calls any catalog operation with valid values: path ids found by listing the collections
/// above them, required query parameters filled, a body built from the body definition.
struct OperationCaller {
    let api: APITestClient

    /// A concrete path for the template, ids taken from the simulator's own lists; nil when
    /// some collection on the way is empty.
    func concretePath(_ template: String) async throws -> String? {
        let parts = template.split(separator: "/").map(String.init)
        return try await fill(parts[...], prefix: "")
    }

    private func fill(_ rest: ArraySlice<String>, prefix: String) async throws -> String? {
        guard let head = rest.first else { return prefix }
        guard head.hasPrefix("{") else { return try await fill(rest.dropFirst(), prefix: prefix + "/" + head) }
        let name = String(head.dropFirst().dropLast())
        for candidate in try await candidates(listing: prefix, folders: name == "file_parent_id").prefix(8) {
            // A parent whose nested collection is empty yields nil below, and the next is tried.
            if let path = try await fill(rest.dropFirst(), prefix: prefix + "/" + APITestClient.encode(candidate)) {
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
                if let d = p.definition { o[p.name] = .array([sample(definition: d, unique: unique, depth: depth + 1)]) } else { o[p.name] = .array([]) }
            default: continue
            }
        }
        return .object(o)
    }
}
