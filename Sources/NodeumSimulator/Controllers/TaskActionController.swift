import Foundation
import GRDB
import Hummingbird

/// `PUT /tasks/{task_id}/action/{run,pause,stop,resume}` answer 202 with an active job and move
/// the task; the matching `GET` answers the job's state.
enum TaskActionController {
    static let handlers: [String: OperationHandler] = {
        var table: [String: OperationHandler] = [:]
        for action in ["run", "pause", "stop", "resume"] {
            table["\(action)_task"] = { call, state in try await perform(action, call, state) }
            table["\(action)_task_result"] = { call, state in try await JobController.result(call, state) }
        }
        return table
    }()

    /// The spec documents only 202 for the actions: an action that cannot be done now (a run
    /// of a task already running, a pause of an idle one) is accepted, and its job ends
    /// `failed`, as the spec's `active_job_status` allows (the reason is kept in the job's row).
    private static func perform(_ action: String, _ call: APICall, _ state: SimulatorState) async throws -> Response {
        guard let task = try await ResourceController.resolvePrefix(call, state).last else { throw APIError.notFound("task") }
        let active = try await TaskEngine.activeRun(task: task.id, state)
        var refusal: String?
        switch action {
        case "run":
            if active != nil {
                refusal = "task \(task.id) is already running"
            } else if task.body["activate"] == .bool(false) {
                refusal = "task \(task.id) is not activated"
            } else {
                _ = try await TaskEngine.start(task: task, state)
            }
        case "pause":
            if let active, !active.paused { try await TaskEngine.pause(task: task.id, state) } else { refusal = "task \(task.id) is not running" }
        case "resume":
            if let active, active.paused { try await TaskEngine.resume(task: task.id, state) } else { refusal = "task \(task.id) is not paused" }
        default:
            if active != nil { try await TaskEngine.stop(task: task.id, state) } else { refusal = "task \(task.id) is not running" }
        }
        return try await JobController.accept(call.operation.id, status: refusal == nil ? "completed" : "failed", payload: refusal, state)
    }
}
