import Hummingbird
import NodeumAPI

/// Mounts (list, status of each storage, mounting and unmounting pools) and tape statistics.
enum StorageController {
    static func handlers() -> [String: OperationHandler] {
        var table: [String: OperationHandler] = [
            "index_mounts": { _, state in
                let mounts = try await state.records.all(kind: "mounts", scope: nil)
                return Response.json(.object(JSONObject([("mounts", .array(mounts.map { .object(strip($0.body)) }))])))
            },
            "mount_pool": { call, state in try await mountPool(call, state, mount: true) },
            "unmount_pool": { call, state in try await mountPool(call, state, mount: false) },
        ]
        for op in APICatalog.operations {
            if op.id.hasPrefix("mount_status_") { table[op.id] = { call, state in try await status(call, state) } }
            if op.id.hasPrefix("show_tape_stat") { table[op.id] = { call, state in try await tapeStat(call, state) } }
        }
        return table
    }

    /// The mount record of a storage, keyed by its foreign key (`pool_id`, `tape_id`, ...).
    private static func mount(of storage: Record, _ state: SimulatorState) async throws -> Record? {
        let field = ResourceModel.singular(storage.kind) + "_id"
        let scope = SQLFragment("json_extract(body, ?) = ?", ["$.\(field)", storage.id])
        return try await state.records.all(kind: "mounts", scope: scope).first
    }

    private static func strip(_ body: JSONObject) -> JSONObject {
        var b = body
        if let id = body["id"]?.intValue { b["id"] = .int(id) }
        return b
    }

    private static func statusJSON(_ mount: Record?) -> JSONValue {
        guard let mount else {
            return .object(JSONObject([("mounted", false), ("message", "not mounted")]))
        }
        return .object(JSONObject([("mounted", true), ("message", "mounted"), ("status", .object(strip(mount.body)))]))
    }

    private static func status(_ call: APICall, _ state: SimulatorState) async throws -> Response {
        guard let storage = try await ResourceController.resolvePrefix(call, state).last else { throw APIError.notFound("storage") }
        return Response.json(statusJSON(try await mount(of: storage, state)))
    }

    private static func mountPool(_ call: APICall, _ state: SimulatorState, mount shouldMount: Bool) async throws -> Response {
        guard let pool = try await ResourceController.resolvePrefix(call, state).last else { throw APIError.notFound("pool") }
        let existing = try await mount(of: pool, state)
        if shouldMount {
            if let existing { return Response.json(statusJSON(existing)) }
            let name = pool.body["name"]?.stringValue ?? "pool\(pool.id)"
            let body = JSONObject([
                ("major_minor", .string("0:\(40 + pool.id)")), ("target", .string("/mnt/nodeum/pools/\(name)")),
                ("source", "core_fuse"), ("options", "rw,nosuid,nodev"), ("type", "fuse.core_fuse"),
                ("pool_id", .int(pool.id)), ("pool_name", .string(name)),
            ])
            let record = try await state.records.insert(kind: "mounts", owner: nil, body: body, stringID: false)
            return Response.json(statusJSON(record))
        }
        if let existing { try await state.records.delete(existing) }
        return Response.json(statusJSON(nil))
    }

    private static func tapeStat(_ call: APICall, _ state: SimulatorState) async throws -> Response {
        guard let tape = try await ResourceController.resolvePrefix(call, state).last, let barcode = tape.body["barcode"] else {
            throw APIError.notFound("tape")
        }
        let scope = SQLFragment("json_extract(body, '$.barcode') = ?", [barcode.stringValue ?? ""])
        guard let stat = try await state.records.all(kind: "tape_stats", scope: scope).first else {
            throw APIError.notFound("tape_stat of \(barcode.stringValue ?? "")")
        }
        var body = stat.body
        body["id"] = nil
        return Response.json(.object(body))
    }
}
