import CLua
import CLuaShim

extension LuaState {
    /// Compiles a chunk and pushes it as a function. `chunkName` follows Lua's convention:
    /// `=name` as is, `@file` for files.
    public func load(_ code: some Collection<UInt8>, chunkName: String) throws(LuaError) {
        let status = Array(code).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { nodeum_loadbuffer(L, $0.baseAddress, $0.count, chunkName) }
        }
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Compiles a chunk of text and pushes it as a function.
    public func load(_ code: String, chunkName: String = "=(load)") throws(LuaError) {
        try load(Array(code.utf8), chunkName: chunkName)
    }

    /// Compiles a file (nil: standard input) and pushes it as a function; a first line
    /// starting with `#` is skipped, as `luaL_loadfile` does.
    public func loadFile(_ path: String?) throws(LuaError) {
        let status = luaL_loadfilex(L, path, nil)
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Calls the function below `nargs` arguments on top of the stack, under a message
    /// handler that adds a traceback. Leaves `nresults` results (or all, with LUA_MULTRET).
    public func pcall(nargs: Int32 = 0, nresults: Int32 = LUA_MULTRET) throws(LuaError) {
        let base = lua_gettop(L) - nargs
        lua_pushcclosure(L, nodeum_msghandler, 0)
        nodeum_insert(L, base)
        let status = nodeum_pcall(L, nargs, nresults, base)
        nodeum_remove(L, base)
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Runs a chunk of text and returns its results.
    @discardableResult
    public func run(_ code: String, chunkName: String = "=(load)") throws(LuaError) -> [LuaValue] {
        let base = lua_gettop(L)
        try load(code, chunkName: chunkName)
        try pcall()
        return popValues(from: base)
    }

    /// Pops the values above `base` and returns them in order.
    public func popValues(from base: Int32) -> [LuaValue] {
        let top = lua_gettop(L)
        guard top > base else { return [] }
        let values = (base + 1...top).map { value(at: $0) }
        lua_settop(L, base)
        return values
    }

    /// Pops the error on top of the stack (raw, or the message handler's table) as a LuaError.
    func popError(status: Int32) -> LuaError {
        defer { pop() }
        return LuaState.error(L, at: -1, status: status, state: self)
    }

    /// Reads the error at `index` of L: a plain error value, or the message handler's table.
    /// Runs no metamethod unprotected: the handler's table is read raw, and an error value's
    /// `__tostring` runs under `lua_pcall` (when it fails, the value is described by its type).
    static func error(_ L: OpaquePointer, at index: Int32, status: Int32, state: LuaState) -> LuaError {
        let index = lua_absindex(L, index)
        var kind = LuaError.Kind(status: status)
        if lua_type(L, index) == LUA_TTABLE, rawField(L, index, "message") == LUA_TSTRING {
            let message = string(L, at: -1) ?? ""
            rawField(L, index, "traceback")
            let traceback = string(L, at: -1)
            rawField(L, index, "error")
            let value = LuaRef(state: state, L: L, index: -1)
            nodeum_pop(L, 3)
            if message.hasSuffix("interrupted!") && state.isInterrupted { kind = .interrupted }
            return LuaError(message, kind: kind, traceback: traceback, value: value)
        } else if lua_type(L, index) == LUA_TTABLE {
            nodeum_pop(L, 1)
        }
        let message = describe(L, at: index)
        if message.hasSuffix("interrupted!") && state.isInterrupted { kind = .interrupted }
        return LuaError(message, kind: kind, value: LuaRef(state: state, L: L, index: index))
    }

    /// An error value as lua.c's message handler words it: a string or number as it is, else
    /// what its `__tostring` answers (run protected, on L), else "(error object is a T value)".
    static func describe(_ L: OpaquePointer, at index: Int32) -> String {
        let index = lua_absindex(L, index)
        if lua_type(L, index) == LUA_TSTRING || lua_type(L, index) == LUA_TNUMBER {
            return string(L, at: index) ?? ""
        }
        if nodeum_tostring_meta(L, index) != 0 {
            defer { nodeum_pop(L, 1) }
            return string(L, at: -1) ?? ""
        }
        return "(error object is a \(String(cString: nodeum_typename(L, index))) value)"
    }

    /// Pushes the raw `t[key]` of the table at `index` of L; returns its type.
    @discardableResult
    private static func rawField(_ L: OpaquePointer, _ index: Int32, _ key: String) -> Int32 {
        key.push(to: L)
        return lua_rawget(L, index)
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
