import CLua
import Testing
@testable import Lua

/// Calls `onDeinit` when released: shows when Lua lets go of a captured Swift object.
private final class Witness {
    let onDeinit: () -> Void
    init(_ onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
    deinit { onDeinit() }
}

private struct Boom: Error, CustomStringConvertible {
    var description: String { "the Swift side failed" }
}

/// Swift functions called from Lua: results, errors, argument checks, and lifetime.
@Suite struct SwiftFunctionTests {
    let state = LuaState()

    @Test func closuresCaptureStateAndReturnResults() throws {
        var calls = 0
        state.setGlobal("count") { call in
            calls += 1
            call.push(Int64(calls))
            call.push(try call.integer(1) * 2)
            return 2
        }
        let result = try state.run("count(1); return count(21)")
        guard case .integer(2) = result[0], case .integer(42) = result[1] else {
            Issue.record("unexpected: \(result)")
            return
        }
        #expect(calls == 2)
    }

    @Test func thrownErrorIsCaughtByPcall() throws {
        state.setGlobal("fail") { _ in throw Boom() }
        let result = try state.run("local ok, e = pcall(fail); return ok, e")
        guard case .boolean(false) = result[0] else { Issue.record("pcall succeeded"); return }
        #expect(result[1].text == "the Swift side failed")
    }

    @Test func uncaughtErrorReachesSwiftWithTraceback() {
        state.setGlobal("fail") { _ in throw Boom() }
        #expect {
            try state.run("fail()", chunkName: "=chunk")
        } throws: { error in
            let error = error as! LuaError
            return error.message == "the Swift side failed" && error.kind == .runtime
                && error.traceback?.contains("in function 'fail'") == true
                && error.traceback?.contains("chunk:1: in main chunk") == true
        }
    }

    @Test func argumentErrorsReadLikeTheAuxiliaryLibrary() throws {
        state.setGlobal("get") { call in
            call.push(try call.integer(1))
            return 1
        }
        let result = try state.run("""
            local _, a = pcall(get)
            local _, b = pcall(get, "x")
            local _, c = pcall(get, 1.5)
            local t = {get = get}
            local _, d = pcall(function() return t:get() end)
            return a, b, c, d
            """)
        #expect(result[0].text == "bad argument #1 to 'get' (number expected, got no value)")
        #expect(result[1].text == "bad argument #1 to 'get' (number expected, got string)")
        #expect(result[2].text == "bad argument #1 to 'get' (number has no integer representation)")
        #expect(result[3].text?.hasSuffix("calling 'get' on bad self (number expected, got table)") == true)
    }

    @Test func luaErrorValuesPassThroughSwiftUnchanged() throws {
        state.setGlobal("rethrow") { call in
            call.value(1).push(to: call.L)
            call.push(LuaNil())
            do {
                try call.state.pcall(nargs: 1, nresults: 0)
            } catch {
                throw error
            }
            return 0
        }
        let result = try state.run("""
            local original = setmetatable({code = 7}, {__tostring = function() return "custom" end})
            local ok, e = pcall(rethrow, function() error(original) end)
            return rawequal(e, original), e.code
            """)
        guard case .boolean(true) = result[0], case .integer(7) = result[1] else {
            Issue.record("error value changed: \(result)")
            return
        }
    }

    @Test func capturedObjectsAreReleasedWhenTheStateCloses() {
        var released = false
        do {
            let local = LuaState()
            let witness = Witness { released = true }
            local.setGlobal("f") { _ in _ = witness; return 0 }
            _ = try? local.run("f()")
            local.close()
        }
        #expect(released)
    }

    @Test func functionsCollectedByLuaReleaseTheirClosure() throws {
        var released = false
        do {
            let witness = Witness { released = true }
            state.setGlobal("f") { _ in _ = witness; return 0 }
        }
        #expect(!released)
        try state.run("f = nil; collectgarbage(); collectgarbage()")
        #expect(released)
    }
}
