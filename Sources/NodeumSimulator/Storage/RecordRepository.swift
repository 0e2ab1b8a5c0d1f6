import GRDB

/// A stored resource: its kind (the collection name, `tasks`), id, owner and JSON body.
struct Record: Sendable, Equatable {
    let kind: String
    let id: Int64
    var owner: Owner?
    var body: JSONObject

    /// The resource a nested one belongs to.
    struct Owner: Sendable, Equatable {
        let kind: String
        let id: Int64
    }
}

/// A page of a list: the total number of matches and the bodies, already JSON.
struct Page: Sendable {
    let count: Int
    let items: [String]

    /// `{"count": N, "<key>": [...]}`.
    func json(key: String, withCount: Bool = true) -> String {
        var out = withCount ? "{\"count\":\(count)," : "{"
        JSONValue.writeString(key, to: &out)
        out += ":["
        out += items.joined(separator: ",")
        out += "]}"
        return out
    }
}

/// Storage of resources; the controllers know only this protocol.
protocol RecordRepository: Sendable {
    /// One page of `kind` matching `scope` and the request's filters, sorted.
    func list(kind: String, scope: SQLFragment?, request: ListRequest, attribute: (String) -> ListAttribute?) async throws -> Page
    /// The record of `kind` with that numeric id, or else whose first `nameFields` has that value,
    /// within `scope`.
    func find(kind: String, idOrName: String, nameFields: [String], scope: SQLFragment?) async throws -> Record?
    /// All records of `kind` within `scope`, by id.
    func all(kind: String, scope: SQLFragment?) async throws -> [Record]
    /// Stores a new record, giving it the next id (also written into the body as `id`).
    func insert(kind: String, owner: Record.Owner?, body: JSONObject, stringID: Bool) async throws -> Record
    func update(_ record: Record) async throws
    /// Deletes the record and everything nested under it.
    func delete(_ record: Record) async throws
    /// True when another record of `kind` in `scope` has that name.
    func nameTaken(kind: String, name: String, scope: SQLFragment?, except id: Int64?) async throws -> Bool
}

/// The SQLite implementation: one `records` table, attributes read with `json_extract`.
struct SQLiteRecordRepository: RecordRepository {
    let writer: any DatabaseWriter

    /// The first id of each kind: task execution ids are above 2^53, as on a real system.
    static func firstID(of kind: String) -> Int64 { kind == "task_executions" ? (1 << 53) + 1 : 1 }

    /// `json_extract(body, '$.name')` with the path bound.
    static func jsonAttribute(_ name: String) -> SQLFragment {
        SQLFragment("json_extract(body, ?)", ["$.\(name)"])
    }

    func list(kind: String, scope: SQLFragment?, request: ListRequest, attribute: (String) -> ListAttribute?) async throws -> Page {
        var condition = SQLFragment("kind = ?", [kind])
        if let scope { condition = condition + SQLFragment(" AND ") + scope }
        for filter in request.filters {
            guard let attr = attribute(filter.attribute) else {
                throw APIError.badRequest("unknown filter \(filter.attribute)", attribute: filter.attribute, error: "unknown")
            }
            condition = condition + SQLFragment(" AND ") + (try filter.condition(on: attr))
        }
        var order = SQLFragment("")
        for key in request.sort {
            guard let attr = attribute(key.attribute) else {
                throw APIError.badRequest("unknown sort key \(key.attribute)", attribute: "sort_by", error: "unknown", value: key.attribute)
            }
            order = order + attr.expression + SQLFragment(key.descending ? " DESC, " : " ASC, ")
        }
        order = order + SQLFragment("id ASC")
        let finalCondition = condition
        let finalOrder = order
        return try await writer.read { db in
            let count = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM records WHERE \(finalCondition.sql)", arguments: finalCondition.arguments) ?? 0
            let items = try String.fetchAll(
                db,
                sql: "SELECT body FROM records WHERE \(finalCondition.sql) ORDER BY \(finalOrder.sql) LIMIT ? OFFSET ?",
                arguments: finalCondition.arguments + finalOrder.arguments + [request.limit, request.offset])
            return Page(count: count, items: items)
        }
    }

