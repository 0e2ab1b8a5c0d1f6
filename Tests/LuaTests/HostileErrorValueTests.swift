import CLua
import Testing
@testable import Lua

/// Error values whose metamethods raise, at each place an error crosses from Lua into Swift:
/// a chunk run under the message handler, a scheduler task, a coroutine inside a task, a
/// Swift function that runs Lua under `pcall` and passes its error back. Nothing crashes (no
/// longjmp crosses a Swift frame), the message describes the value, and the value itself
/// comes back unchanged where Lua keeps it.
@Suite struct HostileErrorValueTests {
    /// Lua that sets the global `hostile`: values whose `__index`, `__tostring`, or both raise,
    /// and `raise_from_close(v)`, which raises `v` from a to-be-closed variable's `__close`.
    static let prelude = """
        hostile = {
          index = setmetatable({}, {__index = function() error("from __index") end}),
          tostring = setmetatable({}, {__tostring = function() error("from __tostring") end}),
          both = setmetatable({}, {__index = function() error("from __index") end,
                                   __tostring = function() error("from __tostring") end}),
        }
        function raise_from_close(v)
          local guard <close> = setmetatable({}, {__close = function() error(v) end})
        end
        """

    /// The ways a chunk raises a hostile value: directly, and from a `__close`.
    static let raises = [
        "error(hostile.index)", "error(hostile.tostring)", "error(hostile.both)",
        "raise_from_close(hostile.index)", "raise_from_close(hostile.tostring)", "raise_from_close(hostile.both)",
    ]

    /// The hostile value a raise names (`hostile.index`, ...).
    static func raised(_ raise: String) -> String {
        String(raise.split(separator: "(")[1].dropLast())
    }

    func makeState() throws -> LuaState {
        let state = LuaState()
        try state.run(Self.prelude)
        return state
    }

    /// True when `value` is the very value the global expression `expression` names.
    func isSame(_ value: LuaRef?, as expression: String, in state: LuaState) throws -> Bool {
        guard let value else { return false }
        state.setGlobal("__got", value)
        guard case .boolean(let same) = try state.run("return rawequal(__got, \(expression))").first else { return false }
        return same
    }

    @Test("a task's hostile error value is described by its type, kept, and given a traceback", arguments: raises)
    func raisedFromATask(raise: String) throws {
        let state = try makeState()
        try state.load(raise, chunkName: "=task")
        do {
            try state.callAsTask()
            Issue.record("no error")
        } catch {
            #expect(error.message == "(error object is a table value)")
            #expect(error.traceback?.hasPrefix("(error object is a table value)\nstack traceback:") == true)
            #expect(try isSame(error.value, as: Self.raised(raise), in: state))
        }
        #expect(try state.run("return 1 + 1").first.map(describe) == "integer 2")
    }

    @Test("a hostile error value from a coroutine inside a task comes back as the task's error", arguments: raises)
    func raisedFromACoroutineInATask(raise: String) throws {
        let state = try makeState()
        try state.load("coroutine.wrap(function() \(raise) end)()", chunkName: "=task")
        try expectDescribed(raise, runningTaskIn: state)
    }

    @Test("a hostile error value of a task nobody waited for is reported, not run", arguments: raises)
    func raisedFromASpawnedTask(raise: String) throws {
        let state = try makeState()
        try state.load(raise, chunkName: "=spawned")
        state.tasks.spawn()
        try state.load("return 1", chunkName: "=main")
        try expectDescribed(raise, runningTaskIn: state)
    }

    /// Runs the chunk on top as a task and expects the hostile value `raise` names, described.
    func expectDescribed(_ raise: String, runningTaskIn state: LuaState) throws {
        do {
            try state.callAsTask()
            Issue.record("no error")
        } catch {
            #expect(error.message == "(error object is a table value)")
            #expect(try isSame(error.value, as: Self.raised(raise), in: state))
        }
    }

    @Test("under the message handler, a raising __index is never run and the value is kept", arguments: [
        "error(hostile.index)", "raise_from_close(hostile.index)",
    ])
    func raisedUnderTheMessageHandler(raise: String) throws {
        let state = try makeState()
        do {
            try state.run(raise, chunkName: "=chunk")
            Issue.record("no error")
        } catch {
            #expect(error.message == "(error object is a table value)")
            #expect(error.traceback?.hasPrefix("(error object is a table value)\nstack traceback:") == true)
            #expect(try isSame(error.value, as: Self.raised(raise), in: state))
        }
    }

    @Test("under the message handler, a raising __tostring becomes the error, as in lua.c", arguments: [
        "error(hostile.tostring)", "error(hostile.both)", "raise_from_close(hostile.both)",
    ])
    func raisingToStringUnderTheMessageHandler(raise: String) throws {
        let state = try makeState()
        do {
            try state.run(raise, chunkName: "=chunk")
            Issue.record("no error")
        } catch {
            #expect(error.message.hasPrefix("(load):") && error.message.hasSuffix(": from __tostring"))
            #expect(error.value.map(\.typeName) == "string")
        }
    }

    @Test("a Swift function that runs Lua under pcall passes a hostile error back unchanged", arguments: [
        "error(hostile.index)", "raise_from_close(hostile.index)",
    ])
    func raisedThroughAProtectedSwiftFunction(raise: String) throws {
        let state = try makeState()
        // call_back(f): calls f under LuaState.pcall, so the error reaches Swift, then rethrows it.
        state.setGlobal("call_back") { call in
            lua_pushvalue(call.L, 1)
            try call.state.pcall(nargs: 0, nresults: 0)
            return 0
        }
        let result = try state.run("""
            local ok, e = pcall(call_back, function() \(raise) end)
            return ok, rawequal(e, \(Self.raised(raise)))
            """)
        #expect(result.map(describe) == ["boolean false", "boolean true"])
    }

    @Test("reading fields and globals from Swift runs metamethods protected")
    func protectedFieldAccess() throws {
        let state = try makeState()
        try state.run("setmetatable(_G, {__index = function(_, k) error('no global ' .. k) end, __newindex = function(_, k) error('cannot set ' .. k) end})")
        let top = state.top
        #expect(throws: LuaError.self) { try state.pushGlobal("undefined") }
        state.push(1)
        #expect(throws: LuaError.self) { try state.setGlobal("x") }
        #expect(state.top == top)
        do {
            try state.pushGlobal("missing")
            Issue.record("no error")
        } catch {
            #expect(error.message == "(load):1: no global missing")
        }
        #expect(try state.pushGlobal("hostile") == .table)
        #expect(try state.pushField("index", of: -1) == .table)
        do {
            try state.pushField("x", of: -1)
            Issue.record("no error")
        } catch {
            #expect(error.message == "(load):2: from __index")
        }
        #expect(state.top == top + 2)
        state.pop(2)
        state.setGlobal("raw", 5)
        #expect(describe(state.global("raw")) == "integer 5")
    }
}
