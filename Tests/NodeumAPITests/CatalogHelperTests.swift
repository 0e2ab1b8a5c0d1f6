import NodeumAPI
import Testing

/// The hand-written look-ups over the generated catalog.
@Suite struct CatalogHelperTests {
    @Test func tagsAreListedOnceInSpecOrder() {
        #expect(APICatalog.tags.count == 23)
        #expect(APICatalog.tags.prefix(3) == ["users", "metadata", "files"])
        #expect(APICatalog.tags.last == "statistics")
    }

    @Test func operationsOfATagAreAllAndOnlyThatTags() {
        #expect(APICatalog.operations(tag: "tapes").count == 13)
        #expect(APICatalog.operations(tag: "files").count == 28)
        #expect(APICatalog.operations(tag: "no_such_tag").isEmpty)
        let total = APICatalog.tags.map { APICatalog.operations(tag: $0).count }.reduce(0, +)
        #expect(total == 210)
    }

    @Test(arguments: [
        ("tapes", "index_tapes"), ("tasks", "index_tasks"), ("cloud_buckets", "index_cloud_buckets"),
        ("nas_shares", "index_nas_shares"), ("task_executions", "index_task_executions"),
        ("tape_drives", "index_tape_drives"), ("files", "index_files"),
        ("task_sources", "index_task_sources"), ("configurations", "index_configurations"),
    ])
    func listOperationIsTheTopLevelList(key: String, id: String) {
        #expect(APICatalog.listOperation(for: key)?.id == id)
    }

    @Test func listOperationOfAnUnknownKeyIsNil() {
        #expect(APICatalog.listOperation(for: "tape") == nil)
        #expect(APICatalog.listOperation(for: "mounts") == nil)
    }

    @Test func everyCollectionKeyHasAListOperation() {
        let keys = Set(APICatalog.operations.compactMap(\.collectionKey))
        #expect(keys.count == 28)
        for key in keys {
            #expect(APICatalog.listOperation(for: key)?.collectionKey == key)
        }
    }

    @Test func filterParametersLeaveOutPagingAndSorting() throws {
        let op = try #require(APICatalog.operation("index_tapes"))
        let filters = op.filterParameters.map(\.name)
        #expect(filters.count == 25)
        #expect(filters.first == "id")
        #expect(!filters.contains("limit") && !filters.contains("offset") && !filters.contains("sort_by"))
        #expect(op.filterParameters.allSatisfy { $0.location == .query })
    }

    @Test func pathParametersAreNeverFilters() throws {
        let op = try #require(APICatalog.operation("index_task_executions_by_task"))
        #expect(!op.filterParameters.contains { $0.name == "task_id" })
        #expect(APICatalog.operation("show_task")?.filterParameters.isEmpty == true)
    }
}
