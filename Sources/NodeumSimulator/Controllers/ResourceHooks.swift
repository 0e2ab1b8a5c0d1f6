import Foundation
import NodeumAPI

/// What particular resources do on top of plain CRUD: stamps, defaults, generated keys,
/// references resolved into embedded objects, pool assignments.
enum ResourceHooks {
    /// Brings simulated time up to date before resources that it changes are read.
    static func beforeRead(kind: String, _ state: SimulatorState) async throws {
        if kind == "tasks" || kind == "task_executions" { try await TaskEngine.advance(state) }
    }

    /// Lists answer the list definition: API keys are listed without their scopes, tape
    /// statistics without the id the simulator keys them by.
    static func project(kind: String, _ page: Page) -> Page {
        let hidden: String
        switch kind {
        case "api_keys": hidden = "api_key_scopes"
        case "tape_stats": hidden = "id"
        default: return page
        }
        return Page(count: page.count, items: page.items.map { text in
            guard case .object(var o)? = JSONValue.parse(text) else { return text }
            o[hidden] = nil
            return JSONValue.object(o).serialized
        })
    }

    static func prepareCreate(kind: String, body: JSONObject, parent: Record?, _ call: APICall, _ state: SimulatorState)
        async throws -> JSONObject
    {
        var body = body
        let now = state.timestamp()
        switch kind {
        case "tasks":
            body["creation_date"] = .string(now)
            body["modification_date"] = .string(now)
            body["creation_username"] = .string(call.principal.userName)
            body["modification_username"] = .string(call.principal.userName)
            body["action"] = "noop"
            body["status"] = body["activate"] == .bool(false) ? "not_activated" : "done"
            if body["activate"] == nil { body["activate"] = true }
            body["processed_size"] = 0
            body["to_process_size"] = 0
        case "api_keys":
            try validateScopes(body["api_key_scopes"])
            body["key"] = .string(randomKey())
            if body["api_key_scopes"] == nil { body["api_key_scopes"] = .array([]) }
        case "task_sources", "task_destinations":
            body = try await embedReferences(kind: kind, body, state)
        case "tape_libraries", "tape_drives":
            body["status"] = "online"
        case "task_schedules":
            body["next"] = .string(ISODate.string(epochSeconds: Int64(state.now()) + 86400))
            body["missed_count"] = 0
            body["skipped_count"] = 0
        case "pools":
            body = stripAssignments(body)
        default:
            break
        }
        return body
    }

    static func prepareUpdate(_ record: Record, changes: JSONObject, _ call: APICall, _ state: SimulatorState)
        async throws -> JSONObject
    {
        var body = record.body
        switch record.kind {
        case "tasks":
            body["modification_date"] = .string(state.timestamp())
            body["modification_username"] = .string(call.principal.userName)
        case "api_keys":
            try validateScopes(changes["api_key_scopes"])
        case "task_sources", "task_destinations":
            body = try await embedReferences(kind: record.kind, body, state)
        case "pools":
            try await assign(pool: record.id, changes, state)
            body = stripAssignments(body)
        default:
            break
        }
        return body
    }

    static func beforeDelete(_ record: Record, _ state: SimulatorState) async throws {
        if record.kind == "tasks" { try await TaskEngine.forget(task: record.id, state) }
    }

    private static func stripAssignments(_ body: JSONObject) -> JSONObject {
        var body = body
        for key in ["tape_ids", "nas_share_ids", "cloud_bucket_ids"] { body[key] = nil }
        return body
    }

    /// `pool_up`'s `tape_ids` etc. move those resources into the pool.
    private static func assign(pool: Int64, _ changes: JSONObject, _ state: SimulatorState) async throws {
        for (key, kind) in [("tape_ids", "tapes"), ("nas_share_ids", "nas_shares"), ("cloud_bucket_ids", "cloud_buckets")] {
            guard case .array(let ids)? = changes[key] else { continue }
            for id in ids.compactMap(\.intValue) {
                guard var r = try await state.records.find(kind: kind, idOrName: String(id), nameFields: [], scope: nil) else {
                    throw APIError.unprocessable(APIError.attributeDetails(key, error: "invalid", value: String(id)))
                }
                r.body["pool_id"] = .int(pool)
                try await state.records.update(r)
            }
        }
    }

    private static func validateScopes(_ value: JSONValue?) throws(APIError) {
        guard let value, value != .null else { return }
        guard case .array(let items) = value,
            items.allSatisfy({ $0["controller"]?.stringValue != nil && $0["action"]?.stringValue != nil })
        else {
            throw APIError.unprocessable(APIError.attributeDetails("api_key_scopes", error: "invalid"))
        }
    }

    private static func randomKey() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(g.next() as UInt64, radix: 16) }.joined()
    }

    /// `task_source_up` names a file, pool, tape by id or name; the stored `..._down` embeds them.
    private static func embedReferences(kind: String, _ body: JSONObject, _ state: SimulatorState) async throws -> JSONObject {
        var out = JSONObject()
        if let id = body["id"] { out["id"] = id }
        func embed(_ name: String, kind refKind: String, idKey: String, nameKey: String, field: String) async throws {
            let ref = body[idKey]?.intValue.map(String.init) ?? body[nameKey]?.stringValue
            guard let ref else {
                if let existing = body[name] { out[name] = existing }
                return
            }
            guard let r = try await state.records.find(kind: refKind, idOrName: ref, nameFields: [field], scope: nil) else {
                throw APIError.unprocessable(APIError.attributeDetails(idKey, error: "invalid", value: ref))
            }
            out[name] = .object(r.body)
        }
        func embedFile(_ name: String, idKey: String, space: FileScope) async throws {
            if let id = body[idKey]?.intValue {
                guard let text = try await state.files.find(id: id, scope: space), let v = JSONValue.parse(text) else {
                    throw APIError.unprocessable(APIError.attributeDetails(idKey, error: "invalid", value: String(id)))
                }
                out[name] = v
            } else if let existing = body[name] {
                out[name] = existing
            }
        }
        if kind == "task_sources" {
            try await embedFile("file", idKey: "file_id", space: .catalog)
            if let range = body["range"] { out["range"] = range }
            try await embedFile("import_file", idKey: "import_file_id", space: .anyImport)
        } else {
            try await embedFile("folder", idKey: "folder_id", space: .catalog)
        }
        try await embed("tape", kind: "tapes", idKey: "tape_id", nameKey: "tape_barcode", field: "barcode")
        try await embed("pool", kind: "pools", idKey: "pool_id", nameKey: "pool_name", field: "name")
        if let c = body["container"] { out["container"] = c }
        return out
    }
}
