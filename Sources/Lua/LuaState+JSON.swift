import CLua
import CLuaShim

/// JSON ↔ Lua, by these rules (the same ones the `json` module of the stdlib follows):
///
/// JSON → Lua
/// - objects become tables with string keys; a member whose value is `null` is left out
///   (so `rec.field == nil` reads naturally);
/// - arrays become sequences and get the shared *array* metatable (`LuaState.arrayMetatableName`),
///   so an empty array stays an array when encoded again; a `null` element becomes the
///   `null` sentinel (a light userdata, `json.null`) so that positions are kept;
/// - integers become Lua integers (64-bit, exact), other numbers floats; `null` at the
///   top becomes nil.
///
/// Lua → JSON
/// - nil and the `null` sentinel become `null`; booleans, integers, floats and strings map
///   directly; NaN and ±infinity are refused, and so are strings that are not UTF-8;
/// - a table with the array metatable (or `__jsontype = "array"` in its metatable) is an
///   array; one with `__jsontype = "object"` is an object; otherwise a table whose keys
///   are exactly 1…n (n ≥ 1) is an array, and any other table — the empty one included —
///   is an object, whose integer keys are written as decimal strings (a table holding both
///   `1` and `"1"`, which would give one key twice, is refused);
///   keys of other types, functions, userdata and threads are refused;
/// - a table that contains itself is refused, and so is nesting deeper than `maxDepth`
///   (in both directions), with a clear error instead of a C stack overflow.
extension LuaState {
    /// The registry name of the metatable marking arrays.
    public static let arrayMetatableName = "nodeum.json.array"

    /// How deep JSON may nest, in either direction.
    public static let maxJSONDepth = 200

