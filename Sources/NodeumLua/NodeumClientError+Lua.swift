import Lua
import NodeumClient

/// An API or transport failure as Lua sees it: a table with `status`, `messages`,
/// `details`, `operation`, `method`, `url`, `kind` and `description`, whose metatable
/// (`nodeum.Error`) makes `tostring` read as one clear line. `pcall` returns it intact.
extension NodeumClientError: LuaPushable {
    /// The registry name of the metatable of error tables.
    public static let luaMetatableName = "nodeum.Error"

    public func push(to L: OpaquePointer) {
        LuaTableLiteral(fields: [
            ("kind", kind.description), ("status", status), ("messages", messages), ("operation", operationID),
            ("method", method), ("url", url), ("description", description), ("page_offset", pageOffset),
            ("delivered", itemsDelivered), ("details", details.map(DetailsTable.init)),
        ], metatableName: Self.luaMetatableName).push(to: L)
    }

    /// The error body's `details`, pushed as JSON is (nil when they nest too deep to push).
    private struct DetailsTable: LuaPushable {
        let details: APIValue
        func push(to L: OpaquePointer) {
            if (try? details.push(to: L)) == nil { LuaNil().push(to: L) }
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
        state.push(value)
        defer { state.pop() }
        guard state.hasMetatable(named: NodeumClientError.luaMetatableName, at: -1) else { return nil }
        // Raw reads: `nodeum.Error` is reachable from Lua, and no metamethod may run from here.
        state.pushRawField("status", of: -1)
        let status = state.value(at: -1)
        state.pushRawField("kind", of: -2)
        let kind = state.string(at: -1) ?? ""
        state.pop(2)
        if case .integer(let code) = status, code == 401 || code == 403 { return .authentication }
        if kind == "configuration" || kind == "read_only" { return .configuration }
        if ["refused", "dns", "timeout", "tls", "connection_reset", "transport"].contains(kind) { return .network }
        return .api
    }
}
