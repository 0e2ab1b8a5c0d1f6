import Foundation
import NodeumAPI
import Testing
@testable import NodeumSimulator

/// Create → list → get → update → delete per family, nested resources and cascades,
/// validation, and task runs whose executions progress to the end.
@Suite struct ResourceBehaviourTests {
    @Test func poolLifecycle() async throws {
        try await TestSimulator.with { api, _ async throws in
            let created = try await api.request(.post, "/pools", body: .obj(("name", "new-pool"), ("type", "active_archive"), ("content", "tape")))
            #expect(created.status == 201)
            let id = created.json!["id"]!.intValue!
            let listed = try await api.get("/pools", [("name", "new-pool")])
            #expect(listed.count == 1 && listed.items("pools").first?["id"]?.intValue == id)
            #expect(try await api.get("/pools/\(id)").json?["name"] == "new-pool")
            #expect(try await api.get("/pools/new-pool").json?["id"]?.intValue == id)
            let updated = try await api.request(.put, "/pools/\(id)", body: .obj(("comment", "changed")))
            #expect(updated.status == 200 && updated.json?["comment"] == "changed" && updated.json?["name"] == "new-pool")
            #expect(try await api.request(.delete, "/pools/\(id)").status == 204)
            #expect(try await api.get("/pools/\(id)").status == 404)
        }
    }

    @Test func validationReportsEachAttribute() async throws {
        try await TestSimulator.with { api, _ async throws in
            let bad = try await api.request(.post, "/pools", body: .obj(("type", "nonsense"), ("id", 5), ("flavour", "x")))
            #expect(bad.status == 422)
            let details = bad.json?["details"]
            #expect(details?["type"]?.serialized == #"[{"error":"invalid","value":"nonsense"}]"#)
            #expect(details?["id"]?.serialized == #"[{"error":"frozen"}]"#)
            // An attribute the definition does not name is ignored, as a Rails server does.
            #expect(details?["flavour"] == nil && details?["name"] == nil)
            let range = try await api.request(.post, "/tasks/1/task_sources", body: .obj(("pool_id", 3), ("range", .array([1]))))
            let short = range.json?["details"]?["range"]
            #expect(range.status == 422 && short?.serialized.contains(#""error":"too_short""#) == true, "\(range.text)")
            let wrongType = try await api.request(.post, "/tasks", body: .obj(("name", "t"), ("priority", "high")))
            #expect(wrongType.status == 422 && wrongType.json?["details"]?["priority"] != nil)
            let taken = try await api.request(.post, "/pools", body: .obj(("name", "projects")))
            #expect(taken.status == 422)
            #expect(taken.json?["details"]?["name"]?.serialized == #"[{"error":"taken","value":"projects"}]"#)
        }
    }

    @Test func nestedResourcesBelongToTheirParent() async throws {
        try await TestSimulator.with { api, _ async throws in
            let drives = try await api.get("/tape_libraries/1/tape_drives")
            #expect(drives.count! > 0 && drives.items("tape_drives").allSatisfy { $0["tape_library_id"] == 1 })
            let otherDrive = try await api.get("/tape_libraries/2/tape_drives").items("tape_drives")[0]["id"]!.intValue!
            #expect(try await api.get("/tape_libraries/1/tape_drives/\(otherDrive)").status == 404)
            let created = try await api.request(.post, "/nas/1/nas_shares", body: .obj(("name", "fresh"), ("path", "/x")))
            #expect(created.status == 201 && created.json?["nas_id"] == 1)
        }
    }

