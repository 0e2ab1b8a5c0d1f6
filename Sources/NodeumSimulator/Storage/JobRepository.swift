import GRDB

/// The jobs that 202 answers start (`jobs` table): what started each, and its status.
struct JobRepository: Sendable {
    let writer: any DatabaseWriter

    /// Records a job.
    func insert(id: String, operation: String, status: String, payload: String?) async throws {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO jobs(job_id, operation, status, payload) VALUES (?, ?, ?, ?)",
                           arguments: [id, operation, status, payload])
        }
    }

    /// The status of a job; nil for an unknown one.
    func status(of id: String) async throws -> String? {
        try await writer.read { db in try String.fetchOne(db, sql: "SELECT status FROM jobs WHERE job_id = ?", arguments: [id]) }
    }

    /// The operation that started a job; nil for an unknown one.
    func operation(of id: String) async throws -> String? {
        try await writer.read { db in try String.fetchOne(db, sql: "SELECT operation FROM jobs WHERE job_id = ?", arguments: [id]) }
    }
}
