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
    public func setRawField(_ key: String, of index: Int32) {
        let t = lua_absindex(L, index)
        key.push(to: L)
        nodeum_insert(L, -2)
        lua_rawset(L, t)
    }
}

/// What a chunk given to `LuaState.load(_:_:chunkName:mode:)` may be.
public enum LuaChunkMode: String, Sendable {
    case text = "t"
    case binary = "b"
}

extension LuaState {
    /// Compiles a chunk onto L (any thread of the state) and pushes it as a function: Lua
    /// text, or bytecode `luac` or `string.dump` made (refused unless `mode` says binary).
    /// Throws the compiler's message, leaving nothing pushed.
    public static func load(_ L: OpaquePointer, _ code: UnsafeRawBufferPointer, chunkName: String, mode: LuaChunkMode) throws(LuaError) {
        let status = luaL_loadbufferx(L, code.baseAddress?.assumingMemoryBound(to: CChar.self), code.count, chunkName, mode.rawValue)
        guard status != LUA_OK else { return }
        let message = string(L, at: -1) ?? "cannot load \(chunkName)"
        nodeum_pop(L, 1)
        throw LuaError(message)
    }

    /// "Lua 5.4.4": the release of the Lua this program runs (`LUA_RELEASE`).
    public static let release = copyright.split(separator: " ").prefix(2).joined(separator: " ")
}
