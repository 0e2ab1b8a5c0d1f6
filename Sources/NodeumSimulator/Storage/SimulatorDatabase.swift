import GRDB

/// The simulator's SQLite database: in memory, or a file that persists across restarts.
struct SimulatorDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens (and migrates) the database at `path`, or an in-memory one when nil.
    init(path: String?) throws {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
        }
        if let path {
            let pool = try DatabasePool(path: path, configuration: config)
            writer = pool
        } else {
            writer = try DatabaseQueue(configuration: config)
        }
        try Self.migrator.migrate(writer)
    }

    /// True when the database holds no resources yet (a fresh file or memory).
    func isEmpty() throws -> Bool {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM meta WHERE key = 'seeded'") == 0 }
    }

    private static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            // Every resource but files: its JSON body, plus the owner it is nested under
            // (a task's sources, a container's privileges, a user's API keys).
            try db.execute(sql: """
                CREATE TABLE records(
                    kind TEXT NOT NULL, id INTEGER NOT NULL,
                    owner_kind TEXT, owner_id INTEGER,
                    body TEXT NOT NULL,
                    PRIMARY KEY(kind, id));
                CREATE INDEX records_owner ON records(owner_kind, owner_id, kind);
                CREATE INDEX records_name ON records(kind, json_extract(body, '$.name'));
                CREATE INDEX records_task ON records(kind, json_extract(body, '$.task_id'));
                CREATE INDEX records_key ON records(kind, json_extract(body, '$.key'));

                -- The file tree: one row per file or folder. `space` is 0 for the catalog,
                -- 1 for files found by an import scan.
                CREATE TABLE files(
                    id INTEGER PRIMARY KEY, parent INTEGER, pool_id INTEGER, container_id INTEGER,
                    space INTEGER NOT NULL DEFAULT 0,
                    name TEXT NOT NULL, type TEXT NOT NULL, permission INTEGER, size INTEGER,
                    change_date TEXT, modification_date TEXT, access_date TEXT, uid INTEGER, gid INTEGER);
                CREATE INDEX files_space ON files(space, id);
                CREATE INDEX files_parent ON files(parent, id);
                CREATE INDEX files_pool ON files(pool_id, space, id);
                CREATE INDEX files_container ON files(container_id, id);
                CREATE TABLE file_tapes(file_id INTEGER NOT NULL, tape_id INTEGER NOT NULL, PRIMARY KEY(file_id, tape_id));
                CREATE INDEX file_tapes_tape ON file_tapes(tape_id);
                CREATE TABLE execution_files(
                    execution_id INTEGER NOT NULL, file_id INTEGER NOT NULL, PRIMARY KEY(execution_id, file_id));
                CREATE INDEX execution_files_file ON execution_files(file_id);

                -- Task executions in progress: how far along they are in simulated time.
                CREATE TABLE runs(
                    execution_id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL,
                    started REAL NOT NULL, elapsed REAL NOT NULL DEFAULT 0, duration REAL NOT NULL,
                    paused INTEGER NOT NULL DEFAULT 0, fails INTEGER NOT NULL DEFAULT 0);
                -- Active jobs answered by the `..._result` operations.
                CREATE TABLE jobs(job_id TEXT PRIMARY KEY, operation TEXT NOT NULL, status TEXT NOT NULL, payload TEXT);
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
                """)
        }
        return m
    }
}
