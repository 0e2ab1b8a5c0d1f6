import Testing
@testable import NodeumAPI

/// The resources derived from the paths: names users type, and every operation reachable.
@Suite struct ResourceTreeTests {
    static func all(_ resources: [APIResource]) -> [APIResource] {
        resources.flatMap { [$0] + all($0.children) }
    }

    @Test func everyOperationIsReachableExactlyOnce() {
        let reached = APICatalog.resources.flatMap(\.allOperations).map(\.id)
        #expect(reached.count == 210)
        #expect(Set(reached).count == 210)
        #expect(Set(reached) == Set(APICatalog.operations.map(\.id)))
    }

    @Test func namesAreUniqueOnEachHandle() {
        let top = APICatalog.resources.map(\.name)
        #expect(Set(top).count == top.count)
        for r in Self.all(APICatalog.resources) {
            let collection = ["list", "get", "create", "update", "delete", "at"] + r.methods.map(\.name)
            #expect(Set(collection).count == collection.count, "\(r.path)")
            let item = r.itemMethods.map(\.name) + r.children.map(\.name)
            #expect(Set(item).count == item.count, "\(r.path)")
            #expect(!r.name.isEmpty && !r.methods.contains { $0.name.isEmpty } && !r.itemMethods.contains { $0.name.isEmpty })
        }
    }

    @Test func topLevelCollections() {
        #expect(APICatalog.resources.map(\.name) == [
            "configurations", "task_metadata_definitions", "file_metadata_definitions", "api_keys", "users", "groups",
            "files", "mounts", "containers", "tape_libraries", "pools", "tape_drives", "tapes", "tape_stats",
            "cloud_connectors", "cloud_buckets", "nas", "nas_shares", "tasks", "task_schedules", "task_executions",
            "systems", "statistics",
        ])
    }

    @Test func tasksResource() throws {
        let tasks = try #require(APICatalog.resource("tasks"))
        #expect(tasks.singular == "task")
        #expect(tasks.path == "/tasks")
        #expect([tasks.list, tasks.create, tasks.get, tasks.update, tasks.delete].map { $0?.id } ==
            ["index_tasks", "create_task", "show_task", "update_task", "destroy_task"])
        #expect(tasks.itemMethods.map(\.name) == [
            "run_result", "run", "pause_result", "pause", "stop_result", "stop", "resume_result", "resume",
            "show_schedule", "create_schedule", "update_schedule", "destroy_schedule",
        ])
        #expect(tasks.children.map(\.name) == [
            "files", "task_sources", "task_destinations", "task_options", "task_callbacks", "task_metadata", "task_executions",
        ])
        let executions = try #require(tasks.child("task_executions"))
        #expect(executions.path == "/tasks/{task_id}/task_executions")
        #expect(executions.list?.id == "index_task_executions_by_task")
        #expect(executions.get?.id == "show_task_execution_by_task")
        let files = try #require(executions.child("files"))
        #expect(files.children.map(\.name) == ["tapes", "children"])
        #expect(files.child("children")?.list?.id == "files_children_by_task_execution_by_task")
    }

    @Test func actionsAndCollectionMethods() throws {
        let pools = try #require(APICatalog.resource("pools"))
        #expect(pools.itemMethods.map(\.name) == [
            "show_primary_scan", "create_primary_scan", "update_primary_scan", "destroy_primary_scan", "sync_primary",
            "mount_status", "mount", "unmount",
        ])
        #expect(pools.child("tapes")?.itemMethods.map(\.name) == ["mount_status", "show_stat"])
        #expect(APICatalog.resource("cloud_connectors")?.methods.map(\.name) == ["test_result", "test"])
        #expect(APICatalog.resource("tape_libraries")?.methods.map(\.name) == ["devices"])
        #expect(APICatalog.resource("users")?.methods.map(\.name) == ["systems"])
        #expect(APICatalog.resource("statistics")?.methods.first?.name == "by_date")
        #expect(APICatalog.resource("nas")?.singular == "nas")
        #expect(APICatalog.resource("mounts")?.list?.id == "index_mounts")
        #expect(APICatalog.resource("mounts")?.get == nil)
        #expect(APICatalog.operation("index_mounts")?.itemsKey == "mounts")
        #expect(APICatalog.operation("index_mounts")?.answersList == true)
        #expect(APICatalog.operation("index_tapes")?.itemsKey == "tapes")
        #expect(APICatalog.operation("show_tape")?.answersList == false)
        #expect(APICatalog.operation("statistics_storage")?.answersList == false)
    }

    @Test func methodNames() {
        #expect(ResourceBuilder.methodName("run_task", words: ["task", "tasks"], ancestors: []) == "run")
        #expect(ResourceBuilder.methodName("run_task_result", words: ["task", "tasks"], ancestors: []) == "run_result")
        #expect(ResourceBuilder.methodName("mount_status_tape_by_task_execution_by_task", words: ["tape"], ancestors: ["task_execution", "task"]) == "mount_status")
        #expect(ResourceBuilder.methodName("tape", words: ["tape"], ancestors: []) == "tape")
    }
}
