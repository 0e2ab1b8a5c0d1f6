import NodeumAPI

/// A request ready to send: method, path under the base URL (already percent-encoded), query
/// pairs (not yet encoded) and JSON body.
public struct PreparedRequest: Sendable, Equatable {
    public var method: HTTPMethod
    /// The path under `/api/v2`, percent-encoded (`/tasks/a%2Fb%20c%25`).
    public var path: String
    public var query: [QueryItem]
    public var body: APIValue?
    /// The catalog operation, nil for a raw call.
    public var operationID: String?

    /// One `name=value` of a query string.
    public struct QueryItem: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(method: HTTPMethod, path: String, query: [QueryItem] = [], body: APIValue? = nil, operationID: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.operationID = operationID
    }

    /// The path and query string as they go on the wire.
    public var encodedPathAndQuery: String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }.joined(separator: "&")
    }
}

/// RFC 3986 percent-encoding: everything but unreserved characters.
public enum PercentEncoding {
    /// `a/b c%é` → `a%2Fb%20c%25%C3%A9`.
    public static func encode(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(b)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension PreparedRequest {
    /// Builds the request for a catalog operation, refusing unknown and missing parameters
    /// before anything is sent. Values: strings and numbers as they are, booleans `true`/`false`,
    /// arrays joined as the parameter's format says, null left out.
    public static func forOperation(
        _ operationID: String, parameters: [String: APIValue], body: APIValue? = nil
    ) throws -> PreparedRequest {
        guard let op = APICatalog.operation(operationID) else {
            let hint = Suggestion.closest(to: operationID, in: APICatalog.operations.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
            throw NodeumClientError.invalidRequest("unknown operation '\(operationID)'\(hint)", operationID: operationID)
        }
        try validate(op, parameters: parameters, body: body)
        var path = ""
        var rest = Substring(op.pathTemplate)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            path += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            path += PercentEncoding.encode(try pathText(parameters[name]!, name: name, op: op))
            rest = rest[rest.index(after: close)...]
        }
        path += rest
        var query: [QueryItem] = []
        for p in op.parameters where p.location == .query {
            guard let value = parameters[p.name] else { continue }
            query += try queryItems(p, value, op: op)
            try FilterValues.check(value, p, of: op)
        }
        return PreparedRequest(method: op.method, path: path, query: query, body: body, operationID: op.id)
    }

    private static func validate(_ op: APIOperation, parameters: [String: APIValue], body: APIValue?) throws {
        let valid = op.parameters.map(\.name)
        let validList = valid.isEmpty ? "it takes no parameters" : "valid: " + valid.joined(separator: ", ")
        for name in parameters.keys.sorted() where op.parameter(named: name) == nil {
            let hint = Suggestion.closest(to: name, in: valid).map { "did you mean '\($0)'? " } ?? ""
            throw NodeumClientError.invalidRequest(
                "unknown parameter '\(name)' for \(op.id) (\(op.method.rawValue) \(op.pathTemplate)); \(hint)\(validList)",
                operationID: op.id)
        }
        let missing = op.parameters.filter { p in
            (p.required || p.location == .path) && (parameters[p.name] == nil || parameters[p.name] == .null)
        }
        if !missing.isEmpty {
            throw NodeumClientError.invalidRequest(
                "missing required parameter\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.name)'" }.joined(separator: ", ")) for \(op.id) (\(op.method.rawValue) \(op.pathTemplate)); \(validList)",
                operationID: op.id)
        }
        if body != nil, op.body == nil {
            throw NodeumClientError.invalidRequest("\(op.id) takes no body", operationID: op.id)
        }
        if body == nil, let b = op.body, b.required {
            throw NodeumClientError.invalidRequest(
                "missing body for \(op.id): a JSON \(b.isArray ? "array of " : "")\(b.definition ?? "object")", operationID: op.id)
        }
    }

    private static func pathText(_ value: APIValue, name: String, op: APIOperation) throws -> String {
        switch value {
        case .string(let s):
            guard !s.isEmpty else { throw NodeumClientError.invalidRequest("empty value for path parameter '\(name)' of \(op.id)", operationID: op.id) }
            return s
        case .int(let i): return String(i)
        case .double(let d) where d == d.rounded() && abs(d) < 1e18: return String(Int64(d))
        default:
            throw NodeumClientError.invalidRequest(
                "path parameter '\(name)' of \(op.id) takes a string or an integer, got \(value.typeName)", operationID: op.id)
        }
    }

    private static func queryItems(_ p: APIParameter, _ value: APIValue, op: APIOperation) throws -> [QueryItem] {
        switch value {
        case .null: return []
        case .array(let items):
            let texts = try items.map { try scalarText($0, name: p.name, op: op) }
            if let separator = (p.arrayFormat ?? .csv).separator {
                return [QueryItem(p.name, texts.joined(separator: separator))]
            }
            return texts.map { QueryItem(p.name, $0) }
        default:
            return [QueryItem(p.name, try scalarText(value, name: p.name, op: op))]
        }
    }

    /// The text of a scalar query value.
    static func scalarText(_ value: APIValue, name: String, op: APIOperation?) throws -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
        case .bool(let b): return b ? "true" : "false"
        default:
            throw NodeumClientError.invalidRequest(
                "query parameter '\(name)'\(op.map { " of \($0.id)" } ?? "") takes a string, number, boolean or array of them, got \(value.typeName)",
                operationID: op?.id)
        }
    }
}

extension APIValue {
    /// The JSON type's name, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
