import CLua
import CLuaShim
import Testing
@testable import Lua

#if canImport(Glibc)
import Glibc
#endif

/// Describes a Lua value as "type value", so that results can leave the Lua thread.
func describe(_ value: LuaValue) -> String {
    switch value {
    case .nil: "nil"
    case .boolean(let b): "boolean \(b)"
    case .integer(let i): "integer \(i)"
    case .number(let d): "number \(d)"
    case .string(let s): "string \(s)"
    default: value.typeName
    }
}

/// Coroutines suspended on asynchronous Swift operations. Lua runs on a thread of its own
/// (`LuaThread`), as in the program: the scheduler blocks it between completions.
@Suite struct SchedulerTests {
    /// A state with `wait(ms)`, an async Swift function that sleeps and returns `ms`, and
    /// `fail_later()`, which fails after a short sleep.
    static func makeState() -> LuaState {
        let state = LuaState()
        state.setGlobal("wait") { call in
            let ms = try call.integer(1)
            return try call.await({
                try await Task.sleep(for: .milliseconds(ms))
                return ms
            }, then: { call, value in
                call.push(value)
                return 1
            })
        }
        state.setGlobal("fail_later") { call in
            try call.await({
                try await Task.sleep(for: .milliseconds(10))
                throw LuaError("failed after a wait")
            }, then: { (_: LuaCall, _: Int) in 0 })
        }
        return state
    }

    /// Runs each chunk as a task until all are done; returns each task's results, or its
    /// error message prefixed by "error: ".
    static func runTasks(_ chunks: [String]) async throws -> [[String]] {
        try await timedRunTasks(chunks).results
    }

    /// `runTasks`, and how long the scheduler ran (set-up excluded).
    static func timedRunTasks(_ chunks: [String]) async throws -> (results: [[String]], elapsed: Duration) {
        try await LuaThread.run {
            let state = makeState()
            var ids: [Int] = []
            for chunk in chunks {
                try state.load(chunk, chunkName: "=task")
                ids.append(state.tasks.spawn())
            }
            let elapsed = try ContinuousClock().measure { try state.tasks.run() }
            let results = ids.map { id in
                if case .failed(let error) = state.tasks.status(of: id) {
                    return ["error: " + error.message, error.traceback ?? ""]
                }
                let base = state.top
                _ = state.tasks.pushResults(of: id, to: state.L)
                return state.popValues(from: base).map(describe)
            }
            return (results, elapsed)
        }
    }

    @Test func aTaskTakesAndReturnsThousandsOfValues() async throws {
        // More than the LUA_MINSTACK slots a new thread starts with, either way.
        let count = try await LuaThread.run { () -> [Int] in
            let state = LuaState()
            defer { state.close() }
            try state.load("return select('#', ...), table.unpack((function() local t = {} for i = 1, 5000 do t[i] = i end return t end)())")
            lua_checkstack(state.L, 3000)
            for i in 1...3000 { lua_pushinteger(state.L, lua_Integer(i)) }
            try state.callAsTask(nargs: 3000)
            let top = Int(lua_gettop(state.L))
            let values = state.popValues(from: 0)
            return [top, values.first.map { Int(describe($0).dropFirst(8))! } ?? -1]
        }
        #expect(count == [5001, 3000])
    }

    @Test func twoSuspendedWaitsOverlap() async throws {
        let (results, elapsed) = try await Self.timedRunTasks(["return wait(200)", "return wait(200) + 1"])
        #expect(elapsed < .milliseconds(350), "took \(elapsed)")
        #expect(results == [["integer 200"], ["integer 201"]])
    }

    @Test func suspensionPassesThroughUserCoroutines() async throws {
        let results = try await Self.runTasks(["""
            local co = coroutine.wrap(function(x)
              local a = wait(20)
              local y = coroutine.yield(a + x)
              return wait(10) + y
            end)
            local first = co(1)
            local ok, second = coroutine.resume(coroutine.create(function() return wait(5) end))
            return first, co(100), ok, second
            """])
        #expect(results == [["integer 21", "integer 110", "boolean true", "integer 5"]])
    }

    @Test func callsWhereLuaCannotYieldWaitInstead() async throws {
        let results = try await Self.runTasks(["""
            local t = {3, 1, 2}
            table.sort(t, function(a, b) return wait(1) and a < b end)
            local s = string.gsub("ab", "%w", function(c) wait(1); return c:upper() end)
            return table.concat(t, ","), s
            """])
        #expect(results == [["string 1,2,3", "string AB"]])
        // And on the main thread, outside any task.
        let main = try await LuaThread.run { try Self.makeState().run("return wait(5)").map(describe) }
        #expect(main == ["integer 5"])
    }

