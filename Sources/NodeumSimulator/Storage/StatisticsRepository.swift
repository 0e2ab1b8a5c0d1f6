import Foundation
import GRDB
import NodeumAPI

/// The aggregates `/statistics/*` answers, computed in SQL: the answer's shape is walked from
/// the operation's definition; each numeric field is an aggregate over the rows the enclosing
/// facet selects, and each `buckets` list groups those rows by the attribute it is named after.
struct StatisticsRepository: Sendable {
    let writer: any DatabaseWriter

    /// Rows a facet aggregates: files, task executions, or storage resources.
    enum Source: Sendable { case files, tasks, storage }

    /// The facets of `definition` over every row of `source`; dates are aged from `now`
    /// (epoch seconds) by `dateColumn`.
    func facets(_ definition: APIDefinition, source: Source, dateColumn: String, now: Int64) async throws -> JSONObject {
        try await writer.read { db in
            try Self.facet(db, definition, source, SQLFragment("1"), depth: 0, dateColumn: dateColumn, now: now)
        }
    }

    private static func facet(
        _ db: Database, _ def: APIDefinition, _ source: Source, _ cond: SQLFragment, depth: Int, dateColumn: String, now: Int64
    ) throws -> JSONObject {
        var out = JSONObject()
        let sums = try aggregates(db, source, cond)
        for p in def.properties {
            if let v = sums[p.name] { out[p.name] = v; continue }
            guard p.type == .object, let sub = p.definition.flatMap(APICatalog.definition), depth < 3 else { continue }
            if let extra = range(p.name, dateColumn: dateColumn, now: now, source: source) {
                out[p.name] = .object(try facet(db, sub, source, and(cond, extra), depth: depth + 1, dateColumn: dateColumn, now: now))
            } else if let bucketsProp = sub.property(named: "buckets"), let itemDef = bucketsProp.definition.flatMap(APICatalog.definition) {
                var buckets: [JSONValue] = []
                if let column = groupColumn(p.name, source) {
                    let vals = try Row.fetchAll(
                        db, sql: "SELECT \(column) AS v FROM \(table(source)) WHERE \(cond.sql) GROUP BY v ORDER BY count(*) DESC LIMIT 10",
                        arguments: cond.arguments)
                    for row in vals {
                        let v = row["v"] as DatabaseValue
                        let c = v.isNull ? SQLFragment("\(column) IS NULL") : SQLFragment("\(column) = ?", [v])
                        var item = JSONObject([("val", jsonValue(v))])
                        let inner = try facet(db, itemDef, source, and(cond, c), depth: depth + 1, dateColumn: dateColumn, now: now)
                        for (k, v) in inner where k != "val" { item[k] = v }
                        buckets.append(.object(item))
                    }
                }
                out[p.name] = .object(JSONObject([("buckets", .array(buckets))]))
            } else {
                out[p.name] = .object(try facet(db, sub, source, cond, depth: depth + 1, dateColumn: dateColumn, now: now))
            }
        }
        return out
    }

    private static func and(_ a: SQLFragment, _ b: SQLFragment) -> SQLFragment { a + SQLFragment(" AND ") + b }

    private static func table(_ source: Source) -> String {
        switch source {
        case .files: "files"
        case .tasks: "(SELECT body FROM records WHERE kind = 'task_executions')"
        case .storage: "(SELECT kind, body FROM records WHERE kind IN ('containers','nas_shares','cloud_buckets','tapes','pools')) AS s"
        }
    }

