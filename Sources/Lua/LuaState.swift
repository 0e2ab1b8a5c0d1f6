import CLua
import CLuaShim

/// One Lua interpreter: owns a `lua_State`, which it closes deterministically (`close()` or
/// deinit). Not thread-safe: use it on one thread only (interrupts aside).
public final class LuaState {
    /// The main thread's raw state. Valid until `close()`.
    public let L: OpaquePointer
    /// False once closed.
    public private(set) var isOpen = true
    /// Objects the state keeps alive while it is open (libraries' Swift halves).
    var retained: [AnyObject] = []
    /// The scheduler, once made (see `tasks`).
    var scheduler: LuaScheduler?
    private var limit: Int?

    /// Creates a state, with the standard libraries open unless `openLibraries` is false.
    /// `ignoreEnvironment` makes `package` ignore `LUA_PATH`/`LUA_CPATH` (`lua -E`).
    public init(openLibraries: Bool = true, ignoreEnvironment: Bool = false) {
        SwiftFunctionBox.installHooks()
        guard let L = nodeum_newstate() else { fatalError("cannot create a Lua state: out of memory") }
        self.L = L
        if ignoreEnvironment {
            lua_pushboolean(L, 1)
            lua_setfield(L, nodeum_registryindex(), "LUA_NOENV")
        }
        if openLibraries {
            luaL_openlibs(L)
            nodeum_open_coroutine_bridge(L)
        }
    }

    deinit { close() }

    /// Closes the state: runs pending finalizers and releases every Swift closure it held.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        scheduler = nil
        nodeum_close(L)
        retained.removeAll()
    }

    /// A cap on the state's memory in bytes (nil: none). Past it, allocations fail with
    /// Lua's "not enough memory" error.
    public var memoryLimit: Int? {
        get { limit }
        set {
            limit = newValue
            nodeum_set_memory_limit(L, newValue.map { max(0, $0) } ?? 0)
        }
    }

    /// The bytes the state holds now.
    public var memoryUsed: Int { Int(nodeum_memory_used(L)) }

    /// The stack's height.
    public var top: Int32 {
        get { lua_gettop(L) }
        set { lua_settop(L, newValue) }
    }

    /// Pops n values.
    public func pop(_ n: Int32 = 1) { nodeum_pop(L, n) }

    /// Keeps `object` alive as long as the state is open.
    public func retain(_ object: AnyObject) { retained.append(object) }
}

// MARK: - Interrupts

extension LuaState {
    /// Makes SIGINT interrupt this state's running code with "interrupted!", as in lua.c.
    /// Call it on the thread that runs Lua.
    public func catchInterrupts() { _ = nodeum_catch_sigint(L) }

    /// Restores SIGINT's previous action.
    public func releaseInterrupts() { nodeum_release_sigint() }

    /// Stops the running Lua code with "interrupted!" (any thread; from another thread,
    /// requires `catchInterrupts()` to have been called on the Lua thread).
    public func interrupt() { nodeum_request_interrupt(L) }

    /// The status `os.exit(status, true)` asked for from inside a coroutine, once it has
    /// unwound to the host: stop, close the state, exit with it.
    public var exitRequested: Int32? {
        var status: Int32 = 0
        return nodeum_exit_requested(L, &status) != 0 ? status : nil
    }

    /// True while an interrupt is pending.
    public var isInterrupted: Bool { nodeum_interrupt_pending(L) != 0 }

    /// Forgets a pending interrupt (before running the next chunk).
    public func clearInterrupt() { nodeum_clear_interrupt(L) }

    /// A handle other threads may use to interrupt this state.
    public var interrupter: LuaInterrupter { LuaInterrupter(L) }
}

/// Interrupts a state from any thread.
public struct LuaInterrupter: @unchecked Sendable {
    private let L: OpaquePointer
    init(_ L: OpaquePointer) { self.L = L }
    /// Stops the running Lua code with "interrupted!".
    public func interrupt() { nodeum_request_interrupt(L) }
    /// Wakes the state's scheduler if it is waiting.
    public func wakeUp() { nodeum_wakeup(L) }
}
