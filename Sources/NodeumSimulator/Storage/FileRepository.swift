import GRDB
import Synchronization

/// Which files a list or lookup sees.
enum FileScope: Sendable {
    case catalog
    case anyImport
    case pool(Int64)
    case imports(pool: Int64)
    case onTapes(pool: Int64)
    case container(Int64)
    case task(Int64)
    case execution(Int64)

    var condition: SQLFragment {
        switch self {
        case .catalog: SQLFragment("space = 0")
        case .anyImport: SQLFragment("space = 1")
        case .pool(let id): SQLFragment("pool_id = ? AND space = 0", [id])
        case .imports(let id): SQLFragment("pool_id = ? AND space = 1", [id])
        case .onTapes(let id):
            SQLFragment(
                "pool_id = ? AND space = 0 AND (type = 'folder' OR EXISTS (SELECT 1 FROM file_tapes t WHERE t.file_id = files.id))", [id])
        case .container(let id): SQLFragment("container_id = ?", [id])
        case .task(let id):
            SQLFragment(
                """
                id IN (SELECT file_id FROM execution_files WHERE execution_id IN
                (SELECT id FROM records WHERE kind = 'task_executions' AND json_extract(body, '$.task_id') = ?))
                """, [id])
        case .execution(let id): SQLFragment("id IN (SELECT file_id FROM execution_files WHERE execution_id = ?)", [id])
        }
    }
}

/// The file tree: pages of files and folders, lookups, paths and the tapes a file is on.
struct FileRepository: Sendable {
    let writer: any DatabaseWriter
    /// Totals of recent list queries; the tree changes only when files are written, which
    /// clears it, and counting a million rows per page would cost more than the page.
    private let counts = Locked<[String: Int]>([:])
    /// Page indexes of listings in id order, by condition; cleared with the totals.
    private let indexes = Locked<[String: PageIndex]>([:])

    init(writer: any DatabaseWriter) { self.writer = writer }

    static let columns = "id, parent, pool_id, name, type, permission, size, change_date, modification_date, access_date, uid, gid"

    /// The column a filter or sort attribute reads.
    static func attribute(_ name: String) -> ListAttribute? {
        let column: String
        let kind: SQLValueKind
        switch name {
        case "id", "file_id", "import_file_id": (column, kind) = ("id", .integer)
        case "parent", "file_parent_id": (column, kind) = ("parent", .integer)
        case "primary_id": (column, kind) = ("pool_id", .integer)
        case "permission", "size", "uid", "gid": (column, kind) = (name, .integer)
        case "name", "type", "change_date", "modification_date", "access_date": (column, kind) = (name, .text)
        default: return nil
        }
        return ListAttribute(expression: SQLFragment(column), kind: kind)
    }

    /// Forgets cached totals; call after writing files.
    func invalidate() {
        counts.withLock { $0.removeAll() }
        indexes.withLock { $0.removeAll() }
    }

