import CLua
import CLuaShim

/// Reads Lua values for completion without side effects: only raw accesses (`lua_next`,
/// `lua_rawgeti`, `lua_getmetatable`), so no metamethod and no Lua function ever runs; and
/// nothing that allocates in Lua (field names are found by scanning keys, not by pushing
/// strings), so no collection step runs a finalizer and no memory error can be raised.
/// Indices given are absolute; every function leaves the stack as it found it, plus what
/// it says it pushes. (Tab completion reads the live state with it.)
public struct LuaRawReader {
    /// The thread read (the main one, in practice).
    public let L: OpaquePointer

    public init(L: OpaquePointer) { self.L = L }

    /// The stack's height.
    public var top: Int32 {
        get { lua_gettop(L) }
        nonmutating set { lua_settop(L, newValue) }
    }

    /// Makes room for `n` more values; false when the stack cannot grow that far.
    public func checkStack(_ n: Int32) -> Bool { lua_checkstack(L, n) != 0 }

    /// Pops `n` values.
    public func pop(_ n: Int32 = 1) { nodeum_pop(L, n) }

    /// Removes the value at `index`, shifting those above it down.
    public func remove(at index: Int32) { nodeum_remove(L, index) }

    /// Pushes the globals table; returns its index.
    @discardableResult
    public func pushGlobals() -> Int32 {
        nodeum_pushglobaltable(L)
        return lua_gettop(L)
    }

    /// The most `__index` tables followed from one value (guards against cycles).
    public static let maxIndexDepth = 16

    /// The string at `index`, only when the value is a string (a number is not converted:
    /// that would change the value in place).
    public func string(at index: Int32) -> String? {
        guard lua_type(L, index) == LUA_TSTRING else { return nil }
        var length = 0
        guard let p = lua_tolstring(L, index, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: length), as: UTF8.self)
    }

    /// True when the string at `index` has exactly the bytes of `name`.
    private func stringEquals(at index: Int32, _ name: [UInt8]) -> Bool {
        guard lua_type(L, index) == LUA_TSTRING else { return false }
        var length = 0
        guard let p = lua_tolstring(L, index, &length), length == name.count else { return false }
        return UnsafeRawBufferPointer(start: p, count: length).elementsEqual(name)
    }

    /// Pushes the raw value of the string key `name` in the table at `table`; false (nothing
    /// pushed) when the value is not a table or has no such key.
    public func pushField(of table: Int32, named name: String) -> Bool {
        guard lua_type(L, table) == LUA_TTABLE else { return false }
        let wanted = Array(name.utf8)
        lua_pushnil(L)
        while lua_next(L, table) != 0 {
            if stringEquals(at: -2, wanted) {
                nodeum_remove(L, -2)
                return true
            }
            nodeum_pop(L, 1)
        }
        return false
    }

    /// The string keys of the table at `table` that are identifiers; with `functionsOnly`,
    /// those whose value is a function.
    public func identifierKeys(of table: Int32, functionsOnly: Bool = false) -> [String] {
        guard lua_type(L, table) == LUA_TTABLE else { return [] }
        var keys: [String] = []
        lua_pushnil(L)
        while lua_next(L, table) != 0 {
            if !functionsOnly || lua_type(L, -1) == LUA_TFUNCTION, let key = string(at: -2), LuaSyntax.isIdentifier(key) {
                keys.append(key)
            }
            nodeum_pop(L, 1)
        }
        return keys
    }

    /// Pushes the raw field `name` of the metatable of the value at `index`; false (nothing
    /// pushed) when there is no metatable or no such field.
    public func pushMetafield(of index: Int32, named name: String) -> Bool {
        guard lua_getmetatable(L, index) != 0 else { return false }
        let metatable = lua_gettop(L)
        guard pushField(of: metatable, named: name) else {
            nodeum_pop(L, 1)
            return false
        }
        nodeum_remove(L, metatable)
        return true
    }

    /// Pushes the `__index` of the value's metatable when it is a table (a function is
    /// never called); false (nothing pushed) otherwise.
    public func pushIndexTable(of index: Int32) -> Bool {
        guard pushMetafield(of: index, named: "__index") else { return false }
        guard lua_type(L, -1) == LUA_TTABLE else {
            nodeum_pop(L, 1)
            return false
        }
        return true
    }

    /// The metatable's `__name` of the value at `index`, if it is a string.
    public func metatableName(of index: Int32) -> String? {
        guard pushMetafield(of: index, named: "__name") else { return nil }
        defer { nodeum_pop(L, 1) }
        return string(at: -1)
    }

    /// Pushes what `value.name` reads without metamethods that run code: the raw field, else
    /// the same lookup in the `__index` tables of the metatables; false (nothing pushed) when
    /// none has it.
    public func pushMember(of index: Int32, named name: String) -> Bool {
        let base = lua_gettop(L)
        lua_pushvalue(L, index)
        for _ in 0..<Self.maxIndexDepth {
            let current = lua_gettop(L)
            if pushField(of: current, named: name) {
                nodeum_replace(L, base + 1)
                lua_settop(L, base + 1)
                return true
            }
            guard pushIndexTable(of: current) else { break }
            nodeum_replace(L, current)
        }
        lua_settop(L, base)
        return false
    }

    /// The identifier keys `value.` can reach: its own (for a table) and those of the `__index`
    /// tables of its metatables.
    public func memberNames(of index: Int32, functionsOnly: Bool) -> [String] {
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        var names: [String] = []
        lua_pushvalue(L, index)
        for _ in 0..<Self.maxIndexDepth {
            let current = lua_gettop(L)
            names += identifierKeys(of: current, functionsOnly: functionsOnly)
            guard pushIndexTable(of: current) else { break }
            nodeum_replace(L, current)
        }
        return names
    }

    /// Pushes the raw `table[n]`; false (nothing pushed) when the value is not a table or the
    /// entry is nil.
    public func pushIndex(of table: Int32, _ n: Int64) -> Bool {
        guard lua_type(L, table) == LUA_TTABLE else { return false }
        if lua_rawgeti(L, table, lua_Integer(n)) == LUA_TNIL {
            nodeum_pop(L, 1)
            return false
        }
        return true
    }

    /// Pushes a string's metatable `__index` (the `string` table) without making a string:
    /// the metatable is shared, so any string key of the globals leads to it. False when none.
    public func pushStringMethods() -> Bool {
        nodeum_pushglobaltable(L)
        let globals = lua_gettop(L)
        lua_pushnil(L)
        while lua_next(L, globals) != 0 {
            if lua_type(L, -2) == LUA_TSTRING {
                let found = pushIndexTable(of: lua_gettop(L) - 1)
                if found {
                    nodeum_replace(L, globals)
                    lua_settop(L, globals)
                    return true
                }
                break
            }
            nodeum_pop(L, 1)
        }
        lua_settop(L, globals - 1)
        return false
    }
}
