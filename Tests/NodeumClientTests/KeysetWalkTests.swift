import Foundation
import NodeumAPI
import NodeumClient
import NodeumSimulator
import Testing

/// Keyset walks: exact while the list changes behind the cursor (where offset paging skips
/// items), chosen by `auto` only where the server sorts by id, refused before any request where
/// impossible, and stopped with `bad_keyset` by a server whose ids do not increase.
@Suite struct KeysetWalkTests {
    static func ids(_ pages: PageSequence) async throws -> [Int64] {
        var out: [Int64] = []
        for try await page in pages { out += page.items.map { $0["id"]!.intValue! } }
        return out
    }

    /// Walks `index_tasks` in pages of 100 while, after each page, another client deletes 15
    /// tasks already delivered and creates 5: the ids of tasks that existed throughout, and
    /// what the walk delivered.
    static func walkWhileChanging(_ walk: WalkMode, _ client: NodeumClient) async throws -> (kept: Set<Int64>, delivered: [Int64]) {
        var created: [Int64] = []
        for i in 0..<600 {
            let task = try await client.call("create_task", body: ["name": .string("walked-\(i)"), "workflow_type": "active_archive", "workflow_action": "copy"])
            created.append(try #require(task?["id"]?.intValue))
        }
        var deleted: Set<Int64> = []
        var delivered: [Int64] = []
        var extra = 0
        for try await page in try client.pages("index_tasks", options: .init(pageSize: 100, walk: walk)) {
            delivered += page.items.map { $0["id"]!.intValue! }
            let behind = created.filter { $0 < delivered.last! && !deleted.contains($0) }.prefix(15)
            for id in behind {
                try await client.call("destroy_task", ["task_id": .int(id)])
                deleted.insert(id)
            }
            for _ in 0..<5 {
                extra += 1
                _ = try await client.call("create_task", body: ["name": .string("inserted-\(extra)"), "workflow_type": "active_archive", "workflow_action": "copy"])
            }
        }
        let all = try await ids(try client.pages("index_tasks", options: .init(walk: .offset)))
        // Those there from start to end: present at the end, and not inserted during the walk.
        return (Set(all).filter { $0 <= created.last! }, delivered)
    }

    @Test func aKeysetWalkDeliversEveryItemThatExistedThroughoutOnceWhileOffsetPagingSkipsSome() async throws {
        try await TestSimulator.withClient { client, _, _ in
            let keyset = try await Self.walkWhileChanging(.keyset, client)
            #expect(keyset.kept.isSubset(of: Set(keyset.delivered)), "missed \(keyset.kept.subtracting(keyset.delivered).count)")
            #expect(Set(keyset.delivered).count == keyset.delivered.count, "an item delivered twice")
            #expect(keyset.delivered == keyset.delivered.sorted())
        }
        try await TestSimulator.withClient { client, _, _ in
            // The same walk by offset: deletes behind the cursor shift the later pages forward.
            let offset = try await Self.walkWhileChanging(.offset, client)
            let missed = offset.kept.subtracting(offset.delivered)
            #expect(missed.count > 50, "offset paging should skip items here (missed \(missed.count))")
        }
    }

    func plan(_ pages: PageSequence) -> WalkPlan { pages.plan }

    @Test func autoTakesKeysetWhereTheServerSortsByID() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 300 }) { client, _, _ in
            let p1 = try plan(client.pages("index_tapes"))
            #expect(p1 == .keyset(filter: "id", sorted: true))
            let p2 = try plan(client.pages("index_tapes", ["sort_by": "barcode:asc"]))
            #expect(p2 == .offset)
            let p3 = try plan(client.pages("index_tapes", ["id": "<50"]))
            #expect(p3 == .offset)
            let p4 = try plan(client.pages("index_files"))
            #expect(p4 == .offset)
            let p5 = try plan(client.pages("index_files", options: .init(walk: .keyset)))
            #expect(p5 == .keyset(filter: "file_id", sorted: false))
            let p6 = try plan(client.pages("index_api_keys"))
            #expect(p6 == .offset)
            let p7 = try plan(client.pages("index_tapes", options: .init(walk: .offset)))
            #expect(p7 == .offset)
        }
    }

    @Test("keyset where it cannot be fails before any request, naming why", arguments: [
        ("index_api_keys", [:], "walk = \"keyset\" is impossible for index_api_keys: it takes no 'id' filter"),
        ("index_tapes", ["sort_by": "barcode:asc"], "walk = \"keyset\" is impossible for index_tapes: the walk sorts by id, and sort_by is set"),
        ("index_tapes", ["id": ">5"], "walk = \"keyset\" is impossible for index_tapes: the walk filters on 'id', and that filter is set"),
        ("index_files", ["file_id": ">5"], "walk = \"keyset\" is impossible for index_files: the walk filters on 'file_id', and that filter is set"),
    ] as [(String, [String: APIValue], String)])
    func keysetRefused(operation: String, parameters: [String: APIValue], message: String) async throws {
        try await TestSimulator.withClient { client, sim, _ in
            let before = sim.requestCount
            let error = #expect(throws: NodeumClientError.self) {
                try client.pages(operation, parameters, options: .init(walk: .keyset))
            }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.description == message)
            #expect(sim.requestCount == before)
        }
    }

    @Test func keysetPagesKeepTakeSkipAndAServerCappedPageSize() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.maxPageSize = 7 }) { client, sim, _ in
            let all = try await Self.ids(try client.pages("index_tapes", options: .init(walk: .offset)))
            #expect(all.count == 90)
            let before = sim.requestCount
            #expect(try await Self.ids(try client.pages("index_tapes", options: .init(pageSize: 20))) == all)
            // Pages of 7 (the server's cap) until the last: the count (items left) says when.
            #expect(sim.requestCount - before == (90 + 6) / 7)
            let some = try await Self.ids(try client.pages("index_tapes", options: .init(pageSize: 20, maxItems: 25, startOffset: 10)))
            #expect(some == Array(all[10..<35]))
        }
    }

    @Test func aServerThatIgnoresTheKeyFilterStopsTheWalk() async throws {
        try await OddServer.with { _, url in
            let client = try TestSimulator.client(url, credentials: nil)
            var delivered = 0
            let error = await #expect(throws: NodeumClientError.self) {
                for try await page in try client.pages("index_files", options: .init(pageSize: 100, walk: .keyset)) {
                    delivered += page.items.count
                }
            }
            #expect(error?.kind == .badKeyset)
            #expect(error?.description == "index_files keyset walk stopped: id 1 came after 100: the server does not list by increasing id or ignores the 'file_id' filter: use walk = \"offset\" (100 items delivered)")
            #expect(error?.itemsDelivered == 100)
            #expect(delivered == 100)
            try await client.shutdown()
        }
    }

    @Test func executionIDsBeyond2To53WalkByKeyExactly() async throws {
        try await TestSimulator.withClient { client, _, _ in
            var all = 0
            for try await page in try client.pages("index_task_executions", options: .init(walk: .offset)) { all += page.items.count }
            var seen: [APIValue] = []
            for try await page in try client.pages("index_task_executions", options: .init(pageSize: 3, walk: .keyset)) {
                seen += page.items.map { $0["id"]! }
            }
            #expect(seen.count == all)
            #expect(Set(seen).count == seen.count)
        }
    }

    @Test("segments: every item once, walked by several streams at once", arguments: [1, 2, 4, 7])
    func segments(n: Int) async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 3_000; $0.latency = .init(base: 5) }) { client, sim, _ in
            let files = try await Self.ids(try client.pages("index_files", options: .init(walk: .offset)))
            sim.resetMaxConcurrentRequests()
            let walked = try await Self.ids(try client.pages("index_files", options: .init(pageSize: 200, segments: n)))
            #expect(walked.sorted() == files.sorted())
            #expect(Set(walked).count == walked.count)
            #expect(n == 1 ? sim.maxConcurrentRequests == 1 : sim.maxConcurrentRequests >= 2, "\(sim.maxConcurrentRequests) at once")
            let tapes = try await Self.ids(try client.pages("index_tapes", options: .init(walk: .offset)))
            let some = try await Self.ids(try client.pages("index_tapes", options: .init(pageSize: 7, segments: n)))
            #expect(some.sorted() == tapes)
            let ten = try await Self.ids(try client.pages("index_tapes", options: .init(pageSize: 7, maxItems: 10, segments: n)))
            #expect(ten.count == 10 && Set(ten).isSubset(of: Set(tapes)))
        }
    }

    @Test("segments where they cannot be fail before any request", arguments: [
        ("index_api_keys", PaginationOptions(segments: 2), "segments = 2 is impossible for index_api_keys: it takes no 'id' filter"),
        ("index_tapes", PaginationOptions(walk: .offset, segments: 2), "segments = 2 is impossible for index_tapes: segments are keyset walks, and walk = \"offset\" is asked"),
        ("index_tapes", PaginationOptions(startOffset: 3, segments: 2), "segments = 2 is impossible for index_tapes: segments deliver in no order, so a skip or a checkpoint has no place to start"),
    ])
    func segmentsRefused(operation: String, options: PaginationOptions, message: String) async throws {
        try await TestSimulator.withClient { client, sim, _ in
            let before = sim.requestCount
            let error = #expect(throws: NodeumClientError.self) { try client.pages(operation, options: options) }
            #expect(error?.description == message)
            #expect(sim.requestCount == before)
        }
    }
}