    /// The light userdata standing for JSON `null`.
    public static var jsonNull: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: 0x6e756c6c)! }  // "null"

    /// Pushes a JSON value onto the main thread's stack.
    public func push(json: some LuaJSONConvertible) throws(JSONConversionError) {
        try LuaState.push(json: json, to: L, depth: 0)
    }

    /// Pushes a JSON value onto L (any thread of the state).
    public static func push(json: some LuaJSONConvertible, to L: OpaquePointer) throws(JSONConversionError) {
        try push(json: json, to: L, depth: 0)
    }

    private static func push<V: LuaJSONConvertible>(json: V, to L: OpaquePointer, depth: Int) throws(JSONConversionError) {
        guard depth <= maxJSONDepth else { throw JSONConversionError("JSON nested deeper than \(maxJSONDepth) levels") }
        switch json.jsonParts {
        case .null:
            depth == 0 ? lua_pushnil(L) : lua_pushlightuserdata(L, jsonNull)
        case .bool(let b): lua_pushboolean(L, b ? 1 : 0)
        case .int(let i): lua_pushinteger(L, i)
        case .double(let d): lua_pushnumber(L, d)
        case .string(let s): s.push(to: L)
        case .array(let elements):
            guard lua_checkstack(L, 4) != 0 else { throw JSONConversionError("JSON nested too deeply for the Lua stack") }
            lua_createtable(L, Int32(clamping: elements.count), 0)
            for (i, element) in elements.enumerated() {
                try push(json: element, to: L, depth: depth + 1)
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
            pushArrayMetatable(L)
            lua_setmetatable(L, -2)
        case .object(let members):
            guard lua_checkstack(L, 4) != 0 else { throw JSONConversionError("JSON nested too deeply for the Lua stack") }
            lua_createtable(L, 0, Int32(clamping: members.count))
            for (key, value) in members {
                if case .null = value.jsonParts { continue }
                key.push(to: L)
                try push(json: value, to: L, depth: depth + 1)
                lua_rawset(L, -3)
            }
        }
    }

    /// Pushes the shared array metatable, creating it on first use.
    public static func pushArrayMetatable(_ L: OpaquePointer) {
        if luaL_newmetatable(L, arrayMetatableName) != 0 {
            "array".push(to: L)
            lua_setfield(L, -2, "__jsontype")
        }
    }

    /// Reads the value at `index` of the main thread's stack as JSON.
    public func json<V: LuaJSONConvertible>(at index: Int32, as type: V.Type = V.self) throws(JSONConversionError) -> V {
        try LuaState.json(L, at: index)
    }

    /// Reads the value at `index` of L as JSON.
    public static func json<V: LuaJSONConvertible>(_ L: OpaquePointer, at index: Int32, as type: V.Type = V.self) throws(JSONConversionError) -> V {
        var path: Set<UnsafeRawPointer> = []
        return try json(L, at: lua_absindex(L, index), depth: 0, path: &path)
    }

    private static func json<V: LuaJSONConvertible>(
        _ L: OpaquePointer, at index: Int32, depth: Int, path: inout Set<UnsafeRawPointer>
    ) throws(JSONConversionError) -> V {
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE: return V(jsonParts: .null)
        case LUA_TBOOLEAN: return V(jsonParts: .bool(lua_toboolean(L, index) != 0))
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return V(jsonParts: .int(nodeum_tointeger(L, index, nil))) }
            let d = nodeum_tonumber(L, index, nil)
            guard d.isFinite else { throw JSONConversionError("cannot convert \(d) to JSON (NaN and infinity have no JSON form)") }
            return V(jsonParts: .double(d))
        case LUA_TSTRING:
            guard let text = LuaString(bytes: bytes(L, at: index)).text else {
                throw JSONConversionError("cannot convert a string that is not valid UTF-8 to JSON")
            }
            return V(jsonParts: .string(text))
        case LUA_TLIGHTUSERDATA where lua_touserdata(L, index) == jsonNull:
            return V(jsonParts: .null)
        case LUA_TTABLE:
            guard depth < maxJSONDepth else { throw JSONConversionError("table nested deeper than \(maxJSONDepth) levels") }
            let identity = lua_topointer(L, index)!
            guard path.insert(identity).inserted else {
                throw JSONConversionError("cannot convert a table that contains itself to JSON")
            }
            defer { path.remove(identity) }
            guard lua_checkstack(L, 4) != 0 else { throw JSONConversionError("table nested too deeply for the Lua stack") }
            return try table(L, at: index, depth: depth, path: &path)
        default:
            throw JSONConversionError("cannot convert a \(String(cString: nodeum_typename(L, index))) to JSON")
        }
    }

    /// "array", "object" or nil, from the table's metatable `__jsontype`.
    private static func declaredType(_ L: OpaquePointer, at index: Int32) -> String? {
        guard luaL_getmetafield(L, index, "__jsontype") != LUA_TNIL else { return nil }
        defer { nodeum_pop(L, 1) }
        return string(L, at: -1)
    }

    private static func table<V: LuaJSONConvertible>(
        _ L: OpaquePointer, at index: Int32, depth: Int, path: inout Set<UnsafeRawPointer>
    ) throws(JSONConversionError) -> V {
        let declared = declaredType(L, at: index)
        let length = lua_rawlen(L, index)
        var keyCount = 0
        var onlySequenceKeys = true
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            keyCount += 1
            if lua_isinteger(L, -2) == 0 || nodeum_tointeger(L, -2, nil) < 1
                || UInt64(nodeum_tointeger(L, -2, nil)) > UInt64(length) {
                onlySequenceKeys = false
            }
            nodeum_pop(L, 1)
        }
        let isArray = declared == "array" || (declared != "object" && keyCount > 0 && onlySequenceKeys && keyCount == Int(length))
        if isArray {
            var elements: [V] = []
            elements.reserveCapacity(Int(length))
            if length > 0 {
                for i in 1...lua_Integer(length) {
                    lua_rawgeti(L, index, i)
                    defer { nodeum_pop(L, 1) }
                    elements.append(try json(L, at: lua_gettop(L), depth: depth + 1, path: &path))
                }
            }
            return V(jsonParts: .array(elements))
        }
        var members: [String: V] = [:]
        members.reserveCapacity(keyCount)
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            let key: String
            switch lua_type(L, -2) {
            case LUA_TSTRING:
                guard let text = LuaString(bytes: bytes(L, at: -2)).text else {
                    nodeum_pop(L, 2)
                    throw JSONConversionError("cannot convert a table key that is not valid UTF-8 to JSON")
                }
                key = text
            case LUA_TNUMBER where lua_isinteger(L, -2) != 0:
                key = String(nodeum_tointeger(L, -2, nil))
            default:
                let type = String(cString: nodeum_typename(L, -2))
                nodeum_pop(L, 2)
                throw JSONConversionError("cannot convert a table key of type \(type) to JSON")
            }
            guard members[key] == nil else {
                // 1 and "1", or two spellings of one Unicode text: JSON would keep only one.
                nodeum_pop(L, 2)
                throw JSONConversionError("two keys of a table are the same JSON key \"\(key)\"")
            }
            do {
                members[key] = try json(L, at: lua_gettop(L), depth: depth + 1, path: &path)
            } catch {
                nodeum_pop(L, 2)
                throw error
            }
            nodeum_pop(L, 1)
        }
        return V(jsonParts: .object(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }))
    }
}
