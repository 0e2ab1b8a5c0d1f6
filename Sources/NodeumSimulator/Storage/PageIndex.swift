import GRDB

/// Where the rows of a file listing in id order sit: the id at every `stride`-th position.
/// A page at offset X then starts at the mark below X and skips fewer than `stride` index
/// entries, so a page near the end of a million files costs what the first one does, where
/// SQLite's OFFSET walks every entry before it. Built by one scan of the listing's ids (which
/// also gives its count) the first time a deep page is asked, and dropped when files change.
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

    /// The first id of the stretch holding `offset`, and how many rows to skip from it; nil
    /// past the end.
    func seek(_ offset: Int) -> (from: Int64, skip: Int)? {
        let mark = offset / Self.stride
        guard mark < marks.count else { return nil }
        return (marks[mark], offset - mark * Self.stride)
    }
}
