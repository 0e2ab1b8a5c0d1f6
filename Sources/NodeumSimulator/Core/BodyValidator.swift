import NodeumAPI

/// Checks a request body against the operation's body definition, collecting per-attribute
/// errors the way the API reports them (`blank`, `invalid`, `frozen`). Only what the spec
/// states is checked: types, enums, array bounds, read-only fields, the definition's
/// `required` list. Attributes the definition does not name are ignored and not stored, as a
/// Rails server's permitted parameters do.
struct BodyValidator {
    let definition: APIDefinition

    /// Validates `body`; `existing` is the stored resource on update (read-only fields may
    /// repeat its values). Returns the attributes the definition names; throws a 422 listing
    /// every bad attribute.
    func validate(_ body: JSONObject, existing: JSONObject?) throws(APIError) -> JSONObject {
        var details = JSONObject()
        var known = JSONObject()
        func add(_ attribute: String, _ error: String, _ value: JSONValue? = nil, count: Int? = nil) {
            var entry = JSONObject([("error", .string(error))])
            if let value { entry["value"] = value.stringValue.map { .string($0) } ?? .string(value.serialized) }
            if let count { entry["count"] = .int(Int64(count)) }
            var list: [JSONValue] = []
            if case .array(let l)? = details[attribute] { list = l }
            details[attribute] = .array(list + [.object(entry)])
        }
        for (key, value) in body {
            guard let property = definition.property(named: key) else { continue }
            known[key] = value
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
            if case .array(let items) = value {
                if let min = property.minItems, items.count < min { add(key, "too_short", count: min) }
                if let max = property.maxItems, items.count > max { add(key, "too_long", count: max) }
            }
        }
        for name in definition.required where existing == nil ? body[name]?.isNull ?? true : body[name] == .null {
            add(name, "blank")
        }
        if !details.keys.isEmpty { throw APIError.unprocessable(details) }
        return known
    }

    /// Whether a JSON value has the spec's type.
    static func matches(_ value: JSONValue, _ type: APIValueType) -> Bool {
        switch (type, value) {
        case (_, .null), (.any, _): true
        case (.string, .string), (.boolean, .bool), (.integer, .int), (.number, .int), (.number, .double),
            (.array, .array), (.object, .object):
            true
        default: false
        }
    }
}
