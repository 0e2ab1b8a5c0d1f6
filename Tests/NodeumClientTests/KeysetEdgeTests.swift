import Testing
@testable import NodeumClient

/// Keyset walks at their edges: a server that answers more than the limit, segments over
/// string ids (task executions), a walk whose every page the client skims rather than parses.
@Suite struct KeysetEdgeTests {
    @Test func aServerAnsweringMoreThanTheLimitGivesTheRestOnTheNextPage() async throws {
        try await OddServer.with { server, url in
            let client = try TestSimulator.client(url, credentials: nil)
            var pages: [[Int64]] = []
            for try await page in try client.pages("index_tapes", options: .init(pageSize: 10, walk: .keyset)) {
                pages.append(page.items.compactMap { $0["id"]?.intValue })
            }
            // Pages of 10 as asked (the five extra items of each answer wait for the next page).
            #expect(pages.flatMap { $0 } == Array(1...Int64(OddServer.tapeCount)))
            #expect(pages.dropLast().allSatisfy { $0.count == 10 })
            #expect(server.count("tapes") == 10)
            let taken = try await client.items("index_tapes", options: .init(pageSize: 10, maxItems: 23, walk: .keyset))
                .reduce(into: [Int64]()) { $0.append($1["id"]!.intValue!) }
            #expect(taken == Array(1...23))
            try await client.shutdown()
        }
    }

    @Test("segments over task-execution ids, strings beyond 2^53", arguments: [2, 3])
    func segmentsOverStringIDs(n: Int) async throws {
        try await TestSimulator.withClient { client, _, _ in
            var expected: [APIValue] = []
            for try await page in try client.pages("index_task_executions", options: .init(walk: .offset)) {
                expected += page.items.map { $0["id"]! }
            }
            #expect(expected.count > 10)
            #expect(expected.allSatisfy { if case .string = $0 { true } else { false } })
            var seen: [APIValue] = []
            for try await page in try client.pages("index_task_executions", options: .init(pageSize: 2, segments: n)) {
                seen += page.entries.map { $0.id! }
            }
            #expect(Set(seen) == Set(expected))
            #expect(seen.count == expected.count)
        }
    }
}
