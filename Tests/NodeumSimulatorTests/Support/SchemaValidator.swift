import Foundation
import NodeumAPI
@testable import NodeumSimulator

/// Checks a JSON value against a spec definition the way a JSON-Schema validator reads the
/// Swagger file: every key a property of the definition, every value of the property's type
/// (`null` only where no type is declared), integers for `integer`, strings within their
/// enum, `date-time` strings in ISO 8601, array bounds, required properties present, nested
/// definitions, arrays and maps recursively. Returns the problems, each with its JSON path.
enum SchemaValidator {
    static func problems(_ value: JSONValue, definition name: String, isArray: Bool = false, path: String = "$") -> [String] {
        if isArray {
            guard case .array(let items) = value else { return ["\(path): expected an array of \(name)"] }
            return items.enumerated().flatMap { problems($1, definition: name, path: "\(path)[\($0)]") }
        }
        guard let def = APICatalog.definition(name) else { return ["\(path): no definition \(name) in the catalog"] }
        guard case .object(let object) = value else { return ["\(path): expected object \(name), got \(value.serialized.prefix(40))"] }
        // An attribute error is one of its kinds, named by its `error` (`taken` adds a `value`).
        if let kind = object["error"]?.stringValue, kind != name, let sub = APICatalog.definition(kind), sub.allOf.contains(name) {
            return problems(value, definition: kind, path: path)
        }
        var out: [String] = []
        for missing in def.required where object[missing] == nil {
            out.append("\(path).\(missing): required by \(name), missing")
        }
        for (key, v) in object {
            guard let p = def.property(named: key) else {
                out.append("\(path).\(key): not a property of \(name)")
                continue
            }
            out += problems(v, property: p, path: "\(path).\(key)")
        }
        return out
    }

    private static func problems(_ v: JSONValue, property p: APIProperty, path: String) -> [String] {
        if p.type == .any { return [] }
        guard v != .null else { return ["\(path): null where the spec declares \(p.type.rawValue)"] }
        if p.type == .object, let mapType = p.mapValueType {
            guard case .object(let map) = v else { return ["\(path): expected a map, got \(v.serialized.prefix(40))"] }
            let valueProperty = APIProperty(name: p.name, type: mapType, definition: p.definition, itemType: p.itemType)
            return map.flatMap { key, item in problems(item, property: valueProperty, path: "\(path).\(key)") }
        }
        guard matches(v, p.type) else { return ["\(path): expected \(p.type.rawValue), got \(v.serialized.prefix(40))"] }
        switch v {
        case .string(let s):
            if !p.enumValues.isEmpty, !p.enumValues.contains(s) {
                return ["\(path): '\(s)' is not one of \(p.enumValues.joined(separator: ", "))"]
            }
            if p.format == "date-time", !isDateTime(s) { return ["\(path): '\(s)' is not an ISO 8601 date-time"] }
            return []
        case .array(let items):
            var out: [String] = []
            if let min = p.minItems, items.count < min { out.append("\(path): \(items.count) items, fewer than \(min)") }
            if let max = p.maxItems, items.count > max { out.append("\(path): \(items.count) items, more than \(max)") }
            for (i, item) in items.enumerated() {
                if let d = p.definition {
                    out += problems(item, definition: d, path: "\(path)[\(i)]")
                } else if let t = p.itemType {
                    out += problems(item, property: APIProperty(name: p.name, type: t), path: "\(path)[\(i)]")
                }
            }
            return out
        case .object:
            return p.definition.map { problems(v, definition: $0, path: path) } ?? []
        default:
            return []
        }
    }

    /// JSON-Schema types: an integer is a number without a fraction, never a double.
    private static func matches(_ v: JSONValue, _ type: APIValueType) -> Bool {
        switch (type, v) {
        case (.string, .string), (.boolean, .bool), (.integer, .int), (.number, .int), (.number, .double),
            (.array, .array), (.object, .object):
            true
        default: false
        }
    }

    private static func isDateTime(_ s: String) -> Bool {
        let f = ISO8601DateFormatter()
        if f.date(from: s) != nil { return true }
        f.formatOptions.insert(.withFractionalSeconds)
        return f.date(from: s) != nil
    }
}
