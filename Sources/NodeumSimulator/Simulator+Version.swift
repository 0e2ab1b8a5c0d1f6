import GRDB

extension Simulator {
    /// The version of the SQLite library the simulator runs on (`sqlite_version()`), for
    /// `nodeum-sim --version`.
    public static var sqliteVersion: String {
        let version = try? DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }
        return (version ?? nil) ?? "unknown"
    }
}
