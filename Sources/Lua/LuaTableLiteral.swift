import CLua
import CLuaShim

/// A table built in Swift and pushed whole, as a table constructor would make it: items at
/// 1...n, then string-keyed fields (a nil field is left out), written raw; optionally given
/// the metatable registered under a name (`luaL_setmetatable`). Values nest: an item or a
/// field may itself be a `LuaTableLiteral`.
public struct LuaTableLiteral: LuaPushable {
    public var items: [any LuaPushable]
    public var fields: [(key: String, value: (any LuaPushable)?)]
    /// The registry name of the metatable to set (nil: none; one not registered: none).
    public var metatableName: String?

    public init(items: [any LuaPushable] = [], fields: [(key: String, value: (any LuaPushable)?)] = [], metatableName: String? = nil) {
        self.items = items
        self.fields = fields
        self.metatableName = metatableName
    }

    public func push(to L: OpaquePointer) {
        luaL_checkstack(L, 3, "too many nested values")
        lua_createtable(L, Int32(clamping: items.count), Int32(clamping: fields.count))
        for (i, item) in items.enumerated() {
            item.push(to: L)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        for (key, value) in fields {
            guard let value else { continue }
            key.push(to: L)
            value.push(to: L)
            lua_rawset(L, -3)
        }
        guard let metatableName else { return }
        if nodeum_getmetatable_named(L, metatableName) == LUA_TTABLE {
            lua_setmetatable(L, -2)
        } else {
            nodeum_pop(L, 1)
        }
    }
}
