import PropertyBased
import Testing
@testable import NodeumSimulator

/// Filters with every operator, multi-key sorting and paging, checked against a reference
/// computed in the test over random tasks.
@Suite struct ListSemanticsTests {
    /// The attributes the test varies, as the reference sees them.
    struct Row: Sendable {
        let id: Int64
        let values: [String: JSONValue]
    }

    static let attributes: [(name: String, kind: SQLValueKind)] = [
        ("name", .text), ("priority", .integer), ("workflow_type", .text), ("activate", .boolean), ("comment", .text),
    ]

    @Test func filtersSortingAndPagingMatchTheReference() async throws {
        try await TestSimulator.with(TestSimulator.options(seed: .empty)) { api, _ async throws in
            var rng = SeededRandom(seed: 2024)
            var rows: [Row] = []
            let words = ["alpha", "beta", "Gamma", "delta", "al_pha", "be%ta", "zeta"]
            for i in 0..<40 {
                var body = JSONObject([
                    ("name", .string("\(rng.pick(words))-\(i % 7)")), ("priority", .int(Int64(rng.next() % 5))),
                    ("workflow_type", .string(rng.pick(["active_archive", "data_exchange", "maintenance"]))),
                    ("activate", .bool(rng.next() % 2 == 0)),
                ])
                if rng.next() % 3 != 0 { body["comment"] = .string(rng.pick(words)) }
                let created = try await api.request(.post, "/tasks", body: .object(body))
                #expect(created.status == 201)
                let id = created.json!["id"]!.intValue!
                rows.append(Row(id: id, values: Dictionary(uniqueKeysWithValues: Self.attributes.map { ($0.name, body[$0.name] ?? .null) })))
            }
            let allRows = rows
            await propertyCheck(count: 120, input: Gen<UInt64>.uint64()) { seed in
                var r = SeededRandom(seed: seed)
                let (query, expected, total) = Self.randomQuery(&r, allRows, words: words)
                let page = try await api.get("/tasks", query)
                #expect(page.status == 200, "\(query): \(page.text)")
                #expect(page.count == Int64(total), "count for \(query)")
                #expect(page.items("tasks").compactMap { $0["id"]?.intValue } == expected, "ids for \(query)")
            }
        }
    }

    @Test func offsetsBeyondTheEndAndTinyLimits() async throws {
        try await TestSimulator.with { api, _ async throws in
            let all = try await api.get("/tapes", [("limit", "1000")])
            let total = Int(all.count!)
            let beyond = try await api.get("/tapes", [("offset", String(total + 5))])
            #expect(beyond.status == 200 && beyond.items("tapes").isEmpty && beyond.count == Int64(total))
            let zero = try await api.get("/tapes", [("limit", "0")])
            #expect(zero.items("tapes").isEmpty && zero.count == Int64(total))
            let one = try await api.get("/tapes", [("limit", "1"), ("offset", "3")])
            #expect(one.items("tapes").map { $0["id"] } == [all.items("tapes")[3]["id"]])
            let paged = try await api.get("/tapes", [("page", "2"), ("per_page", "5")])
            #expect(paged.items("tapes").map { $0["id"] } == all.items("tapes")[5..<10].map { $0["id"] })
            let negative = try await api.get("/tapes", [("limit", "-1")])
            #expect(negative.status == 400)
        }
    }

