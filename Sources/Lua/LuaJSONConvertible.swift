/// A JSON value type the bridge converts to and from Lua values. The `Lua` target has no JSON
/// value type of its own: it converts whatever type conforms, by its parts. The program has
/// two such types, for two reasons: `NodeumClient.APIValue`, the client's (exact 64-bit
/// integers, objects in the server's order), which `NodeumLua` makes conform; and the
/// simulator's `JSONValue`, a server's own reading of bodies that never meets Lua (kept
/// apart so that the simulator checks the client rather than sharing its mistakes).
/// JSON text becomes Lua values without any of them (`LuaState.pushJSON`, the C decoder).
public protocol LuaJSONConvertible {
    /// The value's kind and parts, as they are pushed.
    var jsonParts: JSONParts<Self> { get }
    /// A value made of parts read from Lua (an object's members sorted by key).
    init(jsonParts: JSONParts<Self>)
}

/// What a JSON value is made of, one level deep.
public enum JSONParts<Value> {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([Value])
    case object([(key: String, value: Value)])
}

/// Why a Lua value could not become JSON (or JSON a Lua value).
public struct JSONConversionError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
