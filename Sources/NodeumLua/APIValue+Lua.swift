import Lua
import NodeumClient

/// API values ↔ Lua, by the bridge's JSON rules (`LuaState+JSON.swift`): objects become
/// tables without their `null` members, arrays sequences marked as arrays (a `null` element
/// is `json.null`), integers exact. The API's answers do not come this way: their bytes are
/// decoded straight into Lua (`LuaState.pushJSON`); this is for values made in Swift and for
/// Lua values read back (parameters, bodies, `json.encode`).
extension APIValue: LuaJSONConvertible {
    public var jsonParts: JSONParts<APIValue> {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .array(let a): .array(a)
        case .object(let o): .object(o.members.map { (key: $0.key, value: $0.value) })
        }
    }

    public init(jsonParts: JSONParts<APIValue>) {
        switch jsonParts {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a)
        case .object(let members): self = .object(APIObject(members.map { ($0.key, $0.value) }))
        }
    }

    /// Pushes the value onto L (nil for a top-level null).
    func push(to L: OpaquePointer) throws(JSONConversionError) {
        try LuaState.push(json: self, to: L)
    }

    /// The API value of the Lua value at `index` of L.
    static func read(_ L: OpaquePointer, at index: Int32) throws(JSONConversionError) -> APIValue {
        try LuaState.json(L, at: index)
    }
}
