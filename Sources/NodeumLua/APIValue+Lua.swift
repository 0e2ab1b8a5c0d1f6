import CLua
import CLuaShim
import Lua
import NodeumClient

/// API values ↔ Lua, by the bridge's JSON rules (`LuaState+JSON.swift`): objects become
/// tables without their `null` members, arrays sequences marked as arrays (a `null` element
/// is `json.null`), integers exact.
extension APIValue {
    /// Pushes the value onto L (nil for a top-level null).
    func push(to L: OpaquePointer, depth: Int = 0) throws(JSONConversionError) {
        guard depth <= LuaState.maxJSONDepth else {
            throw JSONConversionError("JSON nested deeper than \(LuaState.maxJSONDepth) levels")
        }
        switch self {
        case .null: depth == 0 ? lua_pushnil(L) : lua_pushlightuserdata(L, LuaState.jsonNull)
        case .bool(let b): lua_pushboolean(L, b ? 1 : 0)
        case .int(let i): lua_pushinteger(L, i)
        case .double(let d): lua_pushnumber(L, d)
        case .string(let s): s.push(to: L)
        case .array(let elements):
            guard lua_checkstack(L, 4) != 0 else { throw JSONConversionError("JSON nested too deeply for the Lua stack") }
            lua_createtable(L, Int32(clamping: elements.count), 0)
            for (i, element) in elements.enumerated() {
                try element.push(to: L, depth: depth + 1)
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
            LuaState.pushArrayMetatable(L)
            lua_setmetatable(L, -2)
        case .object(let object):
            guard lua_checkstack(L, 4) != 0 else { throw JSONConversionError("JSON nested too deeply for the Lua stack") }
            lua_createtable(L, 0, Int32(clamping: object.count))
            for member in object where member.value != .null {
                member.key.push(to: L)
                try member.value.push(to: L, depth: depth + 1)
                lua_rawset(L, -3)
            }
        }
    }

    /// The API value of the Lua value at `index` of L.
    static func read(_ L: OpaquePointer, at index: Int32) throws(JSONConversionError) -> APIValue {
        APIValue(try LuaState.json(L, at: index))
    }

    /// Converts a bridge JSON value.
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(APIValue.init))
        case .object(let o): self = .object(APIObject(o.sorted { $0.key < $1.key }.map { ($0.key, APIValue($0.value)) }))
        }
    }
}
