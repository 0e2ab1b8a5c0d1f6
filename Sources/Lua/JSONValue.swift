/// A JSON value, as the API sends and receives it.
///
/// Integers are kept apart from floats so that 64-bit ids stay exact. Objects are
/// dictionaries: key order is not kept (JSON does not give it meaning).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object (nil for other values or a missing key).
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    /// The elements of an array (nil for other values).
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }

    /// The members of an object (nil for other values).
    public var objectValue: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }

    /// The text of a string (nil for other values).
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }

    /// The value of an integer, or of a float with an exact integer value.
    public var intValue: Int64? {
        switch self {
        case .int(let i): i
        case .double(let d): Int64(exactly: d)
        default: nil
        }
    }
}

/// Why a Lua value could not become JSON (or JSON a Lua value).
public struct JSONConversionError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
