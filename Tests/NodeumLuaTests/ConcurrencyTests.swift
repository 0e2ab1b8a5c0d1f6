import Foundation
import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// Tasks on the Lua thread: API calls yield while in flight, so independent calls overlap.
@Suite(.serialized) struct ConcurrencyTests {
    static let slow = SimulatorOptions(port: 0, latency: .init(base: 100))

    @Test func twentyGetsThroughAllOverlap() async throws {
        try await LuaSession.with(Self.slow) { s in
            s.simulator.resetMaxConcurrentRequests()
            let out = try await s.run("""
                local fns = {}
                for i = 1, 20 do fns[i] = function() return nodeum.tapes:get(i).id end end
                local ids = nodeum.all(fns)
                local ok = true
                for i = 1, 20 do ok = ok and ids[i] == i end
                return #ids, ok
                """)
            #expect(out == ["20", "true"])
            // Measured at the server, not by a clock (a loaded machine made timing bounds fail):
            // the calls overlapped, never more than the default bound of 16 at once.
            let most = s.simulator.maxConcurrentRequests
            #expect(most > 1 && most <= 16, "at most \(most) at once")
        }
    }

    @Test func spawnAndWaitReturnResultsInOrder() async throws {
        let out = try await LuaSession.with(Self.slow) { s in
            try await s.run("""
                local a = nodeum.spawn(function(x) return nodeum.tapes:get(x).id, "a" end, 3)
                local b = nodeum.spawn(function() nodeum.sleep(0.05) return "b" end)
                local one, tag = nodeum.wait(a)
                local x, y = nodeum.wait(a, b)
                local none = nodeum.wait()
                return one, tag, x, y, none, tostring(a):match("^nodeum.Task%(%d+, ended%)$") ~= nil
                """)
        }
        #expect(out == ["3", "a", "3", "b", "nil", "true"])
    }

    @Test func errorsInsideSpawnedTasks() async throws {
        try await LuaSession.with { s in
            let out = try await s.run("""
                local bad = nodeum.spawn(function() error("boom in task") end)
                local api = nodeum.spawn(function() return nodeum.tapes:get(999999) end)
                local ok1, e1 = pcall(nodeum.wait, bad)
                local ok2, e2 = pcall(nodeum.wait, api)
                local ok3, e3 = pcall(nodeum.all, {
                  function() nodeum.sleep(0.05) return 1 end,
                  function() error({code = 7}) end,
                  function() error("second") end,
                })
                return ok1, e1:match("^test:1: boom in task\\nstack traceback:\\n") ~= nil, ok2, e2.status,
                  getmetatable(e2).__name, ok3, type(e3) == "table" and e3.code
                """)
            #expect(out == ["false", "true", "false", "404", "nodeum.Error", "false", "7"])
            // A failure nobody waited for ends the chunk with that error.
            let unobserved = try await s.failure("""
                nodeum.spawn(function() nodeum.sleep(0.01) error("nobody waits") end)
                return 1
                """)
            #expect(unobserved.message == "test:1: nobody waits")
        }
    }

    @Test func yieldsAcrossPcallAndCoroutinesAndBlocksInsideSort() async throws {
        try await LuaSession.with(SimulatorOptions(port: 0, latency: .init(base: 50))) { s in
            let start = ContinuousClock.now
            let out = try await s.run("""
                local results = nodeum.all{
                  function() local ok, t = pcall(nodeum.tapes.get, nodeum.tapes, 1) return ok and t.id end,
                  function() return coroutine.wrap(function() return nodeum.tapes:get(2).id end)() end,
                  function()
                    local co = coroutine.create(function() return nodeum.tapes:get(3).id end)
                    local ok, id = coroutine.resume(co)
                    return id
                  end,
                  function()
                    local ids = {4, 5}
                    -- A C function (table.sort) calls the comparator: the call inside cannot yield and waits.
                    table.sort(ids, function(a, b) return nodeum.tapes:get(a).id > nodeum.tapes:get(b).id end)
                    return ids[1]
                  end,
                }
                return results[1], results[2], results[3], results[4]
                """)
            #expect(out == ["1", "2", "3", "5"])
            // The first three overlap; the sort's two calls block the Lua thread one after the other.
            #expect(ContinuousClock.now - start < .milliseconds(600))
        }
    }