    @Test func deletingATaskRemovesEverythingNestedUnderIt() async throws {
        try await TestSimulator.with { api, state async throws in
            let nested = ["task_sources", "task_destinations", "task_options", "task_metadata", "task_callbacks"]
            for n in nested { #expect(try await api.get("/tasks/1/\(n)").count! > 0, "\(n)") }
            #expect(try await api.get("/tasks/1/task_schedule").status == 200)
            #expect(try await api.request(.delete, "/tasks/1").status == 204)
            #expect(try await api.get("/tasks/1").status == 404)
            let orphans = try await state.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM records WHERE owner_kind = 'tasks' AND owner_id = 1") ?? -1
            }
            #expect(orphans == 0)
            #expect(try await api.get("/task_schedules", [("task_id", "1")]).count == 0)
        }
    }

    @Test func taskRunProgressesToDone() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.taskDuration = 1.0 }) { api, _ async throws in
            let task = try await api.request(.post, "/tasks", body: .obj(("name", "quick"), ("workflow_type", "active_archive"), ("workflow_action", "copy")))
            let id = task.json!["id"]!.intValue!
            _ = try await api.request(.post, "/tasks/\(id)/task_sources", body: .obj(("pool_id", 3)))
            let run = try await api.request(.put, "/tasks/\(id)/action/run")
            #expect(run.status == 202 && run.json?["status"] == "queued")
            let job = run.json!["job_id"]!.stringValue!
            #expect(try await api.get("/tasks/\(id)/action/run", [("job_id", job)]).json?["status"] == "completed")
            let running = try await api.get("/tasks/\(id)").json!
            #expect(running["status"] == "in_progress")
            // A second run while the first goes is accepted, and its job fails.
            let again = try await api.request(.put, "/tasks/\(id)/action/run")
            #expect(again.status == 202)
            #expect(try await api.get("/tasks/\(id)/action/run", [("job_id", again.json!["job_id"]!.stringValue!)]).json?["status"] == "failed")
            let execs = try await api.get("/tasks/\(id)/task_executions")
            let exec = execs.items("task_executions")[0]
            let execID = exec["id"]!.stringValue!
            #expect(Int64(execID)! > 1 << 53, "execution ids are above 2^53, as strings")
            #expect(exec["to_process_files"]!.intValue! > 0)
            try await Task.sleep(for: .milliseconds(500))
            let midway = try await api.get("/task_executions/\(execID)").json!
            try await Task.sleep(for: .milliseconds(800))
            let done = try await api.get("/task_executions/\(execID)").json!
            #expect(done["status"] == "done")
            #expect(midway["processed_files"]!.intValue! <= done["processed_files"]!.intValue!)
            #expect(done["processed_files"] == done["to_process_files"])
            #expect(try await api.get("/tasks/\(id)").json?["status"] == "done")
            #expect(try await api.get("/task_executions/\(execID)/files").count! > 0)
        }
    }

    @Test func aJobResultAnswersOnlyForAJobOfItsOwnOperation() async throws {
        try await TestSimulator.with(TestSimulator.options()) { api, _ async throws in
            let sync = try await api.request(.put, "/cloud_connectors/1/cloud_buckets/-/sync")
            #expect(sync.status == 202)
            let job = sync.json!["job_id"]!.stringValue!
            #expect(try await api.get("/cloud_connectors/1/cloud_buckets/-/sync", [("job_id", job)]).status == 200)
            // An invented id, and a job another operation started: not this result's.
            let invented = try await api.get("/cloud_connectors/1/cloud_buckets/-/sync", [("job_id", "6f4d759d-48e9-43c8-ab24-640f5ea63922")])
            #expect(invented.status == 404)
            #expect(invented.json?["messages"] == .array(["job 6f4d759d-48e9-43c8-ab24-640f5ea63922 not found"]))
            #expect(try await api.get("/cloud_connectors/-/test", [("job_id", job)]).status == 404)
            let run = try await api.request(.put, "/tasks/1/action/run")
            #expect(try await api.get("/cloud_connectors/-/test", [("job_id", run.json!["job_id"]!.stringValue!)]).status == 404)
        }
    }

    @Test func pauseResumeAndStop() async throws {
        try await TestSimulator.with(TestSimulator.options { $0.taskDuration = 30 }) { api, _ async throws in
            let idle = try await api.request(.put, "/tasks/2/action/pause")
            #expect(idle.status == 202)
            #expect(try await api.get("/tasks/2/action/pause", [("job_id", idle.json!["job_id"]!.stringValue!)]).json?["status"] == "failed")
            #expect(try await api.request(.put, "/tasks/2/action/run").status == 202)
            #expect(try await api.request(.put, "/tasks/2/action/pause").status == 202)
            #expect(try await api.get("/tasks/2").json?["status"] == "paused")
            #expect(try await api.request(.put, "/tasks/2/action/resume").status == 202)
            #expect(try await api.get("/tasks/2").json?["status"] == "in_progress")
            #expect(try await api.request(.put, "/tasks/2/action/stop").status == 202)
            #expect(try await api.get("/tasks/2").json?["status"] == "stopped_by_user")
        }
    }

    @Test func fileTreeHasParentsAndChildren() async throws {
        try await TestSimulator.with { api, _ async throws in
            let roots = try await api.get("/pools/1/files", [("type", "folder"), ("limit", "1")]).items("files")
            let root = roots[0]["id"]!.intValue!
            let children = try await api.get("/files/\(root)/children").items("files")
            #expect(!children.isEmpty && children.allSatisfy { $0["parent"]?.intValue == root })
            guard !children.isEmpty else { return }
            let child = children[0]["id"]!.intValue!
            let shown = try await api.get("/files/\(child)").json!
            #expect(shown["file_path"]?.stringValue?.hasPrefix("/") == true)
            #expect(try await api.get("/pools/3/files/\(child)").status == 404)
        }
    }

    @Test func mountsAndStatistics() async throws {
        try await TestSimulator.with { api, _ async throws in
            #expect(try await api.get("/pools/scratch/mount").json?["mounted"] == false)
            #expect(try await api.request(.put, "/pools/scratch/mount").json?["mounted"] == true)
            #expect(try await api.get("/mounts").items("mounts").contains { $0["pool_name"] == "scratch" && $0["type"] == "fuse.core_fuse" })
            #expect(try await api.request(.delete, "/pools/scratch/mount").json?["mounted"] == false)
            let files = try await api.get("/files", [("limit", "0")]).count!
            let stats = try await api.get("/statistics/by_size").json!
            #expect(stats["files_count"]?.intValue == files)
            let byStatus = try await api.get("/statistics/task_by_status").json!
            #expect(byStatus["count"]!.intValue! > 0)
        }
    }
}