    @Test func pageSizeIsCappedByTheConfiguredMaximum() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.maxPageSize = 7 }) { api, _ async throws in
            let page = try await api.get("/tapes", [("limit", "50")])
            #expect(page.items("tapes").count == 7)
            #expect(page.count! > 7)
        }
    }

    @Test func unknownFilterOrSortKeyIsA400NamingIt() async throws {
        try await TestSimulator.with { api, _ async throws in
            let filter = try await api.get("/tasks", [("color", "red")])
            #expect(filter.status == 400 && filter.text.contains("color"))
            let sort = try await api.get("/tasks", [("sort_by", "name:asc|shoe_size:desc")])
            #expect(sort.status == 400 && sort.text.contains("shoe_size"))
            let direction = try await api.get("/tasks", [("sort_by", "name:sideways")])
            #expect(direction.status == 400)
        }
    }

    // MARK: - The reference

    static func randomQuery(_ r: inout SeededRandom, _ rows: [Row], words: [String]) -> ([(String, String)], [Int64], Int) {
        var query: [(String, String)] = []
        var matching = rows
        for _ in 0..<Int(r.next() % 3) {
            let attr = r.pick(attributes)
            let op = r.pick(ListFilter.Operator.allCases)
            let operand: String
            switch attr.kind {
            case .integer: operand = String(r.next() % 6)
            case .boolean: operand = r.pick(["true", "false"])
            default:
                switch op {
                case .like, .notLike: operand = r.pick(["%a%", "al%", "%ta", "b_ta", "%\\_%", "GAMMA", "%"])
                case .inList, .notInList: operand = "\(r.pick(words))|\(r.pick(words))-\(r.next() % 7)|\(r.pick(words))"
                default: operand = r.next() % 2 == 0 ? r.pick(words) : "\(r.pick(words))-\(r.next() % 7)"
                }
            }
            let raw = (op == .equal && r.next() % 2 == 0 ? "" : op.rawValue) + operand
            query.append((attr.name, raw))
            let filter = ListFilter(attribute: attr.name, raw: raw)
            matching = matching.filter { matches($0.values[attr.name] ?? .null, filter, attr.kind) }
        }
        var keys: [SortKey] = []
        for _ in 0..<Int(r.next() % 3) { keys.append(SortKey(attribute: r.pick(attributes).name, descending: r.next() % 2 == 0)) }
        if !keys.isEmpty { query.append(("sort_by", keys.map { "\($0.attribute):\($0.descending ? "desc" : "asc")" }.joined(separator: "|"))) }
        matching.sort { a, b in
            for k in keys {
                let c = compare(a.values[k.attribute] ?? .null, b.values[k.attribute] ?? .null)
                if c != 0 { return k.descending ? c > 0 : c < 0 }
            }
            return a.id < b.id
        }
        let limit = Int(r.next() % 16), offset = Int(r.next() % 45)
        query.append(("limit", String(limit)))
        query.append(("offset", String(offset)))
        return (query, matching.dropFirst(offset).prefix(limit).map(\.id), matching.count)
    }

    /// SQLite's order: NULL, then numbers, then text (binary).
    static func compare(_ a: JSONValue, _ b: JSONValue) -> Int {
        func rank(_ v: JSONValue) -> Int { v == .null ? 0 : v.stringValue == nil ? 1 : 2 }
        if rank(a) != rank(b) { return rank(a) - rank(b) }
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y ? 0 : Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8)) ? -1 : 1
        default:
            let x = number(a), y = number(b)
            return x == y ? 0 : x < y ? -1 : 1
        }
    }

    static func number(_ v: JSONValue) -> Int64 {
        switch v {
        case .bool(let b): b ? 1 : 0
        default: v.intValue ?? 0
        }
    }

    static func matches(_ value: JSONValue, _ f: ListFilter, _ kind: SQLValueKind) -> Bool {
        let operands: [JSONValue] = f.operands.map { o in
            switch kind {
            case .integer: .int(Int64(o)!)
            case .boolean: .int(o == "true" ? 1 : 0)
            default: .string(o)
            }
        }
        let v: JSONValue = value.boolValue.map { .int($0 ? 1 : 0) } ?? value
        let isNull = v == .null
        switch f.op {
        case .equal: return !isNull && compare(v, operands[0]) == 0
        case .notEqual: return isNull || compare(v, operands[0]) != 0
        case .greater: return !isNull && compare(v, operands[0]) > 0
        case .greaterOrEqual: return !isNull && compare(v, operands[0]) >= 0
        case .less: return !isNull && compare(v, operands[0]) < 0
        case .lessOrEqual: return !isNull && compare(v, operands[0]) <= 0
        case .inList: return !isNull && operands.contains { compare(v, $0) == 0 }
        case .notInList: return isNull || !operands.contains { compare(v, $0) == 0 }
        case .like: return !isNull && like(text(v), f.operands[0])
        case .notLike: return isNull || !like(text(v), f.operands[0])
        }
    }

    static func text(_ v: JSONValue) -> String { v.stringValue ?? String(number(v)) }

    /// SQL LIKE without ESCAPE: `%` any run, `_` one character, ASCII case-insensitive.
    static func like(_ s: String, _ pattern: String) -> Bool {
        let s = Array(s.lowercased()), p = Array(pattern.lowercased())
        func m(_ i: Int, _ j: Int) -> Bool {
            if j == p.count { return i == s.count }
            if p[j] == "%" { return (i...s.count).contains { m($0, j + 1) } }
            guard i < s.count, p[j] == "_" || p[j] == s[i] else { return false }
            return m(i + 1, j + 1)
        }
        return m(0, 0)
    }
}

