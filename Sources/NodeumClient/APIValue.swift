/// A JSON value as the API sends and takes it. Integers stay `Int64` and exact (task-execution
/// ids above 2^53 survive); objects keep the server's key order.
public enum APIValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([APIValue])
    case object(APIObject)

    /// The member under `key` of an object; nil for a missing key or a non-object.
    public subscript(key: String) -> APIValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The element at `index` of an array; nil out of range or for a non-array.
    public subscript(index: Int) -> APIValue? {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var intValue: Int64? { if case .int(let i) = self { i } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var arrayValue: [APIValue]? { if case .array(let a) = self { a } else { nil } }
    public var objectValue: APIObject? { if case .object(let o) = self { o } else { nil } }
    /// The number as a `Double`, for either numeric case.
    public var doubleValue: Double? {
        switch self {
        case .double(let d): d
        case .int(let i): Double(i)
        default: nil
        }
    }
    public var isNull: Bool { self == .null }

    /// Builds an object from key-value pairs, in order.
    public static func object(_ pairs: KeyValuePairs<String, APIValue>) -> APIValue {
        .object(APIObject(pairs.map { ($0.key, $0.value) }))
    }
}

/// A JSON object that keeps its keys in the order they came.
public struct APIObject: Sendable, Hashable, Sequence {
    public private(set) var members: [Member]

    /// One key and its value.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: APIValue
    }

    public init() { members = [] }

    public init(_ pairs: [(String, APIValue)]) {
        members = pairs.map { Member(key: $0.0, value: $0.1) }
    }

    init(members: [Member]) { self.members = members }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The value under `key`; setting nil removes it, setting a new key appends it. A key that
    /// a server sent twice reads as its last value, as in Lua tables built from the same answer
    /// (and in JavaScript and Python).
    public subscript(key: String) -> APIValue? {
        get { members.last { $0.key == key }?.value }
        set {
            if let i = members.lastIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

// Not ExpressibleByNilLiteral on purpose: `nil` in an `APIValue?` context would silently become `.null`.
extension APIValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: APIValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, APIValue)...) { self = .object(APIObject(elements)) }
}

extension APIValue: CustomStringConvertible {
    /// The value as compact JSON.
    public var description: String { serialized() }
}
