import Foundation
import Logging

/// The one loop that waits for a task execution: each `next()` is one look at it
/// (`show_task_execution`), the first at once, the others `interval` apart; after a state with
/// an end status (`NodeumClient.taskExecutionEndStatuses`) it gives nil. A look that would
/// come after `timeout` fails instead, with kind `.timeout`: "task execution 12 did not end
/// within 60 s (status in_progress)". `waitForTaskExecution` (Swift) and `wait_for_execution`
/// (Lua, which calls its own progress function between looks) both walk it.
public struct ExecutionWatch: Sendable {
    let client: NodeumClient
    let executionID: APIValue
    let timeout: Duration
    let interval: Duration
    let deadline: ContinuousClock.Instant
    let logger: Logger?
    private var looks = 0
    private var status: String?
    private var ended = false

    public init(client: NodeumClient, executionID: APIValue, timeout: Duration, interval: Duration, logger: Logger? = nil) {
        self.client = client
        self.executionID = executionID
        self.timeout = timeout
        self.interval = interval
        self.logger = logger
        deadline = ContinuousClock.now + timeout
    }

    /// The execution's next state, nil once one has ended it.
    public mutating func next() async throws -> APIValue? {
        if ended { return nil }
        let id = executionID.stringValue ?? executionID.serialized()
        if looks > 0 {
            guard ContinuousClock.now + interval <= deadline else {
                let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
                throw NodeumClientError(
                    kind: .timeout,
                    description: "task execution \(id) did not end within \(String(format: "%g", seconds)) s (status \(status ?? "unknown"))",
                    operationID: "show_task_execution")
            }
            do { try await Task.sleep(for: interval) } catch {
                throw NodeumClientError(kind: .cancelled, description: "waiting for task execution \(id) cancelled")
            }
        }
        looks += 1
        let state = try await client.call("show_task_execution", ["task_execution_id": executionID], logger: logger) ?? .null
        status = state["status"]?.stringValue ?? "unknown"
        ended = NodeumClient.taskExecutionEndStatuses.contains(status!)
        return state
    }
}
