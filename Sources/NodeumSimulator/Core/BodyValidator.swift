import NodeumAPI

/// Checks a request body against the operation's body definition, collecting per-attribute
/// errors the way the API reports them (`blank`, `invalid`, `frozen`).
struct BodyValidator {
    let definition: APIDefinition
    /// Attributes a new resource must have.
    let required: [String]

    /// The fields a create must carry: the first writable of `name`/`key`, else a writable enum `type`.
    static func requiredFields(for definition: APIDefinition) -> [String] {
        for name in ["name", "key"] {
            if let p = definition.property(named: name), !p.readOnly { return [name] }
        }
        if let p = definition.property(named: "type"), !p.readOnly, !p.enumValues.isEmpty { return ["type"] }
        return []
    }

    /// Validates `body`; `existing` is the stored resource on update (read-only fields may
    /// repeat its values). Throws a 422 listing every bad attribute.
    func validate(_ body: JSONObject, existing: JSONObject?) throws(APIError) {
        var details = JSONObject()
        func add(_ attribute: String, _ error: String, _ value: JSONValue? = nil) {
            var entry = JSONObject([("error", .string(error))])
            if let value { entry["value"] = value.stringValue.map { .string($0) } ?? .string(value.serialized) }
            var list: [JSONValue] = []
            if case .array(let l)? = details[attribute] { list = l }
            details[attribute] = .array(list + [.object(entry)])
        }
        for (key, value) in body {
            guard let property = definition.property(named: key) else {
                add(key, "invalid", value)
                continue
            }
            if property.readOnly {
                if existing == nil || existing?[key] != value { add(key, "frozen") }
                continue
            }
            if value.isNull { continue }
            guard Self.matches(value, property.type) else {
                add(key, "invalid", value)
                continue
            }
            if !property.enumValues.isEmpty, let s = value.stringValue, !property.enumValues.contains(s) {
                add(key, "invalid", value)
            }
        }
        if existing == nil {
            for name in required {
                let v = body[name]
                if v == nil || v == .null || v == .string("") { add(name, "blank") }
            }
        } else {
            for name in required where body[name] == .null || body[name] == .string("") { add(name, "blank") }
        }
        if !details.keys.isEmpty { throw APIError.unprocessable(details) }
    }

    /// Whether a JSON value has the spec's type.
    static func matches(_ value: JSONValue, _ type: APIValueType) -> Bool {
        switch (type, value) {
        case (_, .null): true
        case (.string, .string), (.boolean, .bool), (.integer, .int), (.number, .int), (.number, .double),
            (.array, .array), (.object, .object):
            true
        default: false
        }
    }
}
