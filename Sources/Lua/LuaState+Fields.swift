import CLua
import CLuaShim

/// The type of a Lua value, as `lua_type` tells it.
public enum LuaType: Int32, Sendable {
    case none = -1, `nil` = 0, boolean, lightUserdata, number, string, table, function, userdata, thread
}

/// Reads and writes of fields and globals from Swift. Those that honour metamethods
/// (`__index`, `__newindex`) run them under `lua_pcall`: what a metamethod raises comes back
/// as a thrown `LuaError`, and no longjmp crosses a Swift frame. The raw ones run none.
extension LuaState {
    /// The type of the value at `index` (`.none` past the top).
    public func type(at index: Int32) -> LuaType { LuaType(rawValue: lua_type(L, index)) ?? .none }

    /// Pushes `t[key]`, t the table (or any indexable value) at `index`, as Lua's `t.key` does;
    /// returns its type. Throws what a metamethod raised, pushing nothing.
    @discardableResult
    public func pushField(_ key: String, of index: Int32) throws(LuaError) -> LuaType {
        let t = lua_absindex(L, index)
        key.push(to: L)
        let status = nodeum_pgettable(L, t)
        if status != LUA_OK { throw popError(status: status) }
        return type(at: -1)
    }

    /// Pops a value and stores it as `t[key]`, t at `index`, as Lua's `t.key = v` does.
    /// Throws what a metamethod raised.
    public func setField(_ key: String, of index: Int32) throws(LuaError) {
        let t = lua_absindex(L, index)
        key.push(to: L)
        nodeum_insert(L, -2)
        let status = nodeum_psettable(L, t)
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Pushes the global `name` as Lua code reading it would (through `_G`'s `__index` if it
    /// has one); returns its type. Throws what a metamethod raised, pushing nothing.
    @discardableResult
    public func pushGlobal(_ name: String) throws(LuaError) -> LuaType {
        nodeum_pushglobaltable(L)
        do {
            let type = try pushField(name, of: -1)
            nodeum_remove(L, -2)
            return type
        } catch {
            pop()
            throw error
        }
    }

    /// Pops a value into the global `name` as Lua code assigning it would (through `_G`'s
    /// `__newindex` if it has one). Throws what a metamethod raised.
    public func setGlobal(_ name: String) throws(LuaError) {
        nodeum_pushglobaltable(L)
        nodeum_insert(L, -2)
        do {
            try setField(name, of: -2)
            pop()
        } catch {
            pop()
            throw error
        }
    }

    /// Pushes the metatable registered under `name`, registering a new empty one first when
    /// there is none (`luaL_newmetatable`).
    public func pushMetatable(named name: String) {
        if nodeum_getmetatable_named(L, name) != LUA_TTABLE {
            pop()
            luaL_newmetatable(L, name)
        }
    }

    /// True when the value at `index` has the metatable registered as `name` (`luaL_testudata`'s
    /// check, for any type); no metamethod runs.
    public func hasMetatable(named name: String, at index: Int32) -> Bool {
        guard lua_getmetatable(L, index) != 0 else { return false }
        nodeum_getmetatable_named(L, name)
        defer { pop(2) }
        return lua_rawequal(L, -1, -2) != 0
    }

    /// Pops a value and stores it raw as `t[key]`, t the table at `index`: no metamethod runs
    /// (for tables Swift made, and for fields a metamethod must not see).
    public func setRawField(_ key: String, of index: Int32) { LuaState.setRawField(L, key, of: index) }

    /// `setRawField` on any thread of a state.
    static func setRawField(_ L: OpaquePointer, _ key: String, of index: Int32) {
        let t = lua_absindex(L, index)
        key.push(to: L)
        nodeum_insert(L, -2)
        lua_rawset(L, t)
    }

    /// Pushes the raw `t[key]`, t the table at `index` (no metamethod runs); returns its type.
    @discardableResult
    public func pushRawField(_ key: String, of index: Int32) -> LuaType {
        let t = lua_absindex(L, index)
        key.push(to: L)
        return LuaType(rawValue: lua_rawget(L, t)) ?? .none
    }
}
