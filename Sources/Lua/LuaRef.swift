import CLua
import CLuaShim

/// A Lua value held in the registry so that Swift can keep it across calls. Released
/// (`luaL_unref`) when the last Swift reference goes, if the state is still open.
/// Use on the Lua thread only.
public final class LuaRef {
    /// The registry slot.
    public let ref: Int32
    private weak var state: LuaState?

    /// Pops the value on top of the state's stack into the registry.
    public init(popping state: LuaState) {
        self.state = state
        self.ref = luaL_ref(state.L, nodeum_registryindex())
    }

    /// References the value at `index` of L, a thread of `state` (it stays on the stack).
    init(state: LuaState, L: OpaquePointer, index: Int32) {
        self.state = state
        lua_pushvalue(L, index)
        self.ref = luaL_ref(L, nodeum_registryindex())
    }

    deinit {
        if let state, state.isOpen { luaL_unref(state.L, nodeum_registryindex(), ref) }
    }

    /// Pushes the value onto L (the state's main thread or one of its coroutines).
    public func push(to L: OpaquePointer) {
        lua_rawgeti(L, nodeum_registryindex(), lua_Integer(ref))
    }

    /// The value's Lua type name.
    public var typeName: String {
        guard let state, state.isOpen else { return "no value" }
        push(to: state.L)
        defer { state.pop() }
        return String(cString: nodeum_typename(state.L, -1))
    }
}