    @Test func errorsOfOperationsAreRaisedInTheCoroutine() async throws {
        let results = try await Self.runTasks(["local ok, e = pcall(fail_later); return ok, e"])
        #expect(results == [["boolean false", "string failed after a wait"]])
    }

    @Test func anUncaughtErrorFailsTheTaskWithATraceback() async throws {
        let results = try await Self.runTasks(["wait(1)\nerror('late')"])
        #expect(results.first?.first == "error: task:2: late")
        #expect(results.first?.last?.contains("task:2: in main chunk") == true)
    }

    @Test func yieldingFromATaskIsYieldingOutsideACoroutine() async throws {
        let results = try await Self.runTasks([
            "return coroutine.isyieldable(), select(2, coroutine.running()), pcall(coroutine.yield)"
        ])
        #expect(results == [["boolean false", "boolean true", "boolean false", "string attempt to yield from outside a coroutine"]])
    }
}

/// Interrupts (Ctrl-C) and the memory cap. Serialized: SIGINT handling is process-wide.
@Suite(.serialized) struct InterruptAndMemoryTests {
    /// Runs `code` on a Lua thread while another thread interrupts it after 100 ms;
    /// returns the error it stopped with.
    func interrupted(_ code: String, inTask: Bool = false, setUp: @escaping @Sendable (LuaState) -> Void = { _ in })
        async throws -> LuaError?
    {
        try await LuaThread.run {
            let state = LuaState()
            setUp(state)
            state.catchInterrupts()
            defer { state.releaseInterrupts() }
            let interrupter = state.interrupter
            let timer = Task.detached {
                try await Task.sleep(for: .milliseconds(100))
                interrupter.interrupt()
            }
            defer { timer.cancel() }
            do {
                if inTask {
                    try state.load(code, chunkName: "=loop")
                    let task = state.tasks.spawn()
                    try state.tasks.run()
                    if case .failed(let error) = state.tasks.status(of: task) { return error }
                } else {
                    try state.run(code, chunkName: "=loop")
                }
            } catch {
                return error as? LuaError
            }
            return nil
        }
    }

    @Test func interruptStopsAnEndlessLoop() async throws {
        let error = try await interrupted("while true do end")
        #expect(error?.kind == .interrupted)
        #expect(error?.message.hasSuffix("interrupted!") == true)
    }

    @Test func interruptReachesTheRunningCoroutine() async throws {
        let error = try await interrupted("""
            local co = coroutine.wrap(function() while true do end end)
            co()
            """)
        #expect(error?.message.hasSuffix("interrupted!") == true)
    }

    @Test func interruptReachesALoopInsideAScheduledTask() async throws {
        let error = try await interrupted("coroutine.wrap(function() while true do end end)()", inTask: true)
        #expect(error?.message.hasSuffix("interrupted!") == true)
    }

    @Test func pcallAndCoroutinesDoNotSwallowTheInterrupt() async throws {
        let viaPcall = try await interrupted("while true do pcall(function() while true do end end) end")
        #expect(viaPcall?.message.hasSuffix("interrupted!") == true)
        let viaResume = try await interrupted(
            "while true do coroutine.resume(coroutine.create(function() while true do end end)) end")
        #expect(viaResume?.message.hasSuffix("interrupted!") == true)
    }

    @Test func interruptCancelsABlockingWait() async throws {
        let clock = ContinuousClock()
        var error: LuaError?
        let elapsed = try await clock.measure {
            error = try await interrupted("wait_forever()") { state in
                state.setGlobal("wait_forever") { call in
                    try call.await({ try await Task.sleep(for: .seconds(60)); return 0 }, then: { _, _ in 0 })
                }
            }
        }
        #expect(error?.message.hasSuffix("interrupted!") == true)
        #expect(elapsed < .seconds(5))
    }

    @Test func memoryCapRaisesNotEnoughMemory() throws {
        let state = LuaState()
        state.memoryLimit = state.memoryUsed + 4 << 20
        let result = try state.run("""
            local ok, e = pcall(function() local t = {} for i = 1, 1e7 do t[i] = ("x"):rep(100) .. i end end)
            return ok, e
            """)
        guard case .boolean(false) = result.first else { Issue.record("no error"); return }
        #expect(result.last?.text == "not enough memory")
        state.memoryLimit = nil
        #expect(try state.run("return 1 + 1").count == 1)
    }
}
