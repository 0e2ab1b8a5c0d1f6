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

    private static func perform(_ action: String, _ call: APICall, _ state: SimulatorState) async throws -> Response {
        guard let task = try await ResourceController.resolvePrefix(call, state).last else { throw APIError.notFound("task") }
        let active = try await TaskEngine.activeRun(task: task.id, state)
        switch action {
        case "run":
            if active != nil { throw APIError(.conflict, "task \(task.id) is already running") }
            if task.body["activate"] == .bool(false) { throw APIError(.conflict, "task \(task.id) is not activated") }
            _ = try await TaskEngine.start(task: task, state)
        case "pause":
            guard let active, !active.paused else { throw APIError(.conflict, "task \(task.id) is not running") }
            try await TaskEngine.pause(task: task.id, state)
        case "resume":
            guard let active, active.paused else { throw APIError(.conflict, "task \(task.id) is not paused") }
            try await TaskEngine.resume(task: task.id, state)
        default:
            guard active != nil else { throw APIError(.conflict, "task \(task.id) is not running") }
            try await TaskEngine.stop(task: task.id, state)
        }
        return try await JobController.accept(call.operation.id, status: "completed", payload: nil, state)
    }
}
