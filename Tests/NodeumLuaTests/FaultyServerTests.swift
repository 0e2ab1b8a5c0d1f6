import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// A plain cursor loop through a simulator that injects faults on one request in five (500,
/// 503, 429 with Retry-After, connections cut mid-body) delivers exactly what a clean server
/// lists, with the client's default retry policy.
@Suite(.serialized) struct FaultyServerTests {
    static let walk = """
        local ids = {}
        for f in nodeum.files:list{page_size = 500} do ids[#ids + 1] = f.id end
        return #ids, table.concat(ids, ",")
        """

    @Test(arguments: [UInt64(11), 12, 13])
    func aListingThroughFaultsEqualsTheCleanListing(seed: UInt64) async throws {
        let clean = try await LuaSession.with(SimulatorOptions(port: 0, files: 20_000, randomSeed: seed)) { try await $0.run(Self.walk) }
        let (faulty, requests) = try await LuaSession.with(SimulatorOptions(port: 0, files: 20_000, randomSeed: seed, faultRate: 0.2)) { s in
            (try await s.run(Self.walk), s.simulator.requestCount)
        }
        #expect(Int(clean[0])! > 20_000)
        #expect(faulty[0] == clean[0], "seed \(seed)")
        #expect(faulty[1] == clean[1], "seed \(seed)")
        // More requests than pages: faults were injected and retried.
        #expect(requests > Int(clean[0])! / 500 + 1, "seed \(seed)")
    }
}

/// What a new user trips over in the first hour, at the Lua surface.
@Suite(.serialized) struct FirstContactLuaTests {
    @Test func aFilterValueThatCannotMatchFailsBeforeAnyRequest() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let e = try await s.failure(#"return nodeum.task_executions:list{status = "eror"}:count()"#)
            #expect(e.message.contains("filter 'status' of index_task_executions cannot match 'eror': did you mean 'error'?"))
            #expect(s.simulator.requestCount == before)
        }
    }
}
