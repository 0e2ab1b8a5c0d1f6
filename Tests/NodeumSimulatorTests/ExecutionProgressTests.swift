import Foundation
import NodeumAPI
import Testing
@testable import NodeumSimulator

/// An execution's counters, polled from its start to its end, never go down and never pass
/// what it has to process, whichever way it ends: done, error, or stopped by the user.
@Suite struct ExecutionProgressTests {
    /// What one look at an execution shows.
    struct Look: Equatable, CustomStringConvertible {
        let status: String
        let files, toFiles, finalized, size, toSize: Int64
        init(_ e: JSONValue) {
            status = e["status"]?.stringValue ?? "?"
            files = e["processed_files"]?.intValue ?? -1
            toFiles = e["to_process_files"]?.intValue ?? -1
            finalized = e["finalized_files"]?.intValue ?? -1
            size = e["processed_size"]?.intValue ?? -1
            toSize = e["to_process_size"]?.intValue ?? -1
        }
        var description: String { "\(status) \(files)/\(toFiles) files \(size)/\(toSize) bytes" }
        var active: Bool { TaskEngine.activeStatuses.contains(status) }
    }

    /// Runs the task named `name` and returns its new execution's id.
    static func run(_ name: String, _ api: APITestClient) async throws -> (task: Int64, execution: String) {
        let task = try await api.get("/tasks", [("name", name)]).items("tasks")[0]["id"]!.intValue!
        #expect(try await api.request(.put, "/tasks/\(task)/action/run").status == 202)
        let newest = try await api.get("/tasks/\(task)/task_executions", [("sort_by", "id:desc"), ("limit", "1")])
        return (task, newest.items("task_executions")[0]["id"]!.stringValue!)
    }

    /// Looks at the execution every 40 ms while `going` says so, `most` times at most.
    static func poll(_ execution: String, _ api: APITestClient, most: Int = 200, while going: (Look) -> Bool) async throws -> [Look] {
        var looks: [Look] = []
        repeat {
            looks.append(Look(try await api.get("/task_executions/\(execution)").json!))
            if !going(looks.last!) { break }
            try await Task.sleep(for: .milliseconds(40))
        } while looks.count < most
        return looks
    }

    /// Each look within bounds, and no counter lower than in the look before.
    static func expectMonotonic(_ looks: [Look], _ label: String) {
        for l in looks {
            #expect(l.toFiles > 0 && l.files >= 0 && l.files <= l.toFiles, "\(label): \(l)")
            #expect(l.finalized <= l.files && l.size >= 0 && l.size <= l.toSize, "\(label): \(l)")
        }
        for (a, b) in zip(looks, looks.dropFirst()) {
            #expect(b.files >= a.files && b.finalized >= a.finalized && b.size >= a.size, "\(label): \(a) then \(b)")
        }
    }

    @Test func doneEndsWithEveryFile() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.taskDuration = 1.0 }) { api, _ async throws in
            let run = try await Self.run("offline-vault", api)
            let looks = try await Self.poll(run.execution, api) { $0.active }
            Self.expectMonotonic(looks, "done")
            #expect(looks.count > 5, "the run is seen going: \(looks)")
            let last = looks.last!
            #expect(last.status == "done" && last.files == last.toFiles && last.size == last.toSize, "\(last)")
        }
    }

    @Test func errorEndsAtTheCountReached() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.taskDuration = 1.0 }) { api, _ async throws in
            let run = try await Self.run("failing-migration", api)
            let looks = try await Self.poll(run.execution, api) { $0.active }
            Self.expectMonotonic(looks, "error")
            let going = looks.filter(\.active)
            #expect(going.count > 3, "the run is seen going: \(looks)")
            let last = looks.last!
            #expect(last.status == "error", "\(last)")
            #expect(last.files == last.toFiles * 6 / 10 && last.files < last.toFiles, "\(last)")
            #expect(going.allSatisfy { $0.files <= last.files && $0.size <= last.size }, "\(looks)")
            // Once ended, it stays as it ended.
            try await Task.sleep(for: .milliseconds(300))
            #expect(Look(try await api.get("/task_executions/\(run.execution)").json!) == last)
        }
    }

    @Test func stoppedKeepsWhatItDid() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.taskDuration = 2.0 }) { api, _ async throws in
            let run = try await Self.run("offline-vault", api)
            var looks = try await Self.poll(run.execution, api) { $0.files < $0.toFiles / 5 }
            // Paused, it does not move; resumed, it goes on from there.
            #expect(try await api.request(.put, "/tasks/\(run.task)/action/pause").status == 202)
            let paused = try await Self.poll(run.execution, api, most: 5) { _ in true }
            looks += paused
            #expect(paused.allSatisfy { $0.status == "paused" && $0 == paused.first! }, "\(paused)")
            #expect(try await api.request(.put, "/tasks/\(run.task)/action/resume").status == 202)
            looks += try await Self.poll(run.execution, api) { $0.files < $0.toFiles / 2 }
            #expect(try await api.request(.put, "/tasks/\(run.task)/action/stop").status == 202)
            let after = try await Self.poll(run.execution, api, most: 8) { _ in true }
            looks += after
            Self.expectMonotonic(looks, "stopped")
            let last = after.last!
            #expect(last.status == "stopped_by_user" && last.files >= last.toFiles / 2 && last.files < last.toFiles, "\(looks)")
            #expect(after.allSatisfy { $0 == last }, "a stopped execution stays as it was stopped: \(after)")
            let shown = try await api.get("/task_executions/\(run.execution)").json!
            #expect(shown["estimation_time"]?.intValue == 0 && shown["job_finished"]?.stringValue != nil)
        }
    }
}
