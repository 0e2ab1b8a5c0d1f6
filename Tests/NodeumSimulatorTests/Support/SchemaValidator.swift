import NodeumAPI
@testable import NodeumSimulator

/// Checks a JSON value against a spec definition: every key is a property, every value has
/// the property's type (null allowed), nested definitions recursively. Returns the problems.
enum SchemaValidator {
    static func problems(_ value: JSONValue, definition name: String, isArray: Bool = false, path: String = "$") -> [String] {
        if isArray {
            guard case .array(let items) = value else { return ["\(path): expected an array"] }
            return items.enumerated().flatMap { problems($1, definition: name, path: "\(path)[\($0)]") }
        }
        guard let def = APICatalog.definition(name) else { return [] }
        guard case .object(let object) = value else { return ["\(path): expected object \(name)"] }
        var out: [String] = []
        for (key, v) in object {
            guard let p = def.property(named: key) else {
                out.append("\(path).\(key): not a property of \(name)")
                continue
            }
            if v == .null { continue }
            if p.type.rawValue != "any", !BodyValidator.matches(v, p.type) {
                out.append("\(path).\(key): expected \(p.type.rawValue), got \(v.serialized.prefix(40))")
                continue
            }
            if let d = p.definition {
                out += problems(v, definition: d, isArray: p.type == .array, path: "\(path).\(key)")
            }
        }
        return out
    }
}
