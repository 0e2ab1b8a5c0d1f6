import CLua
import CLuaShim

/// Any Lua value, read from a stack. Tables, functions, userdata and threads are held by
/// reference (`LuaRef`): reading one does not copy it.
public enum LuaValue {
    case `nil`
    case boolean(Bool)
    /// A Lua integer: 64 bits, exact.
    case integer(Int64)
    /// A Lua float.
    case number(Double)
    case string(LuaString)
    case table(LuaRef)
    case function(LuaRef)
    case userdata(LuaRef)
    case lightUserdata(UnsafeMutableRawPointer?)
    case thread(LuaRef)

    /// The Lua type name (`nil`, `number`, `string`, ...).
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .userdata, .lightUserdata: "userdata"
        case .thread: "thread"
        }
    }

    /// The text of a string value (nil for other types or invalid UTF-8).
    public var text: String? { if case .string(let s) = self { s.text } else { nil } }
}

extension LuaState {
    /// Reads the value at `index` of the main thread's stack.
    public func value(at index: Int32) -> LuaValue { LuaState.value(L, at: index, state: self) }

    /// Reads the value at `index` of L's stack (L: this state's main thread or a coroutine).
    static func value(_ L: OpaquePointer, at index: Int32, state: LuaState) -> LuaValue {
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return .integer(nodeum_tointeger(L, index, nil)) }
            return .number(nodeum_tonumber(L, index, nil))
        case LUA_TSTRING: return .string(LuaString(bytes: bytes(L, at: index)))
        case LUA_TTABLE: return .table(LuaRef(state: state, L: L, index: index))
        case LUA_TFUNCTION: return .function(LuaRef(state: state, L: L, index: index))
        case LUA_TLIGHTUSERDATA: return .lightUserdata(lua_touserdata(L, index))
        case LUA_TTHREAD: return .thread(LuaRef(state: state, L: L, index: index))
        default: return .userdata(LuaRef(state: state, L: L, index: index))
        }
    }

    /// The bytes of the string (or number, converted in place as Lua does) at `index`.
    static func bytes(_ L: OpaquePointer, at index: Int32) -> [UInt8] {
        var length = 0
        guard let p = nodeum_tolstring(L, index, &length) else { return [] }
        return p.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// A Swift String from the string at `index` (invalid UTF-8 replaced); nil if not a string or number.
    public static func string(_ L: OpaquePointer, at index: Int32) -> String? {
        var length = 0
        guard let p = nodeum_tolstring(L, index, &length) else { return nil }
        return p.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