    func find(kind: String, idOrName: String, nameFields: [String], scope: SQLFragment?) async throws -> Record? {
        var condition = SQLFragment("kind = ?", [kind])
        if let scope { condition = condition + SQLFragment(" AND ") + scope }
        let byID = Int64(idOrName).map { condition + SQLFragment(" AND id = ?", [$0]) }
        let byName = nameFields.map { condition + SQLFragment(" AND json_extract(body, ?) = ?", ["$.\($0)", idOrName]) }
        return try await writer.read { db in
            if let byID, let row = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE \(byID.sql)", arguments: byID.arguments) {
                return try Self.record(row)
            }
            for c in byName {
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE \(c.sql) ORDER BY id LIMIT 1", arguments: c.arguments) {
                    return try Self.record(row)
                }
            }
            return nil
        }
    }

    func all(kind: String, scope: SQLFragment?) async throws -> [Record] {
        var condition = SQLFragment("kind = ?", [kind])
        if let scope { condition = condition + SQLFragment(" AND ") + scope }
        let c = condition
        return try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM records WHERE \(c.sql) ORDER BY id", arguments: c.arguments).map(Self.record)
        }
    }

    func insert(kind: String, owner: Record.Owner?, body: JSONObject, stringID: Bool) async throws -> Record {
        try await writer.write { db in try Self.insert(db, kind: kind, owner: owner, body: body, stringID: stringID) }
    }

    /// Inserts within an open transaction (used by the seeders too).
    static func insert(_ db: Database, kind: String, owner: Record.Owner?, body: JSONObject, stringID: Bool = false) throws -> Record {
        let next = try Int64.fetchOne(db, sql: "SELECT max(id) FROM records WHERE kind = ?", arguments: [kind])
            .map { $0 + 1 } ?? firstID(of: kind)
        var ordered = JSONObject([("id", stringID ? .string(String(next)) : .int(next))])
        for (k, v) in body.droppingNulls() where k != "id" { ordered[k] = v }
        let body = ordered
        try db.execute(
            sql: "INSERT INTO records(kind, id, owner_kind, owner_id, body) VALUES (?, ?, ?, ?, ?)",
            arguments: [kind, next, owner?.kind, owner?.id, JSONValue.object(body).serialized])
        return Record(kind: kind, id: next, owner: owner, body: body)
    }

    func update(_ record: Record) async throws {
        try await writer.write { db in try Self.update(db, record) }
    }

    /// Stores the record's body; a `null` field is removed (the spec types every field, so a
    /// value set to null is one the record no longer has).
    static func update(_ db: Database, _ record: Record) throws {
        try db.execute(
            sql: "UPDATE records SET body = ? WHERE kind = ? AND id = ?",
            arguments: [JSONValue.object(record.body.droppingNulls()).serialized, record.kind, record.id])
    }

    func delete(_ record: Record) async throws {
        try await writer.write { db in try Self.delete(db, kind: record.kind, id: record.id) }
    }

    /// Kinds deleted with a parent they name by foreign key (`tape_library_id`), and kinds
    /// that are only detached from it (a pool's tapes go back to no pool).
    static let dependents: [String: (field: String, deleted: [String], detached: [String])] = [
        "tape_libraries": ("tape_library_id", ["tape_drives", "tapes"], []),
        "nas": ("nas_id", ["nas_shares"], []),
        "cloud_connectors": ("cloud_connector_id", ["cloud_buckets"], []),
        "tasks": ("task_id", ["task_executions", "task_schedules"], []),
        "pools": ("pool_id", ["primary_scans"], ["tapes", "nas_shares", "cloud_buckets"]),
    ]

    /// Deletes a record and, recursively, the records it owns or that depend on it.
    static func delete(_ db: Database, kind: String, id: Int64) throws {
        let owned = try Row.fetchAll(
            db, sql: "SELECT kind, id FROM records WHERE owner_kind = ? AND owner_id = ?", arguments: [kind, id])
        for row in owned { try delete(db, kind: row["kind"], id: row["id"]) }
        if let dep = dependents[kind] {
            let path = "$.\(dep.field)"
            for child in dep.deleted {
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM records WHERE kind = ? AND json_extract(body, ?) = ?", arguments: [child, path, id])
                for childID in ids { try delete(db, kind: child, id: childID) }
            }
            for child in dep.detached {
                try db.execute(
                    sql: "UPDATE records SET body = json_set(body, ?, NULL) WHERE kind = ? AND json_extract(body, ?) = ?",
                    arguments: [path, child, path, id])
            }
        }
        if kind == "task_executions" {
            try db.execute(sql: "DELETE FROM runs WHERE execution_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM execution_files WHERE execution_id = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM records WHERE kind = ? AND id = ?", arguments: [kind, id])
    }

    func nameTaken(kind: String, name: String, scope: SQLFragment?, except id: Int64?) async throws -> Bool {
        var condition = SQLFragment("kind = ? AND json_extract(body, '$.name') = ?", [kind, name])
        if let scope { condition = condition + SQLFragment(" AND ") + scope }
        if let id { condition = condition + SQLFragment(" AND id != ?", [id]) }
        let c = condition
        return try await writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM records WHERE \(c.sql)", arguments: c.arguments) ?? 0 > 0
        }
    }

    static func record(_ row: Row) throws -> Record {
        let text: String = row["body"]
        guard case .object(let body)? = JSONValue.parse(text) else {
            throw APIError(.internalServerError, "corrupt record \(row["kind"] as String) \(row["id"] as Int64)")
        }
        let ownerKind: String? = row["owner_kind"]
        let ownerID: Int64? = row["owner_id"]
        return Record(
            kind: row["kind"], id: row["id"],
            owner: ownerKind.flatMap { k in ownerID.map { Record.Owner(kind: k, id: $0) } }, body: body)
    }
}
