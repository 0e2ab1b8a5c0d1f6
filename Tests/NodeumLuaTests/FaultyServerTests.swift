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

extension FirstContactLuaTests {
    @Test func aDotForAColonSaysHowToCallTheMethod() async throws {
        try await LuaSession.with { s in
            let cases = [
                ("nodeum.tapes.list{}", "use nodeum.tapes:list{...} (a colon, not a dot)"),
                ("nodeum.tapes.get(1)", "use nodeum.tapes:get(id) (a colon, not a dot)"),
                ("nodeum.pools.update(1, {})", "use nodeum.pools:update(id, {...}) (a colon, not a dot)"),
                ("nodeum.tasks:at(7).run()", "use nodeum.tasks:at(id):run(...) (a colon, not a dot)"),
                ("nodeum.tasks:at(7).get()", "use nodeum.tasks:at(id):get(...) (a colon, not a dot)"),
                ("nodeum.tasks:at(7).task_sources.list{}", "use nodeum.tasks:at(task_id).task_sources:list{...} (a colon, not a dot)"),
                ("nodeum.tapes:list{}.map(print)", "use cursor:map(...) (a colon, not a dot)"),
                ("nodeum.tapes:list{}.count()", "use cursor:count(...) (a colon, not a dot)"),
            ]
            let before = s.simulator.requestCount
            for (code, message) in cases {
                let e = try await s.failure(code)
                #expect(e.message == "test:1: \(message)", "\(code)")
            }
            #expect(s.simulator.requestCount == before)
            // The colon forms still work, and errors inside methods keep pointing at the caller.
            #expect(try await s.run("return nodeum.tapes:list{}:take(2):count(), nodeum.tapes:get(1).id") == ["2", "1"])
            let e = try await s.failure("local x = nodeum.tapes:get(1.5)")
            #expect(e.message == "test:1: bad argument #1 to 'get' (id must be an integer, got 1.5)")
            let t = try await s.failure("local x = nodeum.pools:create(5)")
            #expect(t.message == "test:1: bad argument #1 to 'create' (table expected, got number)")
            let r = try await s.failure("local x = nodeum.tapes:list(5)")
            #expect(r.message == "test:1: bad argument #1 to 'list' (table expected, got number)")
        }
    }

    @Test func aMisspeltCollectionSuggestsTheClosest() async throws {
        try await LuaSession.with { s in
            let e = try await s.failure("return nodeum.tape")
            #expect(e.message.hasPrefix("test:1: nodeum has no field 'tape'; did you mean 'tapes', 'tape_stats', 'tape_drives'? collections: api_keys, "))
            let far = try await s.failure("return nodeum.xyzzy")
            #expect(far.message.hasPrefix("test:1: nodeum has no field 'xyzzy'; collections: api_keys, "))
        }
    }
}
