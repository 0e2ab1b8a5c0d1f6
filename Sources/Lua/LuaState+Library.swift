import CLua
import CLuaShim

/// A library of Swift functions, name → function in the order given: the one way functions
/// are registered, as the auxiliary library's `luaL_Reg` arrays are (`["get": get, ...]`).
public typealias LuaLibrary = KeyValuePairs<String, LuaFunction>

extension LuaState {
    /// Sets each function of `library` in the table at `index`, under its name (raw writes:
    /// the table is the library's own), as `luaL_setfuncs` does.
    public func register(_ library: LuaLibrary, in index: Int32) {
        let t = lua_absindex(L, index)
        for (name, function) in library {
            push(function)
            setRawField(name, of: t)
        }
    }

    /// Pushes a new table holding the functions of `library`, as `luaL_newlib` does.
    public func pushLibrary(_ library: LuaLibrary) {
        lua_createtable(L, 0, Int32(clamping: library.count))
        register(library, in: -1)
    }
}
