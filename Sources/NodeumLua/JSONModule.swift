import CLua
import CLuaShim
import Lua
import NodeumClient

/// The `json` Lua module (`local json = require "json"`): JSON text ↔ Lua values, by the
/// bridge's rules (written at the top of `Sources/Lua/LuaState+JSON.swift`: arrays and
/// objects, `null`, exact 64-bit integers, refusals, cycles, the depth limit).
///
/// - `json.encode(value [, opts])` → the JSON text. Object keys are always written sorted
///   by byte order, so one table always gives one text. `opts.pretty` (boolean) spreads
///   the text over lines, one item per line, indented two spaces, `"key": value`;
///   `opts.indent` (integer, 0 to 16) sets the spaces and implies `pretty`;
///   `opts.sort_keys` may only be `true` (keys are sorted anyway). No trailing newline.
/// - `json.decode(text)` → the value; a top-level `null` gives nil. Errors read
///   `json.decode: invalid JSON at byte N: <what>`, N counting from 1 as `string.sub` does.
///   Text that is not UTF-8 is refused, never patched.
/// - `json.null`: the `null` sentinel, the light userdata that is also `nodeum.null`.
/// - `json.array([t])`, `json.object([t])`: t (or a new table) marked so that it encodes
///   as an array or as an object whatever its keys (`{}` encodes as `{}` otherwise).
///
/// Errors are raised as `error(message, 2)` does: they blame the caller's line, and
/// `pcall` returns the message. Bad arguments read as the auxiliary library's.
public enum JSONModule {
    /// Registers `package.preload["json"]` (so `require "json"` returns the module table).
    /// Cheap: the module table is made only when required.
    public static func install(into state: LuaState) throws(LuaError) {
        try state.load("package.preload.json = ...", chunkName: "=(json)")
        state.push { call in pushModule(call) }
        try state.pcall(nargs: 1, nresults: 0)
    }

    /// The registry name of the metatable that `json.object` sets.
    public static let objectMetatableName = "nodeum.json.object"

    /// The loader: builds the module table.
    private static func pushModule(_ call: LuaCall) -> Int32 {
        let L = call.L
        lua_createtable(L, 0, 5)
        call.push(function: encode)
        lua_setfield(L, -2, "encode")
        call.push(function: decode)
        lua_setfield(L, -2, "decode")
        lua_pushlightuserdata(L, LuaState.jsonNull)
        lua_setfield(L, -2, "null")
        call.push(function: { call in try mark(call, object: false) })
        lua_setfield(L, -2, "array")
        call.push(function: { call in try mark(call, object: true) })
        lua_setfield(L, -2, "object")
        return 1
    }

    /// `json.encode(value [, opts])`.
    static func encode(_ call: LuaCall) throws -> Int32 {
        guard call.count >= 1 else { throw LuaArgumentError(1, "value expected") }
        let layout = try EncodeLayout(call, at: 2)
        let value: APIValue
        do {
            value = try APIValue.read(call.L, at: 1)
        } catch {
            throw failure(call, "json.encode: \(error.description)")
        }
        var writer = JSONTextWriter(indent: layout.indent)
        writer.write(value)
        call.push(LuaString(bytes: writer.bytes))
        return 1
    }

    /// `json.decode(text)`: the string's bytes are decoded where Lua holds them, straight into
    /// tables (the decoder API answers go through too).
    static func decode(_ call: LuaCall) throws -> Int32 {
        guard let text = call.bytesIfString(1) else { throw call.typeError(1, expected: "string") }
        do {
            try LuaState.pushJSON(call.L, text: text, strictUTF8: true)
        } catch {
            throw failure(call, "json.decode: \(error.description)")
        }
        return 1
    }

    /// `json.array([t])` and `json.object([t])`. A table with a metatable of its own is
    /// refused rather than stripped of it; one marked either way may be re-marked.
    private static func mark(_ call: LuaCall, object: Bool) throws -> Int32 {
        let L = call.L
        if call.isNoneOrNil(1) {
            lua_settop(L, 0)
            nodeum_newtable(L)
        } else {
            try call.checkTable(1)
            lua_settop(L, 1)
        }
        if lua_getmetatable(L, 1) != 0 {
            pushObjectMetatable(L)
            LuaState.pushArrayMetatable(L)
            let isMarker = lua_rawequal(L, -3, -2) != 0 || lua_rawequal(L, -3, -1) != 0
            nodeum_pop(L, 3)
            guard isMarker else { throw LuaArgumentError(1, "table has a metatable of its own") }
        }
        if object { pushObjectMetatable(L) } else { LuaState.pushArrayMetatable(L) }
        lua_setmetatable(L, 1)
        return 1
    }

    /// Pushes the shared metatable marking objects (`__jsontype = "object"`), made on first use.
    static func pushObjectMetatable(_ L: OpaquePointer) {
        if luaL_newmetatable(L, objectMetatableName) != 0 {
            "object".push(to: L)
            lua_setfield(L, -2, "__jsontype")
        }
    }

    /// An error blaming the line that called the function, as `error(message, 2)` does.
    static func failure(_ call: LuaCall, _ message: String) -> LuaError {
        luaL_where(call.L, 1)
        let place = LuaState.string(call.L, at: -1) ?? ""
        nodeum_pop(call.L, 1)
        return LuaError(place + message)
    }
}
