import CLua
import CLuaShim

extension LuaCall {
    /// Pushes a new table holding the functions of `library` onto the calling thread, as
    /// `luaL_newlib` does (a loader run by `require` from a coroutine builds on its stack).
    public func pushLibrary(_ library: LuaLibrary) {
        lua_createtable(L, 0, Int32(clamping: library.count))
        for (name, function) in library {
            push(function: function)
            setRawField(name, of: -2)
        }
    }

    /// Sets `t[key]` to the value on top, popping it, where t is the table at `index`: a raw
    /// write, no metamethod runs.
    public func setRawField(_ key: String, of index: Int32) { LuaState.setRawField(L, key, of: index) }
}
