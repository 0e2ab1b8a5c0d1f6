import Foundation
import NodeumAPI
import NodeumClient
import NodeumSimulator
import Synchronization
import Testing

@Suite struct PaginationTests {
    static func ids(_ s: ItemSequence) async throws -> [Int64] {
        var out: [Int64] = []
        for try await item in s { out.append(item["id"]!.intValue!) }
        return out
    }

    @Test func itemsWalkEveryPageOnceInOrder() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 2_500 }) { client, sim, _ in
            let total = try #require(try await client.call("index_files", ["limit": 1])?["count"]?.intValue)
            let before = sim.requestCount
            let ids = try await Self.ids(try client.items("index_files", options: .init(pageSize: 400)))
            #expect(Int64(ids.count) == total)
            #expect(Set(ids).count == ids.count)
            #expect(ids == ids.sorted())
            #expect(sim.requestCount - before == (ids.count + 399) / 400)
        }
    }

    @Test func maxItemsAndStartOffsetBoundTheWalk() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 600 }) { client, sim, _ in
            let all = try await Self.ids(try client.items("index_files", options: .init(pageSize: 1000)))
            let before = sim.requestCount
            let some = try await Self.ids(try client.items("index_files", options: .init(pageSize: 100, maxItems: 250, startOffset: 30)))
            #expect(some == Array(all[30..<280]))
            #expect(sim.requestCount - before == 3)
            let none = try await Self.ids(try client.items("index_files", options: .init(maxItems: 0)))
            #expect(none.isEmpty)
        }
    }

    @Test func aServerCappingThePageLeavesNoGap() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 1_000; $0.maxPageSize = 70 }) { client, _, _ in
            let pages = try client.pages("index_files", options: .init(pageSize: 500))
            var ids: [Int64] = []
            var offsets: [Int] = []
            for try await page in pages {
                offsets.append(page.offset)
                #expect(page.items.count <= 70)
                ids += page.items.map { $0["id"]!.intValue! }
            }
            #expect(Set(ids).count == ids.count)
            #expect(offsets.prefix(3) == [0, 70, 140])
            let total = try #require(try await client.call("index_files", ["limit": 1])?["count"]?.intValue)
            #expect(Int64(ids.count) == total)
        }
    }

    @Test func aCountThatIsThePageLengthStillEnds() async throws {
        try await OddServer.with { server, url in
            let client = try TestSimulator.client(url, credentials: nil)
            let ids = try await Self.ids(try client.items("index_files", options: .init(pageSize: 500)))
            #expect(ids == Array(1...Int64(OddServer.listSize)))
            // 300 + 300 + 300 + 100: the short fourth page ends it.
            #expect(server.count("files") == 4)
            let exact = try await Self.ids(try client.items("index_files", options: .init(pageSize: 250)))
            #expect(exact == Array(1...Int64(OddServer.listSize)))
            try await client.shutdown()
        }
    }

    @Test func anEmptyListIsOneRequest() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.seed = .empty }) { client, sim, _ in
            let before = sim.requestCount
            let ids = try await Self.ids(try client.items("index_tasks"))
            #expect(ids.isEmpty)
            #expect(sim.requestCount - before == 1)
        }
    }

    @Test func listsWithoutPaginationAreOnePage() async throws {
        try await TestSimulator.withClient { client, _, _ in
            var pages = 0
            for try await _ in try client.pages("index_system_users") { pages += 1 }
            #expect(pages == 1)
        }
    }

    @Test func nonListsAndPagingParametersAreRefused() async throws {
        try await TestSimulator.withClient { client, _, _ in
            #expect(throws: NodeumClientError.self) { try client.pages("show_task", ["task_id": 1]) }
            #expect(throws: NodeumClientError.self) { try client.pages("index_tasks", ["offset": 3]) }
            #expect(throws: NodeumClientError.self) { try client.pages("index_tasks", ["nmae": "x"]) }
        }
    }

    @Test(arguments: [1, 3, 4])
    func concurrentPagesArriveInOrderWithoutDuplicates(concurrency: Int) async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 3_000; $0.maxPageSize = 450 }) { client, _, _ in
            let sequential = try await Self.ids(try client.items("index_files", options: .init(pageSize: 1000)))
            let concurrent = try await Self.ids(try client.items("index_files", options: .init(pageSize: 500, concurrency: concurrency)))
            #expect(concurrent == sequential)
            let bounded = try await Self.ids(try client.items("index_files", options: .init(pageSize: 300, maxItems: 1234, startOffset: 17, concurrency: concurrency)))
            #expect(bounded == Array(sequential[17..<(17 + 1234)]))
        }
    }

    @Test func concurrencyReallyOverlapsRequests() async throws {
        // 9 pages with 300 ms latency: sequential takes 9 × 300 ms; with concurrency 4, the first
        // page alone, then 8 in flight 4 at a time: 3 × 300 ms. Bounds leave room for a loaded machine.
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 900; $0.latency = .init(base: 300) }) { client, _, _ in
            let total = try #require(try await client.call("index_files", ["limit": 1])?["count"]?.intValue)
            let size = Int((total + 8) / 9)
            var start = ContinuousClock.now
            var n = 0
            for try await _ in try client.items("index_files", options: .init(pageSize: size, concurrency: 4)) { n += 1 }
            let concurrent = ContinuousClock.now - start
            #expect(Int64(n) == total)
            start = ContinuousClock.now
            n = 0
            for try await _ in try client.items("index_files", options: .init(pageSize: size)) { n += 1 }
            let sequential = ContinuousClock.now - start
            #expect(Int64(n) == total)
            #expect(sequential >= .milliseconds(2700))
            // Without overlap it would take at least 2.7 s too; ideal is 0.9 s.
            #expect(concurrent < .milliseconds(1900), "concurrent \(concurrent), sequential \(sequential)")
            #expect(concurrent * 4 < sequential * 3, "concurrent \(concurrent), sequential \(sequential)")
        }
    }

    @Test func cancellationStopsRequestsInFlight() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 5_000; $0.latency = .init(base: 1_500) }) { client, sim, _ in
            let seen = Mutex(0)
            let walk = Task {
                for try await _ in try client.pages("index_files", options: .init(pageSize: 100, concurrency: 4)) {
                    seen.withLock { $0 += 1 }
                }
            }
            try await Task.sleep(for: .milliseconds(800))
            let start = ContinuousClock.now
            walk.cancel()
            let result = await walk.result
            // Requests in flight take 1.5 s; a cancellation that waited for them would take ≥ 0.7 s.
            #expect(ContinuousClock.now - start < .milliseconds(600))
            if case .failure(let e) = result { #expect((e as? NodeumClientError)?.kind == .cancelled) } else { Issue.record("walk finished") }
            let requestsAtCancel = sim.requestCount
            try await Task.sleep(for: .milliseconds(700))
            #expect(sim.requestCount == requestsAtCancel)
            #expect(seen.withLock { $0 } < 20)
        }
    }

    @Test func totalComesFromOneRequest() async throws {
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.files = 321 }) { client, sim, _ in
            let before = sim.requestCount
            let total = try await client.total("index_files")
            #expect(total != nil && total! >= 321)
            #expect(sim.requestCount - before == 1)
        }
    }
}
