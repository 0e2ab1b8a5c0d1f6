import Logging
import NodeumAPI

/// Where a background job or a task execution stands, for progress callbacks.
public struct JobProgress: Sendable {
    /// `queued`, `working`, `completed`, `failed` for jobs; the execution's status for task executions.
    public let status: String
    /// The latest answer of the status call.
    public let value: APIValue
}

extension NodeumClient {
    /// Statuses in which a task execution has stopped for good.
    public static let taskExecutionEndStatuses: Set<String> = [
        "done", "error", "stopped_by_system", "stopped_by_user", "finished_with_warnings", "not_activated",
    ]

    /// Calls an operation that answers 202 with an active job (`run_task`, `test_nas_share`, ...)
    /// and waits for the job through the matching `*_result` call; returns that call's last answer.
    /// An operation that answers other than 202 returns its answer at once.
    public func runJob(
        _ operationID: String, _ parameters: [String: APIValue] = [:], body: APIValue? = nil,
        timeout: Duration = .seconds(300), pollInterval: Duration = .milliseconds(500),
        progress: (@Sendable (JobProgress) -> Void)? = nil, logger: Logger? = nil
    ) async throws -> APIValue? {
        let response = try await execute(operationID, parameters, body: body, logger: logger)
        guard response.status == 202, let job = response.value else { return response.value }
        return try await waitForJob(
            operationID, parameters, accepted: job, timeout: timeout, pollInterval: pollInterval, progress: progress, logger: logger)
    }

    /// Waits for an active job an operation answered with 202: polls the operation's result call
    /// (same path, GET, `job_id`) until the job is `completed` (its answer returned) or `failed`
    /// (thrown as `.jobFailed`); `.timeout` after `timeout`.
    public func waitForJob(
        _ operationID: String, _ parameters: [String: APIValue] = [:], accepted job: APIValue,
        timeout: Duration = .seconds(300), pollInterval: Duration = .milliseconds(500),
        progress: (@Sendable (JobProgress) -> Void)? = nil, logger: Logger? = nil
    ) async throws -> APIValue {
        guard let jobID = job["job_id"]?.stringValue else {
            throw NodeumClientError.invalidRequest("\(operationID): the 202 answer holds no job_id", operationID: operationID)
        }
        guard let resultOp = Self.resultOperation(for: operationID) else {
            throw NodeumClientError.invalidRequest("\(operationID) has no result operation to poll", operationID: operationID)
        }
        var params = parameters.filter { name, _ in resultOp.parameter(named: name)?.location == .path }
        params["job_id"] = .string(jobID)
        progress?(JobProgress(status: job["status"]?.stringValue ?? "queued", value: job))
        return try await poll(timeout: timeout, interval: pollInterval, what: "job \(jobID) of \(operationID)") {
            let answer = try await self.execute(resultOp.id, params, logger: logger)
            let value = answer.value ?? .null
            // A result call answers the job's status while it runs, then its result (with or without a status).
            let status = value["status"]?.stringValue ?? (answer.status == 202 ? "working" : "completed")
            progress?(JobProgress(status: status, value: value))
            switch status {
            case "completed": return value
            case "failed":
                throw NodeumClientError(
                    kind: .jobFailed, description: "job \(jobID) of \(operationID) failed: \(value.serialized())",
                    status: answer.status, operationID: resultOp.id)
            default: return nil
            }
        }
    }

    /// Waits until a task execution reaches an end state (`done`, `error`, `stopped_*`, ...);
    /// returns it. The caller decides what `error` means; `.timeout` after `timeout`. The
    /// loop is `ExecutionWatch`'s, which the Lua library's `wait_for_execution` walks too.
    public func waitForTaskExecution(
        _ executionID: APIValue, timeout: Duration = .seconds(3600), pollInterval: Duration = .seconds(1),
        progress: (@Sendable (JobProgress) -> Void)? = nil, logger: Logger? = nil
    ) async throws -> APIValue {
        var watch = ExecutionWatch(client: self, executionID: executionID, timeout: timeout, interval: pollInterval, logger: logger)
        var last = APIValue.null
        while let state = try await watch.next() {
            progress?(JobProgress(status: state["status"]?.stringValue ?? "unknown", value: state))
            last = state
        }
        return last
    }

    /// The GET on the same path that takes `job_id`: `run_task` → `run_task_result`.
    static func resultOperation(for operationID: String) -> APIOperation? {
        guard let op = APICatalog.operation(operationID) else { return nil }
        return APICatalog.operations.first {
            $0.method == .get && $0.pathTemplate == op.pathTemplate && $0.parameter(named: "job_id") != nil
        }
    }

    /// Calls `check` every `interval` until it returns a value, throwing `.timeout` after `timeout`.
    private func poll(
        timeout: Duration, interval: Duration, what: String, _ check: () async throws -> APIValue?
    ) async throws -> APIValue {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = try await check() { return value }
            guard ContinuousClock.now + interval < deadline else {
                throw NodeumClientError(kind: .timeout, description: "\(what) did not finish within \(TransportErrors.formatted(timeout))")
            }
            do { try await Task.sleep(for: interval) } catch {
                throw NodeumClientError(kind: .cancelled, description: "waiting for \(what) cancelled")
            }
        }
    }
}
