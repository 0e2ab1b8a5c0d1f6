import Foundation
import NodeumAPI
import NodeumClient
import Synchronization
import Testing

@Suite struct JobTests {
    @Test func runTaskWaitsForItsJobAndExecution() async throws {
        // Executions take 2 s: long enough to be seen in progress on a loaded machine.
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.taskDuration = 2 }) { client, _, _ in
            let task = try #require(try await client.call(
                "create_task", body: ["name": "job-test", "workflow_type": "active_archive", "workflow_action": "copy"]))
            let statuses = Mutex<[String]>([])
            let job = try await client.runJob("run_task", ["task_id": task["id"]!], pollInterval: .milliseconds(50)) { p in
                statuses.withLock { $0.append(p.status) }
            }
            #expect(job?["status"] == "completed")
            #expect(statuses.withLock { $0 }.first == "queued")
            #expect(statuses.withLock { $0 }.last == "completed")
            let executions = try #require(try await client.call("index_task_executions_by_task", ["task_id": task["id"]!])?["task_executions"]?.arrayValue)
            let execution = try #require(executions.first?["id"])
            let progress = Mutex<[String]>([])
            let done = try await client.waitForTaskExecution(execution, timeout: .seconds(10), pollInterval: .milliseconds(100)) { p in
                progress.withLock { $0.append(p.status) }
            }
            #expect(done["status"] == "done")
            #expect(progress.withLock { $0 }.contains("in_progress"))
            #expect(progress.withLock { $0 }.last == "done")
        }
    }

    @Test func aSlowExecutionTimesOut() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.taskDuration = 30 }) { client, _, _ in
            let task = try #require(try await client.call(
                "create_task", body: ["name": "slow", "workflow_type": "active_archive", "workflow_action": "copy"]))
            _ = try await client.runJob("run_task", ["task_id": task["id"]!], pollInterval: .milliseconds(50))
            let execution = try #require(try await client.call("index_task_executions_by_task", ["task_id": task["id"]!])?["task_executions"]?[0]?["id"])
            let start = ContinuousClock.now
            let e = await TestSimulator.error {
                _ = try await client.waitForTaskExecution(execution, timeout: .milliseconds(500), pollInterval: .milliseconds(100))
            }
            #expect(e?.kind == .timeout)
            #expect(ContinuousClock.now - start < .seconds(2))
        }
    }
}