    /// One page of files in `scope`, optionally only the children of `parent`.
    func list(scope: FileScope, parent: Int64?, request: ListRequest, onTapes: Bool = false) async throws -> Page {
        var condition = scope.condition
        if let parent { condition = condition + SQLFragment(" AND parent = ?", [parent]) }
        // A keyset page: the listing's other filters, and the key to start after.
        var after: Int64?
        let keyFilters = request.filters.filter { ["id", "file_id"].contains($0.attribute) }
        if keyFilters.count == 1, let key = keyFilters.first, key.op == .greater || key.op == .greaterOrEqual,
           let bound = Int64(key.operands[0]), request.offset == 0,
           request.sort.allSatisfy({ ["id", "file_id"].contains($0.attribute) && !$0.descending }) {
            after = key.op == .greater ? bound : bound - 1
        }
        for filter in request.filters where after == nil || !["id", "file_id"].contains(filter.attribute) {
            guard let attr = Self.attribute(filter.attribute) else {
                throw APIError.badRequest("unknown filter \(filter.attribute)", attribute: filter.attribute, error: "unknown")
            }
            condition = condition + SQLFragment(" AND ") + (try filter.condition(on: attr))
        }
        var order = ""
        for key in request.sort {
            guard let attr = Self.attribute(key.attribute) else {
                throw APIError.badRequest("unknown sort key \(key.attribute)", attribute: "sort_by", error: "unknown", value: key.attribute)
            }
            order += attr.expression.sql + (key.descending ? " DESC, " : " ASC, ")
        }
        let byID = order.isEmpty || order == "id ASC, "
        order += "id ASC"
        let c = condition
        let cacheKey = c.sql + "|" + String(describing: c.arguments)
        if let after {
            return try await keysetPage(condition: c, key: cacheKey, after: after, limit: request.limit, onTapes: onTapes)
        }
        if byID, request.offset >= PageIndex.stride {
            return try await deepPage(condition: c, key: cacheKey, request: request, onTapes: onTapes)
        }
        let cached = counts.withLock { $0[cacheKey] }
        // Late row lookup: the offset is skipped over index entries (ids only), then the page's
        // rows are read by id, so deep pages cost a walk of a small index rather than of the table.
        let sql = """
            SELECT \(Self.columns) FROM files WHERE id IN
            (SELECT id FROM files WHERE \(c.sql) ORDER BY \(order) LIMIT ? OFFSET ?) ORDER BY \(order)
            """
        let (count, items) = try await writer.read { db -> (Int, [String]) in
            let count = try cached ?? Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE \(c.sql)", arguments: c.arguments) ?? 0
            let rows = try Row.fetchCursor(db, sql: sql, arguments: c.arguments + [request.limit, request.offset])
            var items: [String] = []
            while let row = try rows.next() {
                items.append(onTapes ? try Self.onTapesJSON(db, row) : Self.json(row, path: nil))
            }
            return (count, items)
        }
        if cached == nil { counts.withLock { $0[cacheKey] = count } }
        return Page(count: count, items: items)
    }

