import GRDB

/// Where the rows of a file listing in id order sit: the id at every `stride`-th position.
/// A page at offset X then starts at the mark below X and skips fewer than `stride` index
/// entries, so a page near the end of a million files costs what the first one does, where
/// SQLite's OFFSET walks every entry before it. Built by one scan of the listing's ids (which
/// also gives its count) the first time a deep page is asked, and dropped when files change.
/// Keyset pages (`id > X` in id order) use it too: their count, the rows after X, is the
/// listing's count less X's rank, so every keyset page costs the same at any depth.
struct PageIndex: Sendable {
    static let stride = 1000

    /// `marks[k]` is the id at position `k * stride`.
    let marks: [Int64]
    let count: Int

    static func build(_ db: Database, condition c: SQLFragment) throws -> PageIndex {
        var marks: [Int64] = []
        var count = 0
        let ids = try Int64.fetchCursor(db, sql: "SELECT id FROM files WHERE \(c.sql) ORDER BY id", arguments: c.arguments)
        while let id = try ids.next() {
            if count % stride == 0 { marks.append(id) }
            count += 1
        }
        return PageIndex(marks: marks, count: count)
    }

    /// How many rows of the listing have an id up to `key` (included): the mark at or below it,
    /// then fewer than `stride` rows counted from there.
    func rank(through key: Int64, _ db: Database, condition c: SQLFragment) throws -> Int {
        var lo = 0, hi = marks.count  // the first mark above key
        while lo < hi {
            let mid = (lo + hi) / 2
            if marks[mid] <= key { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return 0 }
        let from = marks[lo - 1]
        let within = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM files WHERE \(c.sql) AND id >= ? AND id <= ?", arguments: c.arguments + [from, key]) ?? 0
        return (lo - 1) * Self.stride + within
    }

    /// The first id of the stretch holding `offset`, and how many rows to skip from it; nil
    /// past the end.
    func seek(_ offset: Int) -> (from: Int64, skip: Int)? {
        let mark = offset / Self.stride
        guard mark < marks.count else { return nil }
        return (marks[mark], offset - mark * Self.stride)
    }
}
