import CLua
import CLuaShim
import Lua

/// The Swift half of `nodeum.spawn/wait/all/sleep`: tasks of the state's scheduler.
enum TaskFunctions {
    /// Sets `spawn`, `join`, `outcome`, `forget`, `finished` and `sleep` in the table at `index`.
    static func install(into state: LuaState, table index: Int32) {
        let L = state.L
        let t = lua_absindex(L, index)
        func set(_ name: String, _ function: @escaping LuaFunction) {
            state.push(function)
            lua_setfield(L, t, name)
        }
        // spawn(fn, ...) → task id
        set("spawn") { call in
            guard lua_type(call.L, 1) == LUA_TFUNCTION else { throw call.typeError(1, expected: "function") }
            let id = call.state.tasks.spawn(from: call.L, nargs: call.count - 1)
            call.push(id)
            return 1
        }
        // join(id, ...) → nothing, once every task has ended
        set("join") { call in
            let ids = try (1...max(1, call.count)).map { Int(try call.integer($0)) }
            return try call.state.tasks.join(ids, in: call)
        }
        // outcome(id) → the task's results, or raises its error
        set("outcome") { call in
            try call.state.tasks.pushOutcome(of: Int(try call.integer(1)), to: call.L)
        }
        set("finished") { call in
            call.push(call.state.tasks.isFinished(Int(try call.integer(1))))
            return 1
        }
        set("forget") { call in
            call.state.tasks.forget(Int(try call.integer(1)))
            return 0
        }
        set("sleep") { call in
            let seconds = try call.number(1)
            guard seconds >= 0, seconds.isFinite else { throw LuaArgumentError(1, "seconds must be a finite number >= 0") }
            return try call.await({ try await Task.sleep(for: .seconds(seconds)) }, then: { _, _ in 0 })
        }
    }
}