/// The simulator refuses only what the spec states: an update that sends a record back as it
/// was shown (its own name, its read-only fields unchanged) always succeeds.
@Suite struct OwnValuesTests {
    @Test func everyRecordTakesItsOwnBodyBack() async throws {
        try await TestSimulator.with { api, _ async throws in
            let caller = OperationCaller(api: api)
            var updated = 0
            for op in APICatalog.operations where op.method == .put && op.body?.definition != nil && op.pathTemplate.hasSuffix("}") {
                guard let path = try await caller.concretePath(op.pathTemplate), let shown = try await api.get(path).json,
                    case .object = shown
                else { continue }
                let answer = try await api.request(.put, path, body: shown)
                #expect(answer.status == 200, "\(op.id) \(path): \(answer.status) \(answer.text.prefix(200))")
                updated += 1
            }
            #expect(updated > 20, "\(updated) updates")
        }
    }

    @Test func noFieldIsRequiredThatTheSpecDoesNotRequire() async throws {
        try await TestSimulator.with { api, _ async throws in
            let drive = try await api.request(.post, "/tape_libraries/1/tape_drives", body: .obj(("name", "")))
            #expect(drive.status == 201, "\(drive.text)")
            let pool = try await api.request(.post, "/pools", body: .obj(("comment", "no name yet")))
            #expect(pool.status == 201, "\(pool.text)")
        }
    }
}
