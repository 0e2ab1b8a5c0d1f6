import Logging
import NodeumAPI

extension NodeumClient {
    /// Runs a task and waits for what the run started, not only for the request: the
    /// `run_task` job, then the task execution that appeared with it, until that execution ends
    /// (`done`, `error`, `stopped_*`, ...). Returns the execution's last state; the caller decides
    /// what its status means. The execution is the oldest of the task's executions newer than
    /// the newest one before the run (ids compared as the decimal numbers they are).
    /// `progress` gets a line for each state seen (`run_task: job 6f4d… working`,
    /// `task 7: execution 1234… in_progress, 40/80 files`). `timeout` covers the whole wait.
    public func runTaskAndWait(
        _ taskID: APIValue, timeout: Duration = .seconds(3600), pollInterval: Duration = .seconds(1),
        progress: (@Sendable (String) -> Void)? = nil, logger: Logger? = nil
    ) async throws -> APIValue {
        let deadline = ContinuousClock.now + timeout
        let before = try await newestExecutions(of: taskID, logger: logger).first
        let parameters: [String: APIValue] = ["task_id": taskID]
        let response = try await execute("run_task", parameters, logger: logger)
        if response.status == 202, let job = response.value {
            let jobID = job["job_id"]?.stringValue ?? "?"
            var jobProgress: (@Sendable (JobProgress) -> Void)?
            if let progress { jobProgress = { state in progress("run_task: job \(jobID) \(state.status)") } }
            _ = try await waitForJob(
                "run_task", parameters, accepted: job, timeout: ContinuousClock.now.duration(to: deadline),
                pollInterval: min(pollInterval, .milliseconds(500)), progress: jobProgress, logger: logger)
        }
        let after = try await newestExecutions(of: taskID, logger: logger)
        guard let started = after.filter({ Self.executionID($0, isNewerThan: before) }).last else {
            throw NodeumClientError(
                kind: .jobFailed, description: "the run of task \(taskID.plainText) started no task execution",
                operationID: "run_task")
        }
        let id = started["id"] ?? .null
        var executionProgress: (@Sendable (JobProgress) -> Void)?
        if let progress {
            let what = "task \(taskID.plainText): execution \(id.plainText)"
            executionProgress = { state in
                let done = state.value["processed_files"]?.plainText ?? "0", all = state.value["to_process_files"]?.plainText ?? "0"
                progress("\(what) \(state.status), \(done)/\(all) files")
            }
        }
        return try await waitForTaskExecution(
            id, timeout: ContinuousClock.now.duration(to: deadline), pollInterval: pollInterval,
            progress: executionProgress, logger: logger)
    }

    /// The task's newest executions, newest first (one page of 20).
    private func newestExecutions(of taskID: APIValue, logger: Logger?) async throws -> [APIValue] {
        let page = try await call(
            "index_task_executions_by_task", ["task_id": taskID, "sort_by": "id:desc", "limit": 20], logger: logger)
        return page?["task_executions"]?.arrayValue ?? []
    }

    /// Whether `execution`'s id is above `before`'s (nil: any is). Ids are decimal numbers,
    /// as strings beyond 2^53: compared by length, then digit by digit.
    static func executionID(_ execution: APIValue, isNewerThan before: APIValue?) -> Bool {
        guard let before else { return true }
        let a = execution["id"]?.plainText ?? "", b = before["id"]?.plainText ?? ""
        return a.count != b.count ? a.count > b.count : a > b
    }
}

private extension APIValue {
    /// A string as it is, anything else as JSON (`1234`, not `"1234"`).
    var plainText: String { stringValue ?? serialized() }
}