    @Test func sleepOverlapsAndRefusesBadArguments() async throws {
        try await LuaSession.with { s in
            let start = ContinuousClock.now
            let out = try await s.run("""
                local fns = {}
                for i = 1, 10 do fns[i] = function() nodeum.sleep(0.1) return i end end
                local r = nodeum.all(fns)
                local ok, e = pcall(nodeum.sleep, -1)
                local ok2, e2 = pcall(nodeum.spawn, 42)
                local ok3, e3 = pcall(nodeum.wait, {})
                local ok4, e4 = pcall(nodeum.all, {1})
                return r[10], e, e2, e3, e4
                """)
            #expect(ContinuousClock.now - start < .milliseconds(600))
            #expect(out[0] == "10")
            #expect(out[1].hasSuffix("bad argument #1 to 'nodeum.sleep' (seconds must be a finite number >= 0)"))
            #expect(out[2].hasSuffix("bad argument #1 to 'spawn' (function expected, got number)"))
            #expect(out[3].hasSuffix("bad argument #1 to 'wait' (task expected (from nodeum.spawn), got table)"))
            #expect(out[4].hasSuffix("nodeum.all: element 1 is a number, not a function"))
        }
    }

    @Test func requestsInFlightAreBounded() async throws {
        try await LuaSession.with(SimulatorOptions(port: 0, latency: .init(base: 100))) { s in
            s.simulator.resetMaxConcurrentRequests()
            let out = try await s.run("""
                nodeum.max_in_flight(2)
                local fns = {}
                for i = 1, 6 do fns[i] = function() return nodeum.tapes:get(i).id end end
                local r = nodeum.all(fns)
                local ok, e = pcall(nodeum.max_in_flight, 0)
                return #r, nodeum.max_in_flight(), e
                """)
            #expect(Array(out[0...1]) == ["6", "2"])
            #expect(out[2].hasSuffix("bad argument #1 to 'nodeum.max_in_flight' (at least 1 request must be allowed in flight)"))
            // 6 calls of 100 ms, 2 at a time, as the server saw them.
            #expect(s.simulator.maxConcurrentRequests == 2)
        }
    }

    @Test func waitingForEachOtherIsADeadlockError() async throws {
        try await LuaSession.with { s in
            let out = try await s.run("""
                local a, b
                a = nodeum.spawn(function() nodeum.sleep(0.01) return nodeum.wait(b) end)
                b = nodeum.spawn(function() nodeum.sleep(0.01) return nodeum.wait(a) end)
                local ok, e = pcall(nodeum.wait, a, b)
                return ok, tostring(e):find("deadlock") ~= nil
                """)
            #expect(out == ["false", "true"])
        }
    }

    @Test func interruptCancelsAListingInFlight() async throws {
        try await LuaSession.with(SimulatorOptions(port: 0, files: 3_000, latency: .init(base: 200))) { s in
            let client = s.client
            let start = ContinuousClock.now
            let error = try await LuaThread.run { () -> LuaError? in
                let state = LuaState()
                defer { state.close() }
                let library = NodeumLibrary { client }
                try library.install(into: state)
                let interrupter = state.interrupter
                Thread.detachNewThread {
                    Thread.sleep(forTimeInterval: 0.3)
                    interrupter.interrupt()
                }
                try state.load("local n = 0 for f in nodeum.files:list{page_size = 100} do n = n + 1 end return n", chunkName: "=test")
                do {
                    try state.callAsTask()
                    return nil
                } catch {
                    return error as? LuaError
                }
            }
            #expect(error?.kind == .interrupted)
            #expect(ContinuousClock.now - start < .milliseconds(1_500))
        }
    }
}
