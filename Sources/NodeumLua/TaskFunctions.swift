import Lua

/// The Swift half of `nodeum.spawn/wait/all/sleep`: tasks of the state's scheduler.
enum TaskFunctions {
    /// `spawn`, `join`, `outcome`, `finished`, `forget` and `sleep`, for the core's table.
    static var functions: LuaLibrary { [
        // spawn(fn, ...) → task id
        "spawn": { call in
            guard call.type(1) == .function else { throw call.typeError(1, expected: "function") }
            let id = call.state.tasks.spawn(from: call.L, nargs: call.count - 1)
            call.push(id)
            return 1
        },
        // join(id, ...) → nothing, once every task has ended
        "join": { call in
            let ids = try (1...max(1, call.count)).map { Int(try call.integer($0)) }
            return try call.state.tasks.join(ids, in: call)
        },
        // outcome(id) → the task's results, or raises its error
        "outcome": { call in
            try call.state.tasks.pushOutcome(of: Int(try call.integer(1)), to: call.L)
        },
        "finished": { call in
            call.push(call.state.tasks.isFinished(Int(try call.integer(1))))
            return 1
        },
        "forget": { call in
            call.state.tasks.forget(Int(try call.integer(1)))
            return 0
        },
        "sleep": { call in
            let seconds = try call.number(1)
            guard seconds >= 0, seconds.isFinite else { throw LuaArgumentError(1, "seconds must be a finite number >= 0") }
            return try call.await({ try await Task.sleep(for: .seconds(seconds)) }, then: { _, _ in 0 })
        },
    ] }
}
