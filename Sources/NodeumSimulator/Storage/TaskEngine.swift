import Foundation
import GRDB

/// Task executions that progress over simulated time: the storage of runs, which controllers
/// reach through these functions only (as they reach records through `RecordRepository`). A
/// run is a row in `runs`; its progress is computed from the clock whenever tasks or
/// executions are read, so no timer is needed and a restarted simulator picks up where it left off.
enum TaskEngine {
    /// Statuses of an execution that is still going.
    static let activeStatuses: Set<String> = ["in_progress", "paused", "in_queue", "calculating"]

    /// Starts an execution of `task`; its files are those of the task's source pool.
    static func start(task: Record, _ state: SimulatorState) async throws -> Record {
        let now = state.now()
        let duration = state.options.taskDuration
        let fails = (task.body["name"]?.stringValue ?? "").lowercased().contains("fail")
        let record = try await state.writer.write { db -> Record in
            let sourcePool = try sourcePoolID(db, task: task.id)
            let fileIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM files WHERE type = 'file' AND (? IS NULL OR pool_id = ?) AND space = 0 ORDER BY id LIMIT 200",
                arguments: [sourcePool, sourcePool])
            let size = try Int64.fetchOne(
                db, sql: "SELECT coalesce(sum(size), 0) FROM files WHERE id IN (\(fileIDs.isEmpty ? "NULL" : fileIDs.map(String.init).joined(separator: ",")))") ?? 0
            let stamp = ISODate.string(epochSeconds: Int64(now))
            var body = JSONObject([("task_id", .int(task.id))])
            for key in ["name", "workflow_type", "workflow_action", "source_type", "destination_type"] {
                body[key] = task.body[key] ?? .null
            }
            body["status"] = "in_progress"
            body["log_time"] = .string(stamp)
            body["job_started"] = .string(stamp)
            body["job_finished"] = .null
            body["to_process_size"] = .int(size)
            body["processed_size"] = 0
            body["to_process_files"] = .int(Int64(fileIDs.count))
            body["processed_files"] = 0
            body["finalized_files"] = 0
            body["estimation_time"] = .int(Int64(duration.rounded(.up)))
            body["bandwidth"] = 0
            let execution = try SQLiteRecordRepository.insert(db, kind: "task_executions", owner: nil, body: body, stringID: true)
            for id in fileIDs {
                try db.execute(sql: "INSERT OR IGNORE INTO execution_files(execution_id, file_id) VALUES (?, ?)", arguments: [execution.id, id])
            }
            try linkFolders(db, execution: execution.id)
            try db.execute(
                sql: "INSERT INTO runs(execution_id, task_id, started, duration, fails) VALUES (?, ?, ?, ?, ?)",
                arguments: [execution.id, task.id, now, max(duration, 0.001), fails])
            try setTask(db, task.id, ["status": "in_progress", "action": "run", "job_started": .string(stamp), "job_finished": .null,
                                      "to_process_size": .int(size), "processed_size": 0])
            return execution
        }
        state.files.invalidate()
        return record
    }

    /// Adds the folders above an execution's files (all executions when nil), so its tree can be walked.
    static func linkFolders(_ db: Database, execution: Int64? = nil) throws {
        for _ in 0..<8 {
            try db.execute(sql: """
                INSERT OR IGNORE INTO execution_files(execution_id, file_id)
                SELECT DISTINCT x.execution_id, f.parent FROM execution_files x JOIN files f ON f.id = x.file_id
                WHERE f.parent IS NOT NULL AND (? IS NULL OR x.execution_id = ?)
                """, arguments: [execution, execution])
            if db.changesCount == 0 { break }
        }
    }

    /// The run of `task` that is going, if any.
    static func activeRun(task: Int64, _ state: SimulatorState) async throws -> (execution: Int64, paused: Bool)? {
        try await advance(state)
        return try await state.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT execution_id, paused FROM runs WHERE task_id = ? ORDER BY execution_id DESC LIMIT 1",
                             arguments: [task]).map { ($0["execution_id"], $0["paused"]) }
        }
    }

    /// Pauses the task's run where it is now: its counters are brought up to this moment first.
    static func pause(task: Int64, _ state: SimulatorState) async throws {
        let now = state.now()
        try await state.writer.write { db in
            try advance(db, task: task, now: now)
            try db.execute(sql: "UPDATE runs SET elapsed = elapsed + (? - started), paused = 1 WHERE task_id = ? AND paused = 0",
                           arguments: [now, task])
            try setStatus(db, task: task, "paused", finished: nil)
        }
    }

    static func resume(task: Int64, _ state: SimulatorState) async throws {
        let now = state.now()
        try await state.writer.write { db in
            try db.execute(sql: "UPDATE runs SET started = ?, paused = 0 WHERE task_id = ? AND paused = 1", arguments: [now, task])
            try setStatus(db, task: task, "in_progress", finished: nil)
        }
    }

    /// Stops the task's run where it is now: its counters are brought up to this moment first (a
    /// run that has ended by then keeps its own outcome), then kept as they are.
    static func stop(task: Int64, _ state: SimulatorState) async throws {
        let now = state.now()
        try await state.writer.write { db in
            try advance(db, task: task, now: now)
            try setStatus(db, task: task, "stopped_by_user", finished: ISODate.string(epochSeconds: Int64(now)))
            try db.execute(sql: "DELETE FROM runs WHERE task_id = ?", arguments: [task])
        }
    }

    /// Removes the runs of a task about to be deleted.
    static func forget(task: Int64, _ state: SimulatorState) async throws {
        try await state.writer.write { db in try db.execute(sql: "DELETE FROM runs WHERE task_id = ?", arguments: [task]) }
    }

    /// Moves every run forward to the current time: processed files and sizes grow, finished
    /// runs end in `done`; runs of tasks whose name says `fail` end in `error` when they are
    /// `failurePoint` of the way through, with the counts they reached.
    static func advance(_ state: SimulatorState) async throws {
        let now = state.now()
        let hasRuns = try await state.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE paused = 0") ?? 0 }
        guard hasRuns > 0 else { return }
        try await state.writer.write { db in try advance(db, task: nil, now: now) }
    }

    /// How far through its files a failing run gets before it ends in `error`.
    static let failurePoint = 0.6

    /// Moves the running (not paused) runs of `task`, or of every task when nil, to `now`.
    /// An execution's counters never go down, and never above what it has to process.
    private static func advance(_ db: Database, task: Int64?, now: Double) throws {
        let runs = try Row.fetchAll(db, sql: "SELECT * FROM runs WHERE paused = 0 AND (? IS NULL OR task_id = ?)", arguments: [task, task])
        for run in runs {
            let executionID: Int64 = run["execution_id"]
            let taskID: Int64 = run["task_id"]
            let duration: Double = run["duration"]
            let elapsed = (run["elapsed"] as Double) + now - (run["started"] as Double)
            let end = (run["fails"] as Bool) ? failurePoint : 1
            let fraction = min(end, max(0, elapsed / duration))
            guard var exec = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE kind = 'task_executions' AND id = ?",
                                              arguments: [executionID]).map(SQLiteRecordRepository.record)
            else {
                try db.execute(sql: "DELETE FROM runs WHERE execution_id = ?", arguments: [executionID])
                continue
            }
            func grow(_ key: String, to total: String) -> Int64 {
                let all = exec.body[total]?.intValue ?? 0
                let reached = max(exec.body[key]?.intValue ?? 0, Int64(Double(all) * fraction))
                exec.body[key] = .int(min(all, reached))
                return min(all, reached)
            }
            let files = grow("processed_files", to: "to_process_files")
            exec.body["finalized_files"] = .int(files)
            let size = grow("processed_size", to: "to_process_size")
            exec.body["bandwidth"] = .int(elapsed > 0 ? Int64(Double(size) / elapsed) : 0)
            exec.body["estimation_time"] = .int(Int64(max(0, duration - elapsed).rounded(.up)))
            if fraction >= end {
                let stamp = ISODate.string(epochSeconds: Int64(now))
                exec.body["status"] = end < 1 ? "error" : "done"
                exec.body["estimation_time"] = 0
                exec.body["job_finished"] = .string(stamp)
                try db.execute(sql: "DELETE FROM runs WHERE execution_id = ?", arguments: [executionID])
                try setTask(db, taskID, ["status": exec.body["status"]!, "action": "noop", "job_finished": .string(stamp),
                                        "processed_size": .int(size)])
            } else {
                try setTask(db, taskID, ["processed_size": .int(size)])
            }
            try SQLiteRecordRepository.update(db, exec)
        }
    }

    private static func sourcePoolID(_ db: Database, task: Int64) throws -> Int64? {
        let text = try String.fetchOne(
            db, sql: "SELECT body FROM records WHERE kind = 'task_sources' AND owner_kind = 'tasks' AND owner_id = ? ORDER BY id LIMIT 1",
            arguments: [task])
        return text.flatMap(JSONValue.parse)?["pool"]?["id"]?.intValue
    }

    private static func setTask(_ db: Database, _ task: Int64, _ changes: [String: JSONValue]) throws {
        guard var r = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE kind = 'tasks' AND id = ?", arguments: [task])
            .map(SQLiteRecordRepository.record)
        else { return }
        for (k, v) in changes.sorted(by: { $0.key < $1.key }) { r.body[k] = v }
        try SQLiteRecordRepository.update(db, r)
    }

    /// Sets the status of the task and of its active execution.
    private static func setStatus(_ db: Database, task: Int64, _ status: String, finished: String?) throws {
        var changes: [String: JSONValue] = ["status": .string(status), "action": status == "in_progress" ? "run" : "noop"]
        if let finished { changes["job_finished"] = .string(finished) }
        try setTask(db, task, changes)
        let ids = try Int64.fetchAll(db, sql: "SELECT execution_id FROM runs WHERE task_id = ?", arguments: [task])
        for id in ids {
            guard var e = try Row.fetchOne(db, sql: "SELECT * FROM records WHERE kind = 'task_executions' AND id = ?", arguments: [id])
                .map(SQLiteRecordRepository.record)
            else { continue }
            e.body["status"] = .string(status)
            if let finished { e.body["job_finished"] = .string(finished); e.body["estimation_time"] = 0 }
            try SQLiteRecordRepository.update(db, e)
        }
    }
}
