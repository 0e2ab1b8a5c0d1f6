import Foundation
import NodeumAPI
import NodeumClient
import Testing

@Suite struct RequestTests {
    @Test(arguments: ["a/b c%", "tâche ✓ ñ", "50% off?#&=+", "  leading and trailing  "])
    func oddTaskNamesRoundTripThroughThePath(name: String) async throws {
        try await TestSimulator.withClient { client, _, _ in
            let created = try await client.call("create_task", body: ["name": .string(name), "workflow_type": "active_archive", "workflow_action": "copy"])
            let id = try #require(created?["id"])
            let byName = try await client.call("show_task", ["task_id": .string(name)])
            #expect(byName?["id"] == id)
            #expect(byName?["name"] == .string(name))
        }
    }

    @Test func pathParametersArePercentEncoded() throws {
        let r = try PreparedRequest.forOperation("show_task", parameters: ["task_id": "a/b c%é"])
        #expect(r.path == "/tasks/a%2Fb%20c%25%C3%A9")
        let byID = try PreparedRequest.forOperation("show_task", parameters: ["task_id": 42])
        #expect(byID.path == "/tasks/42")
    }

    @Test func queryValuesAreTyped() throws {
        let r = try PreparedRequest.forOperation(
            "index_tasks", parameters: ["limit": 10, "name": "~night%", "sort_by": ["name:asc", "id:desc"], "comment": .null])
        #expect(r.query == [.init("limit", "10"), .init("sort_by", "name:asc|id:desc"), .init("name", "~night%")])
        #expect(r.encodedPathAndQuery == "/tasks?limit=10&sort_by=name%3Aasc%7Cid%3Adesc&name=~night%25")
        let executions = try PreparedRequest.forOperation("index_task_executions", parameters: ["complete_list": false, "limit": 5.0])
        #expect(executions.query == [.init("limit", "5"), .init("complete_list", "false")])
    }

    @Test func filtersReachTheServer() async throws {
        try await TestSimulator.withClient { client, _, _ in
            let all = try #require(try await client.call("index_pools")?["pools"]?.arrayValue)
            let first = try #require(all.first?["name"]?.stringValue)
            let filtered = try await client.call("index_pools", ["name": .string(first)])
            #expect(filtered?["pools"]?.arrayValue?.map { $0["name"] } == [.string(first)])
        }
    }

    @Test func unknownParameterIsRefusedWithTheClosestName() async throws {
        try await TestSimulator.withClient { client, sim, _ in
            let before = sim.requestCount
            let e = await TestSimulator.error { try await client.call("index_tasks", ["nmae": "x"]) }
            #expect(e?.kind == .invalidRequest)
            #expect(e?.description.hasPrefix("unknown parameter 'nmae' for index_tasks (GET /tasks); did you mean 'name'? valid: limit, offset, sort_by, id, name,") == true)
            #expect(sim.requestCount == before)
        }
    }

    @Test func missingRequiredParameterIsRefused() async throws {
        let e = await TestSimulator.error { _ = try PreparedRequest.forOperation("show_task", parameters: [:]) }
        #expect(e?.kind == .invalidRequest)
        #expect(e?.description == "missing required parameter 'task_id' for show_task (GET /tasks/{task_id}); valid: task_id")
        let job = await TestSimulator.error { _ = try PreparedRequest.forOperation("run_task_result", parameters: ["task_id": 1]) }
        #expect(job?.description.hasPrefix("missing required parameter 'job_id' for run_task_result") == true)
    }

    @Test func unknownOperationSuggestsTheClosest() async throws {
        let e = await TestSimulator.error { _ = try PreparedRequest.forOperation("index_taks", parameters: [:]) }
        #expect(e?.description == "unknown operation 'index_taks'; did you mean 'index_tasks'?")
    }

    @Test func bodyWhereNoneIsTakenIsRefused() async throws {
        let e = await TestSimulator.error { _ = try PreparedRequest.forOperation("index_tasks", parameters: [:], body: ["a": 1]) }
        #expect(e?.description == "index_tasks takes no body")
    }

    @Test func rawRequestReachesAnyPath() async throws {
        try await TestSimulator.withClient { client, _, _ in
            let r = try await client.request(.get, "tasks", query: [("limit", 2)])
            #expect(r.status == 200)
            #expect(r.value?["tasks"]?.arrayValue?.count == 2)
            let withBase = try await client.request(.get, "/api/v2/tasks", query: [("limit", 1)])
            #expect(withBase.value?["tasks"]?.arrayValue?.count == 1)
            let created = try await client.request(.post, "/pools", body: ["name": "raw-pool", "type": "primary"])
            #expect(created.status == 201)
            let deleted = try await client.request(.delete, "/pools/\(created.value!["id"]!.intValue!)")
            #expect(deleted.status == 204)
            #expect(deleted.value == nil)
        }
    }

    @Test func noContentDecodesToNoValue() async throws {
        try await TestSimulator.withClient { client, _, _ in
            let pool = try #require(try await client.call("create_pool", body: ["name": "gone", "type": "primary"]))
            let r = try await client.execute("destroy_pool", ["pool_id": pool["id"]!])
            #expect(r.status == 204)
            #expect(r.value == nil)
        }
    }
}

@Suite struct DecodingTests {
    @Test func integersStayExactAndStringsDecode() async throws {
        try await OddServer.with { _, url in
            let client = try TestSimulator.client(url, credentials: nil)
            let v = try #require(try await client.request(.get, "/big").value)
            #expect(v["id"] == .int(9_007_199_254_740_993))
            #expect(v["neg"] == .int(.min))
            #expect(v["f"] == .double(1500))
            #expect(v["s"] == .string("é\n"))
            try await client.shutdown()
        }
    }

    @Test func parserHandlesEscapesNumbersAndErrors() throws {
        #expect(try APIValue.parse(#"{"a":[1,-2,3.5,1e2,true,false,null,"x\"\u0041\ud83d\ude00"],"b":{}}"#)
            == ["a": [1, -2, 3.5, 100.0, true, false, .null, "x\"A😀"], "b": [:]])
        #expect(try APIValue.parse("18446744073709551616") == .double(18446744073709551616))
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"abc", "1 2", "01x"] {
            #expect(throws: JSONParseError.self, "\(bad)") { try APIValue.parse(bad) }
        }
        let v: APIValue = ["k": "a\"b\n", "n": [1, 2.5, .null]]
        #expect(try APIValue.parse(v.serialized()) == v)
        #expect(v.serialized() == #"{"k":"a\"b\n","n":[1,2.5,null]}"#)
    }
}
