import NodeumAPI
import Testing
@testable import NodeumSimulator

/// `--seed demo` fills every corner of the API: each collection and nested collection has
/// items under at least one real parent, and the ids that point at other records point at
/// records that exist.
@Suite struct DemoDataTests {
    @Test(arguments: [0, 300])
    func everyCollectionHasItems(files: Int) async throws {
        try await TestSimulator.with(TestSimulator.options(files: files)) { api, _ async throws in
            let caller = OperationCaller(api: api)
            var empty: [String] = []
            var listed = 0
            for op in APICatalog.operations where op.isList && op.method == .get {
                let key = op.collectionKey!
                let query = OperationCaller.query(for: op)
                guard let path = try await caller.concretePath(op.pathTemplate, leafHasItems: key, query: query) else {
                    empty.append("\(op.id) \(op.pathTemplate)")
                    continue
                }
                listed += 1
                let page = try await api.get(path, query)
                #expect(page.status == 200 && !page.items(key).isEmpty, "\(op.id) \(path): \(page.text.prefix(200))")
            }
            #expect(empty.isEmpty, "collections without items under any parent:\n\(empty.joined(separator: "\n"))")
            #expect(listed + empty.count == APICatalog.operations.filter { $0.isList && $0.method == .get }.count)
        }
    }

    /// Every `*_id` field of every record names a record that `show` finds.
    @Test func referencesPointAtRecordsThatExist() async throws {
        try await TestSimulator.with { api, _ async throws in
            let targets: [String: String] = [
                "pool_id": "/pools", "tape_library_id": "/tape_libraries", "tape_id": "/tapes", "nas_id": "/nas",
                "nas_share_id": "/nas_shares", "cloud_connector_id": "/cloud_connectors", "cloud_bucket_id": "/cloud_buckets",
                "task_id": "/tasks", "primary_id": "/pools", "container_id": "/containers", "parent": "/files",
            ]
            var dangling: [String] = []
            var checked = 0
            for path in ["/tapes", "/tape_drives", "/nas_shares", "/cloud_buckets", "/mounts", "/task_executions", "/task_schedules",
                         "/pools", "/files"]
            {
                let page = try await api.get(path, path == "/mounts" ? [] : [("limit", "1000")])
                #expect(page.status == 200, "\(path)")
                let key = path.split(separator: "/").last.map(String.init)!
                for item in page.items(key) {
                    for (field, collection) in targets {
                        guard let id = item[field]?.intValue else { continue }
                        checked += 1
                        if try await api.get("\(collection)/\(id)").status != 200 { dangling.append("\(path) \(field)=\(id)") }
                    }
                }
            }
            #expect(checked > 100)
            #expect(dangling.isEmpty, "\(dangling.prefix(20))")
        }
    }
}