    /// The page after id `after` in id order, and the rows left from there as its count:
    /// both found through the listing's page index, so the cost is the same at any depth.
    private func keysetPage(condition c: SQLFragment, key: String, after: Int64, limit: Int, onTapes: Bool) async throws -> Page {
        let known = indexes.withLock { $0[key] }
        let (index, left, items) = try await writer.read { db -> (PageIndex, Int, [String]) in
            let index = try known ?? PageIndex.build(db, condition: c)
            let left = index.count - (try index.rank(through: after, db, condition: c))
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.columns) FROM files WHERE \(c.sql) AND id > ? ORDER BY id LIMIT ?
                """, arguments: c.arguments + [after, limit])
            var items: [String] = []
            while let row = try rows.next() {
                items.append(onTapes ? try Self.onTapesJSON(db, row) : Self.json(row, path: nil))
            }
            return (index, left, items)
        }
        if known == nil { remember(index, key: key) }
        return Page(count: left, items: items)
    }

    /// Keeps a listing's page index and count until files change.
    private func remember(_ index: PageIndex, key: String) {
        indexes.withLock { cache in
            // A handful of listings are walked at once; a bounded cache keeps memory flat.
            if cache.count >= 64 { cache.removeAll() }
            cache[key] = index
        }
        counts.withLock { $0[key] = index.count }
    }

    /// A page far into a listing in id order, found through its page index.
    private func deepPage(condition c: SQLFragment, key: String, request: ListRequest, onTapes: Bool) async throws -> Page {
        let known = indexes.withLock { $0[key] }
        let (index, items) = try await writer.read { db -> (PageIndex, [String]) in
            let index = try known ?? PageIndex.build(db, condition: c)
            guard let (from, skip) = index.seek(request.offset) else { return (index, []) }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.columns) FROM files WHERE id IN
                (SELECT id FROM files WHERE \(c.sql) AND id >= ? ORDER BY id LIMIT ? OFFSET ?) ORDER BY id
                """, arguments: c.arguments + [from, request.limit, skip])
            var items: [String] = []
            while let row = try rows.next() {
                items.append(onTapes ? try Self.onTapesJSON(db, row) : Self.json(row, path: nil))
            }
            return (index, items)
        }
        if known == nil { remember(index, key: key) }
        return Page(count: index.count, items: items)
    }

    /// One file in `scope` with its path, or nil.
    func find(id: Int64, scope: FileScope) async throws -> String? {
        let c = scope.condition + SQLFragment(" AND id = ?", [id])
        return try await writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.columns) FROM files WHERE \(c.sql)", arguments: c.arguments)
            else { return nil }
            return Self.json(row, path: try Self.path(db, id: id))
        }
    }

    /// True when `id` is a folder in `scope`.
    func isFolder(id: Int64, scope: FileScope) async throws -> Bool? {
        let c = scope.condition + SQLFragment(" AND id = ?", [id])
        return try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT type FROM files WHERE \(c.sql)", arguments: c.arguments).map { $0 == "folder" }
        }
    }

    /// The tape ids a file is stored on.
    func tapeIDs(of fileID: Int64) async throws -> [Int64] {
        try await writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT tape_id FROM file_tapes WHERE file_id = ? ORDER BY tape_id", arguments: [fileID])
        }
    }

    /// `/name/of/each/ancestor/name`.
    static func path(_ db: Database, id: Int64) throws -> String {
        var names: [String] = []
        var current: Int64? = id
        var guardDepth = 0
        while let c = current, guardDepth < 256 {
            guard let row = try Row.fetchOne(db, sql: "SELECT parent, name FROM files WHERE id = ?", arguments: [c]) else { break }
            names.append(row["name"])
            current = row["parent"]
            guardDepth += 1
        }
        return "/" + names.reversed().joined(separator: "/")
    }

    /// A `nodeum_file` (or `nodeum_file_with_path`) as JSON text.
    static func json(_ row: Row, path: String?) -> String {
        var o = "{\"id\":\(row["id"] as Int64),\"name\":"
        JSONValue.writeString(row["name"], to: &o)
        // A value the database does not have (a root's parent) is left out: the spec types each field.
        int("parent", row["parent"], to: &o)
        int("primary_id", row["pool_id"], to: &o)
        o += ",\"type\":"
        JSONValue.writeString(row["type"], to: &o)
        int("permission", row["permission"], to: &o)
        int("size", row["size"], to: &o)
        for field in ["change_date", "modification_date", "access_date"] {
            guard let s: String = row[field] else { continue }
            o += ",\"\(field)\":"
            JSONValue.writeString(s, to: &o)
        }
        int("uid", row["uid"], to: &o)
        int("gid", row["gid"], to: &o)
        if let path {
            o += ",\"file_path\":"
            JSONValue.writeString(path, to: &o)
        }
        return o + "}"
    }

    /// An `on_tapes_file`: the file and the barcodes of the tapes holding it.
    static func onTapesJSON(_ db: Database, _ row: Row) throws -> String {
        let id: Int64 = row["id"]
        let barcodes = try String.fetchAll(
            db,
            sql: """
                SELECT json_extract(r.body, '$.barcode') FROM file_tapes t JOIN records r ON r.kind = 'tapes' AND r.id = t.tape_id
                WHERE t.file_id = ? ORDER BY t.tape_id
                """, arguments: [id])
        var o = "{\"id\":\(id),\"name\":"
        JSONValue.writeString(row["name"], to: &o)
        o += ",\"type\":"
        JSONValue.writeString(row["type"], to: &o)
        int("size", row["size"], to: &o)
        o += ",\"barcodes\":"
        o += JSONValue.array(barcodes.map { .string($0) }).serialized
        return o + "}"
    }

    /// Appends `,"key":value`, nothing when the value is missing.
    private static func int(_ key: String, _ v: Int64?, to o: inout String) {
        if let v { o += ",\"\(key)\":\(v)" }
    }
}
