import NodeumAPI
import Testing

/// Operations checked field by field against swagger-v2.yaml, read by hand.
@Suite struct OperationSampleTests {
    @Test func indexTapesIsAPagedSortableList() throws {
        let op = try #require(APICatalog.operation("index_tapes"))
        #expect(op.tag == "tapes")
        #expect(op.summary == "Lists all tapes.")
        #expect(op.method == .get)
        #expect(op.pathTemplate == "/tapes")
        #expect(op.scope == APIScope(controller: "tapes", action: "index"))
        #expect(op.collectionKey == "tapes")
        #expect(op.isList && op.isPaginated)
        #expect(op.body == nil)
        #expect(op.parameters.count == 28)
        #expect(op.parameters.prefix(4).map(\.name) == ["limit", "offset", "sort_by", "id"])
        #expect(op.responses == [APIResponse(status: 200, description: "List of tapes.", definition: "tape_collection")])

        let limit = try #require(op.parameter(named: "limit"))
        #expect(limit.location == .query && limit.type == .integer && !limit.required)
        #expect(limit.description == "The number of items to display for pagination.")

        let sortBy = try #require(op.parameter(named: "sort_by"))
        #expect(sortBy.type == .array)
        #expect(sortBy.itemType == .string)
        #expect(sortBy.arrayFormat == .pipes)
        #expect(sortBy.arrayFormat?.separator == "|")

        let barcode = try #require(op.parameter(named: "barcode"))
        #expect(barcode == APIParameter(name: "barcode", location: .query, type: .string, description: "Filter on barcode"))
    }

    @Test func updateTaskTakesATaskBodyAndAnswersTheTask() throws {
        let op = try #require(APICatalog.operation("update_task"))
        #expect(op.method == .put)
        #expect(op.pathTemplate == "/tasks/{task_id}")
        #expect(op.scope?.description == "tasks / update")
        #expect(op.body == APIBody(name: "task_body", required: true, definition: "task"))
        #expect(op.parameters.map(\.name) == ["task_id"])
        #expect(op.parameters.first?.type == .string)
        #expect(op.responses.map(\.status) == [200, 422])
        #expect(op.responses.map(\.definition) == ["task", "error"])
        #expect(op.successStatuses == [200] && op.errorStatuses == [422])
        #expect(op.collectionKey == nil && !op.isList)
    }

    @Test func taskIdOfTaskExecutionsIsARequiredPathParameter() throws {
        // The spec declares it as an optional query filter; the template says otherwise.
        let op = try #require(APICatalog.operation("index_task_executions_by_task"))
        #expect(op.pathTemplate == "/tasks/{task_id}/task_executions")
        let taskID = try #require(op.parameter(named: "task_id"))
        #expect(taskID.location == .path)
        #expect(taskID.required)
        #expect(op.parameters.first == taskID)
        #expect(op.parameters.filter { $0.name == "task_id" }.count == 1)
        #expect(op.collectionKey == "task_executions")
    }

    @Test func statisticsSortIsAnEnumWithADefault() throws {
        let op = try #require(APICatalog.operation("statistics_by_primary_name"))
        #expect(op.pathTemplate == "/statistics/by_primary_name")
        let sort = try #require(op.parameter(named: "sort"))
        #expect(sort.enumValues == ["count", "files_count", "file_size_sum", "cost"])
        #expect(sort.defaultValue == "count")
        #expect(!sort.required)
        let limit = try #require(op.parameter(named: "limit"))
        #expect(limit.defaultValue == "10")
        #expect(op.parameter(named: "date_attr")?.enumValues == ["file_change_dt", "file_modification_dt", "file_access_dt"])
        #expect(op.parameter(named: "fq")?.arrayFormat == .pipes)
        // One of the 21 responses the spec leaves without a description.
        #expect(op.responses == [APIResponse(status: 200, description: "", definition: "by_primary_facet")])
        #expect(!op.isList)
    }

    @Test func runTaskIsAcceptedAsAJob() throws {
        let op = try #require(APICatalog.operation("run_task"))
        #expect(op.method == .put)
        #expect(op.pathTemplate == "/tasks/{task_id}/action/run")
        #expect(op.scope == APIScope(controller: "tasks", action: "action"))
        #expect(op.body == nil)
        #expect(op.responses.map(\.status) == [202])
        #expect(op.responses.first?.definition == "active_job_status")
    }

    @Test func destroyTaskAnswersNoContent() throws {
        let op = try #require(APICatalog.operation("destroy_task"))
        #expect(op.method == .delete)
        #expect(op.responses == [APIResponse(status: 204, description: "Task destroyed.", definition: nil)])
    }

    @Test func traceDownloadAnswersAFileOrAJob() throws {
        let op = try #require(APICatalog.operation("result_download_traces"))
        #expect(op.produces == ["application/json", "application/tar+gzip"])
        #expect(op.parameter(named: "job_id")?.required == true)
        #expect(op.responses.map(\.status) == [200, 202])
        #expect(op.responses.first?.isFile == true)
        #expect(op.responses.last?.definition == "active_job_status")
        #expect(APICatalog.operation("index_tapes")?.produces == ["application/json"])
    }

    @Test func triggerDownloadTracesTypeIsARequiredEnum() throws {
        let type = try #require(APICatalog.operation("trigger_download_traces")?.parameter(named: "type"))
        #expect(type.required)
        #expect(type.enumValues.count == 9)
        #expect(type.enumValues.last == "all")
        #expect(type.defaultValue == nil)
    }

    @Test func pathLevelParametersAreMergedIntoTheOperation() throws {
        // `update_configuration` lists its body before its path parameter, and the path
        // item repeats the parameter; the catalog holds it once.
        let op = try #require(APICatalog.operation("update_configuration"))
        #expect(op.pathTemplate == "/users/me/configurations/{configuration_id}")
        #expect(op.parameters.map(\.name) == ["configuration_id"])
        #expect(op.body?.definition == "user_configuration")
    }

    @Test func secretRevealingScopesAreKept() throws {
        let op = try #require(APICatalog.operation("show_cloud_connector"))
        #expect(op.scope == APIScope(controller: "cloud_connectors", action: "show"))
        #expect(op.optionalScopes == [APIScope(controller: "cloud_connectors", action: "get_secret_key")])
        #expect(op.description.isEmpty)
        let container = try #require(APICatalog.operation("create_container"))
        #expect(container.description.hasPrefix("It **does not** yet create the file structure"))
        #expect(container.responses.map(\.status) == [201, 422])
    }

    @Test func listsWithoutPagingAreStillLists() throws {
        let op = try #require(APICatalog.operation("index_tapes_by_file_by_pool"))
        #expect(op.collectionKey == "tapes")
        #expect(op.isList && !op.isPaginated)
        // Wrapped arrays without `count` are not collection pages.
        #expect(APICatalog.operation("index_mounts")?.collectionKey == nil)
        #expect(APICatalog.operation("index_tape_library_devices")?.collectionKey == nil)
    }
}
