import CLua
import CLuaShim
import Synchronization

extension LuaCall {
    /// Runs an asynchronous operation for this call. Inside a scheduler task (or a
    /// coroutine nested in one that can pass a yield on) the calling coroutine is suspended
    /// while it runs, so other tasks go on; elsewhere — the main thread, or inside a C
    /// function such as `table.sort`'s comparator — the Lua thread waits for it instead.
    /// `push` then pushes the results (on whichever thread resumes) and returns their count.
    /// Return this function's result from the Swift function.
    public func await<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        then push: @escaping (LuaCall, T) throws -> Int32
    ) throws -> Int32 {
        let state = self.state
        if nodeum_can_suspend(L) != 0, let scheduler = state.scheduler, scheduler.currentTask != nil {
            let started = scheduler.start({ try await operation() }) { T, result in
                let base = lua_gettop(T)
                do {
                    let value = try result.get() as! T
                    lua_pushboolean(T, 1)
                    return try push(LuaCall(L: T, state: state), value) + 1
                } catch {
                    lua_settop(T, base)
                    lua_pushboolean(T, 0)
                    LuaCall.pushError(error, on: T)
                    return 2
                }
            }
            if started {
                lua_pushlightuserdata(L, nodeum_suspend_marker())
                return NODEUM_SUSPEND
            }
        }
        return try push(self, try block(on: operation))
    }

    /// Waits on the Lua thread for an operation; an interrupt cancels it.
    private func block<T: Sendable>(on operation: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let wake = state.interrupter
        let job = LuaTaskExecutor.start(operation, wake: wake) { result in outcome.withLock { $0 = result } }
        while true {
            if let result = outcome.withLock({ $0 }) { return try result.get() }
            if state.isInterrupted {
                job.cancel()
                throw LuaError("interrupted!", kind: .interrupted)
            }
            _ = nodeum_wait_wakeup(state.L, 1.0)
        }
    }

    /// Pushes an error as the Lua value it stands for (see `LuaFunction`).
    static func pushError(_ error: any Error, on L: OpaquePointer) {
        switch error {
        case let argument as LuaArgumentError: argument.description.push(to: L)
        case let lua as LuaError:
            if let value = lua.value { value.push(to: L) } else { lua.message.push(to: L) }
        case let pushable as LuaPushable: pushable.push(to: L)
        default: String(describing: error).push(to: L)
        }
    }
}
