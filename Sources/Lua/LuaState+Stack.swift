import CLua
import CLuaShim

/// The main thread's stack, for hosts that lay out calls themselves (the shell's runner and
/// REPL): moves, copies, tables by position, and the library and collector switches lua.c
/// uses. None of these runs a metamethod.
extension LuaState {
    /// The string (or number, converted in place as Lua does) at `index` as text, invalid
    /// UTF-8 replaced; nil for other types.
    public func string(at index: Int32) -> String? { LuaState.string(L, at: index) }

    /// Pushes the globals table.
    public func pushGlobalTable() { nodeum_pushglobaltable(L) }

    /// Pushes a copy of the value at `index`.
    public func pushValue(at index: Int32) { lua_pushvalue(L, index) }

    /// Moves the top value to `index`, shifting those above it up.
    public func insert(at index: Int32) { nodeum_insert(L, index) }

    /// Removes the value at `index`, shifting those above it down.
    public func remove(at index: Int32) { nodeum_remove(L, index) }

    /// Makes room for `n` more values; false when the stack cannot grow that far.
    public func checkStack(_ n: Int32) -> Bool { lua_checkstack(L, n) != 0 }

    /// Pushes a new empty table, with room for `arrayCount` items and `fieldCount` fields.
    public func newTable(arrayCount: Int32 = 0, fieldCount: Int32 = 0) { lua_createtable(L, arrayCount, fieldCount) }

    /// The raw length (`#` without `__len`) of the value at `index`.
    public func rawLength(at index: Int32) -> Int { Int(truncatingIfNeeded: lua_rawlen(L, index)) }

    /// Pushes the raw `t[i]`, t the table at `index`; returns its type.
    @discardableResult
    public func pushRawItem(_ i: Int64, of index: Int32) -> LuaType { LuaType(rawValue: lua_rawgeti(L, index, i)) ?? .none }

    /// Pops a value into the raw `t[i]`, t the table at `index`.
    public func setRawItem(_ i: Int64, of index: Int32) { lua_rawseti(L, index, i) }

    /// Pops a value into the first upvalue of the function at `index`: a main chunk's `_ENV`.
    /// False (nothing popped) when the function has no upvalue.
    public func setChunkEnvironment(ofFunctionAt index: Int32) -> Bool { lua_setupvalue(L, index, 1) != nil }

    /// Opens the standard libraries, with the coroutine bridge that lets Swift calls suspend
    /// through user coroutines (as `init(openLibraries: true)` does).
    public func openStandardLibraries() {
        luaL_openlibs(L)
        nodeum_open_coroutine_bridge(L)
    }

    /// Switches the collector to generational mode, as lua.c does.
    public func useGenerationalCollector() { nodeum_gc_generational(L) }

    /// Emits a warning (or a control message, "@on"/"@off"), as `warn` does.
    public func warn(_ message: String) { lua_warning(L, message, 0) }

    /// The interpreter's banner (`LUA_COPYRIGHT`: "Lua 5.4.4  Copyright (C) ...").
    public static var copyright: String { String(cString: nodeum_lua_copyright()) }
}