    private static func aggregates(_ db: Database, _ source: Source, _ cond: SQLFragment) throws -> [String: JSONValue] {
        switch source {
        case .files:
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS c, coalesce(sum(size),0) AS s FROM files WHERE space = 0 AND \(cond.sql)",
                                       arguments: cond.arguments)!
            let c: Int64 = row["c"], s: Int64 = row["s"]
            return ["count": .int(c), "files_count": .int(c), "file_size_sum": .int(s),
                    "cost": .double((Double(s) / 1e12 * 4.5 * 100).rounded() / 100)]
        case .tasks:
            func j(_ f: String) -> String { "coalesce(sum(json_extract(body, '$.\(f)')), 0)" }
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS c, \(j("to_process_size")) AS tps, \(j("processed_size")) AS ps, \(j("to_process_files")) AS tpf,
                \(j("processed_files")) AS pf, \(j("finalized_files")) AS ff, coalesce(avg(json_extract(body, '$.bandwidth')), 0) AS ba,
                count(json_extract(body, '$.bandwidth')) AS bc, count(DISTINCT json_extract(body, '$.task_id')) AS tc
                FROM \(table(.tasks)) WHERE \(cond.sql)
                """, arguments: cond.arguments)!
            return ["count": .int(row["c"]), "to_process_size_sum": .int(row["tps"]), "processed_size_sum": .int(row["ps"]),
                    "to_process_files_sum": .int(row["tpf"]), "processed_files_sum": .int(row["pf"]),
                    "finalized_files_sum": .int(row["ff"]), "bandwidth_avg": .int(Int64((row["ba"] as Double).rounded())),
                    "bandwidth_count": .int(row["bc"]), "tasks_count": .int(row["tc"])]
        case .storage:
            let c = try Int64.fetchOne(db, sql: "SELECT count(*) FROM \(table(.storage)) WHERE \(cond.sql)", arguments: cond.arguments) ?? 0
            return ["count": .int(c)]
        }
    }

    /// The condition a named sub-facet adds: date ages, size classes, storage kinds.
    private static func range(_ name: String, dateColumn: String, now: Int64, source: Source) -> SQLFragment? {
        let day: Int64 = 86400
        func olderThan(_ d: Int64?, newerThan n: Int64?) -> SQLFragment {
            var parts: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let n { parts.append("\(dateColumn) >= ?"); args.append(ISODate.string(epochSeconds: now - n * day)) }
            if let d { parts.append("\(dateColumn) < ?"); args.append(ISODate.string(epochSeconds: now - d * day)) }
            return SQLFragment(parts.isEmpty ? "1" : parts.joined(separator: " AND "), StatementArguments(args))
        }
        func size(_ lo: Int64?, _ hi: Int64?) -> SQLFragment {
            SQLFragment("size >= ? AND size < ?", [lo ?? 0, hi ?? Int64.max])
        }
        switch (source, name) {
        case (.files, "in_cache"): return olderThan(nil, newerThan: 2)
        case (.files, "less_1_week"): return olderThan(nil, newerThan: 7)
        case (.files, "less_1_month"): return olderThan(7, newerThan: 30)
        case (.files, "less_3_months"): return olderThan(30, newerThan: 91)
        case (.files, "less_6_months"): return olderThan(91, newerThan: 182)
        case (.files, "less_1_year"): return olderThan(182, newerThan: 365)
        case (.files, "less_2_years"): return olderThan(365, newerThan: 730)
        case (.files, "more_2_years"): return olderThan(730, newerThan: nil)
        case (.files, "less_100_kb"): return size(nil, 100_000)
        case (.files, "less_1_mb"): return size(100_000, 1_000_000)
        case (.files, "less_10_mb"): return size(1_000_000, 10_000_000)
        case (.files, "less_100_mb"): return size(10_000_000, 100_000_000)
        case (.files, "less_1_gb"): return size(100_000_000, 1_000_000_000)
        case (.files, "less_10_gb"): return size(1_000_000_000, 10_000_000_000)
        case (.files, "less_100_gb"): return size(10_000_000_000, 100_000_000_000)
        case (.files, "more_100_gb"): return size(100_000_000_000, nil)
        case (.storage, let kind) where ["container", "nas_share", "cloud_bucket", "tape", "pool"].contains(kind):
            return SQLFragment("kind = ?", [kind + "s"])
        default: return nil
        }
    }

    /// The expression a `buckets` list groups by (its key names the attribute).
    private static func groupColumn(_ name: String, _ source: Source) -> String? {
        switch (source, name) {
        case (.files, "prim_name_s"), (.files, "prim_pool_name_s"), (.files, "sec_pool_name_s"):
            return "(SELECT json_extract(body, '$.name') FROM records WHERE kind = 'pools' AND id = files.pool_id)"
        case (.files, "file_extension_s"): return "lower(substr(name, instr(name, '.') + 1))"
        case (.files, "user_owner_id_l"): return "uid"
        case (.files, "group_owner_id_l"): return "gid"
        case (.tasks, "type"): return "json_extract(body, '$.workflow_type')"
        case (.tasks, "action"): return "json_extract(body, '$.workflow_action')"
        case (.tasks, "status"): return "json_extract(body, '$.status')"
        case (.tasks, "source"): return "json_extract(body, '$.source_type')"
        case (.tasks, "destination"): return "json_extract(body, '$.destination_type')"
        case (.storage, "pool_type_i"):  // a pool's own type; for what is in a pool, that pool's
            return "CASE WHEN s.kind = 'pools' THEN json_extract(s.body, '$.type') ELSE \(of("pools", "pool_id", "type")) END"
        case (.storage, "pool_content_i"): return "CASE WHEN s.kind = 'pools' THEN json_extract(s.body, '$.content') END"
        case (.storage, "tape_type_i"): return "json_extract(s.body, '$.type')"
        case (.storage, "nas_type_i"): return of("nas", "nas_id", "type")
        case (.storage, "cloud_connector_type_i"): return of("cloud_connectors", "cloud_connector_id", "provider")
        default: return nil
        }
    }

    /// The `field` of the `kind` record a storage row names by its `link` attribute.
    private static func of(_ kind: String, _ link: String, _ field: String) -> String {
        "(SELECT json_extract(o.body, '$.\(field)') FROM records o WHERE o.kind = '\(kind)' AND o.id = json_extract(s.body, '$.\(link)'))"
    }

    private static func jsonValue(_ v: DatabaseValue) -> JSONValue {
        switch v.storage {
        case .null: .null
        case .int64(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .blob: .null
        }
    }
}
