import CLua
import CLuaShim
import Lua
import NodeumClient

/// An API or transport failure as Lua sees it: a table with `status`, `messages`,
/// `details`, `operation`, `method`, `url`, `kind` and `description`, whose metatable
/// (`nodeum.Error`) makes `tostring` read as one clear line. `pcall` returns it intact.
extension NodeumClientError: LuaPushable {
    /// The registry name of the metatable of error tables.
    public static let luaMetatableName = "nodeum.Error"

    public func push(to L: OpaquePointer) {
        lua_createtable(L, 0, 10)
        func set(_ key: String, _ value: (some LuaPushable)?) {
            guard let value else { return }
            value.push(to: L)
            lua_setfield(L, -2, key)
        }
        set("kind", kind.description)
        set("status", status)
        set("messages", messages)
        set("operation", operationID)
        set("method", method)
        set("url", url)
        set("description", description)
        set("page_offset", pageOffset)
        set("delivered", itemsDelivered)
        if let details, (try? details.push(to: L, depth: 1)) != nil { lua_setfield(L, -2, "details") }
        if nodeum_getmetatable_named(L, Self.luaMetatableName) == LUA_TTABLE {
            lua_setmetatable(L, -2)
        } else {
            nodeum_pop(L, 1)
        }
    }
}

/// What kind of failure ended a program, for its exit status.
public enum FailureClass: Sendable {
    /// 401 or 403.
    case authentication
    /// Another API error.
    case api
    /// Network or TLS.
    case network
    /// No usable configuration (no URL, unknown profile, bad config file).
    case configuration

    /// The class of an uncaught error, when it is one of the API's error tables.
    public static func of(_ error: LuaError, in state: LuaState) -> FailureClass? {
        guard let value = error.value else { return nil }
        let L = state.L
        value.push(to: L)
        defer { lua_settop(L, -2) }
        guard lua_type(L, -1) == LUA_TTABLE, lua_getmetatable(L, -1) != 0 else { return nil }
        nodeum_getmetatable_named(L, NodeumClientError.luaMetatableName)
        let isError = lua_rawequal(L, -1, -2) != 0
        nodeum_pop(L, 2)
        guard isError else { return nil }
        // Raw reads: `nodeum.Error` is reachable from Lua, and no metamethod may run from here.
        state.pushRawField("status", of: -1)
        let status = lua_tointegerx(L, -1, nil)
        state.pushRawField("kind", of: -2)
        let kind = LuaState.string(L, at: -1) ?? ""
        nodeum_pop(L, 2)
        if status == 401 || status == 403 { return .authentication }
        if kind == "configuration" || kind == "read_only" { return .configuration }
        if ["refused", "dns", "timeout", "tls", "connection_reset", "transport"].contains(kind) { return .network }
        return .api
    }
}
