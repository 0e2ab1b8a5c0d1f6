import GRDB

/// Writes a file tree fast: one transaction, one prepared statement, no per-row parsing.
/// Each pool gets a root folder, department folders, project folders of a few hundred files.
struct FileTreeSeeder {
    let now: Int64

    static let extensions = ["mov", "mxf", "jpg", "tif", "pdf", "docx", "wav", "mp4", "dpx", "csv", "txt", "tar"]
    static let departments = ["media", "research", "finance", "engineering", "legal", "archive"]
    static let filesPerFolder = 500

    func seed(_ db: Database, count: Int, pools: [DemoInstallation.PoolInfo], _ rng: inout SeededRandom) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO files(id, parent, pool_id, container_id, space, name, type, permission, size,
                change_date, modification_date, access_date, uid, gid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let tapeLink = try db.makeStatement(sql: "INSERT OR IGNORE INTO file_tapes(file_id, tape_id) VALUES (?, ?)")
        var nextID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM files") ?? 0) + 1
        let dates = (0..<512).map { i in ISODate.string(epochSeconds: now - Int64(i) * 86400 * 3 - Int64(i * 7919 % 86400)) }

        func add(parent: Int64?, pool: DemoInstallation.PoolInfo, space: Int, name: String, folder: Bool, size: Int64,
                 _ rng: inout SeededRandom) throws -> Int64 {
            let id = nextID
            nextID += 1
            let d = Int(rng.next() % UInt64(dates.count))
            let uid = 1000 + Int64(rng.next() % 8)
            insert.setUncheckedArguments([
                id, parent, pool.id, pool.containerID, space, name, folder ? "folder" : "file", folder ? 0o755 : 0o644, size,
                dates[d], dates[min(d + 1, dates.count - 1)], dates[max(d - 1, 0)], uid, 1000 + uid % 3,
            ])
            try insert.execute()
            if !folder, !pool.tapeIDs.isEmpty {
                tapeLink.setUncheckedArguments([id, pool.tapeIDs[Int(id % Int64(pool.tapeIDs.count))]])
                try tapeLink.execute()
            }
            return id
        }

        var remaining = count
        var poolIndex = 0
        var roots: [Int64: Int64] = [:]
        var folderSerial = 0
        while remaining > 0 {
            let pool = pools[poolIndex % pools.count]
            poolIndex += 1
            let root = try roots[pool.id] ?? add(parent: nil, pool: pool, space: 0, name: pool.name, folder: true, size: 0, &rng)
            roots[pool.id] = root
            folderSerial += 1
            let dept = try add(parent: root, pool: pool, space: 0, name: "\(Self.departments[folderSerial % Self.departments.count])-\(folderSerial)",
                               folder: true, size: 0, &rng)
            let perFolder = max(20, min(Self.filesPerFolder, count / (pools.count * 4)))
            let inFolder = min(remaining, perFolder)
            for i in 0..<inFolder {
                let ext = Self.extensions[Int(rng.next() % UInt64(Self.extensions.count))]
                let size = Int64(rng.next() % 50_000_000) + 1024
                _ = try add(parent: dept, pool: pool, space: 0, name: "file_\(folderSerial)_\(i).\(ext)", folder: false, size: size, &rng)
            }
            remaining -= inFolder
        }
        // A handful of files found by an import scan of the first pool.
        if let first = pools.first {
            let root = try add(parent: nil, pool: first, space: 1, name: "import", folder: true, size: 0, &rng)
            for i in 0..<20 {
                _ = try add(parent: root, pool: first, space: 1, name: "imported_\(i).dat", folder: false, size: 4096 * Int64(i + 1), &rng)
            }
        }
    }
}