/// Deep pages of the file catalog come through the page index: every page at every offset,
/// with and without a filter, equals the same slice of the whole listing.
@Suite struct DeepPageTests {
    @Test func pagesThroughThePageIndexEqualTheListing() async throws {
        try await TestSimulator.with(TestSimulator.options(seed: .empty, files: 5_500)) { api, _ async throws in
            func ids(_ query: [(String, String)]) async throws -> [Int64] {
                try await api.get("/files", query).items("files").compactMap { $0["id"]?.intValue }
            }
            let all = try await ids([("limit", "1000"), ("offset", "0")]) + ids([("limit", "1000"), ("offset", "1000")])
                + ids([("limit", "1000"), ("offset", "2000")]) + ids([("limit", "1000"), ("offset", "3000")])
                + ids([("limit", "1000"), ("offset", "4000")]) + ids([("limit", "1000"), ("offset", "5000")])
            let total = Int(try await api.get("/files", [("limit", "0")]).count!)
            #expect(all.count == total && total > 5_500)
            for offset in [999, 1000, 1001, 2500, 4999, total - 1, total, total + 10] {
                let page = try await api.get("/files", [("limit", "7"), ("offset", String(offset))])
                #expect(page.count == Int64(total))
                #expect(page.items("files").compactMap { $0["id"]?.intValue } == Array(all.dropFirst(offset).prefix(7)), "offset \(offset)")
            }
            let folders = try await api.get("/files", [("type", "folder"), ("limit", "1000")]).items("files").compactMap { $0["id"]?.intValue }
            let files = all.filter { !folders.contains($0) }
            let deep = try await ids([("type", "file"), ("limit", "5"), ("offset", "1234")])
            #expect(deep == Array(files.dropFirst(1234).prefix(5)))
            let sorted = try await ids([("sort_by", "id"), ("limit", "3"), ("offset", "3001")])
            #expect(sorted == Array(all.dropFirst(3001).prefix(3)))
        }
    }
}

/// Keyset pages of the file catalog (`file_id=>X`, in id order) come through the page index:
/// the page after any id, with or without another filter, equals the same slice of the whole
/// listing, and its count is the number of rows left after that id.
@Suite struct KeysetPageTests {
    @Test func pagesAfterAnIDEqualTheListingAndCountWhatIsLeft() async throws {
        try await TestSimulator.with(TestSimulator.options(seed: .empty, files: 3_500)) { api, _ async throws in
            func page(_ query: [(String, String)]) async throws -> (count: Int64?, ids: [Int64]) {
                let answer = try await api.get("/files", query)
                return (answer.count, answer.items("files").compactMap { $0["id"]?.intValue })
            }
            var all: [Int64] = []
            for offset in stride(from: 0, to: 4_000, by: 1000) { all += try await page([("limit", "1000"), ("offset", String(offset))]).ids }
            let files = try await page([("type", "file"), ("limit", "1"), ("offset", "0")])
            for position in [0, 1, 998, 999, 1000, 1001, 2500, all.count - 2, all.count - 1] {
                let after = all[position]
                for (name, op) in [("file_id", ">\(after)"), ("file_id", ">=\(after + 1)")] {
                    let p = try await page([(name, op), ("limit", "7")])
                    #expect(p.ids == Array(all.dropFirst(position + 1).prefix(7)), "\(name)\(op)")
                    #expect(p.count == Int64(all.count - position - 1), "\(name)\(op)")
                }
            }
            // Another filter beside the key: the rows of that listing after the key.
            var fileIDs: [Int64] = []
            for offset in stride(from: 0, to: Int(files.count!), by: 1000) {
                fileIDs += try await page([("type", "file"), ("limit", "1000"), ("offset", String(offset))]).ids
            }
            let after = fileIDs[1500]
            let p = try await page([("type", "file"), ("file_id", ">\(after)"), ("limit", "4")])
            #expect(p.ids == Array(fileIDs.dropFirst(1501).prefix(4)))
            #expect(p.count == Int64(fileIDs.count - 1501))
            // Past the end: nothing left.
            let end = try await page([("file_id", ">\(all.last!)"), ("limit", "4")])
            #expect(end.ids.isEmpty && end.count == 0)
        }
    }
}
