import CLua
import CLuaShim

/// A Swift value that can be pushed onto a Lua stack.
///
/// Conforming: `Bool`, the integer types (as exact Lua integers; `UInt64` above
/// `Int64.max` is refused by a trap rather than rounded, so it is left out), `Double`,
/// `Float`, `String`, `LuaString` (bytes), `LuaValue`, `LuaRef`, `LuaNil`,
/// optionals (nil → nil), arrays (→ sequences) and string-keyed dictionaries (→ tables).
/// Left out on purpose: `Character` and `Substring` (convert to String first, so the
/// copy is explicit) and class instances (wrap them as userdata through a library).
public protocol LuaPushable {
    /// Pushes exactly one value onto L.
    func push(to L: OpaquePointer)
}

/// Lua's nil, as a pushable value.
public struct LuaNil: LuaPushable, Sendable {
    public init() {}
    public func push(to L: OpaquePointer) { lua_pushnil(L) }
}

extension Bool: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushboolean(L, self ? 1 : 0) }
}
extension Int: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushinteger(L, lua_Integer(self)) }
}
extension Int64: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushinteger(L, self) }
}
extension Int32: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushinteger(L, lua_Integer(self)) }
}
extension UInt32: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushinteger(L, lua_Integer(self)) }
}
extension Double: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushnumber(L, self) }
}
extension Float: LuaPushable {
    public func push(to L: OpaquePointer) { lua_pushnumber(L, Double(self)) }
}
extension String: LuaPushable {
    public func push(to L: OpaquePointer) {
        var copy = self
        copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }
}
extension LuaString: LuaPushable {
    public func push(to L: OpaquePointer) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }
}
extension LuaRef: LuaPushable {}
extension LuaValue: LuaPushable {
    public func push(to L: OpaquePointer) {
        switch self {
        case .nil: lua_pushnil(L)
        case .boolean(let b): b.push(to: L)
        case .integer(let i): lua_pushinteger(L, i)
        case .number(let d): lua_pushnumber(L, d)
        case .string(let s): s.push(to: L)
        case .table(let r), .function(let r), .userdata(let r), .thread(let r): r.push(to: L)
        case .lightUserdata(let p): lua_pushlightuserdata(L, p)
        }
    }
}
extension Optional: LuaPushable where Wrapped: LuaPushable {
    public func push(to L: OpaquePointer) {
        if let value = self { value.push(to: L) } else { lua_pushnil(L) }
    }
}
extension Array: LuaPushable where Element: LuaPushable {
    public func push(to L: OpaquePointer) {
        luaL_checkstack(L, 3, "too many nested values")
        lua_createtable(L, Int32(clamping: count), 0)
        for (i, element) in enumerated() {
            element.push(to: L)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
    }
}
extension Dictionary: LuaPushable where Key == String, Value: LuaPushable {
    public func push(to L: OpaquePointer) {
        luaL_checkstack(L, 3, "too many nested values")
        lua_createtable(L, 0, Int32(clamping: count))
        for (key, value) in self {
            key.push(to: L)
            value.push(to: L)
            lua_rawset(L, -3)
        }
    }
}

extension LuaState {
    /// Pushes a value onto the main thread's stack.
    public func push(_ value: some LuaPushable) { value.push(to: L) }

    /// Pushes a Swift function (see `LuaFunction`).
    public func push(_ function: @escaping LuaFunction) {
        SwiftFunctionBox.push(function, state: self, to: L)
    }

    /// Sets the global `name` to a value (a raw write of the globals table: no metamethod runs).
    public func setGlobal(_ name: String, _ value: some LuaPushable) {
        nodeum_pushglobaltable(L)
        value.push(to: L)
        setRawField(name, of: -2)
        pop()
    }

    /// Sets the global `name` to a Swift function (a raw write, as `setGlobal(_:_:)`).
    public func setGlobal(_ name: String, function: @escaping LuaFunction) {
        nodeum_pushglobaltable(L)
        push(function)
        setRawField(name, of: -2)
        pop()
    }

    /// Reads the global `name` (a raw read of the globals table: no metamethod runs).
    public func global(_ name: String) -> LuaValue {
        nodeum_pushglobaltable(L)
        name.push(to: L)
        lua_rawget(L, -2)
        defer { pop(2) }
        return value(at: -1)
    }
}
